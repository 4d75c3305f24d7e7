/**
 * A test gateway of issue 18: two partners of the one-way case (Veilig Thuis may tell gemeente
 * Hilversum, the gemeente tells Veilig Thuis nothing), each with a webhook at a real local
 * receiver, and the delivery round driven by the test's clock.
 */
import { leesBezorgadressen } from '../../src/bezorging/configuratie.js';
import { hostToegestaan } from '../../src/node/adres-toets.js';
import { maakNodeBezorger, type NodeBezorger } from '../../src/node/bezorger.js';
import { nodeWebhookVerzender, type Opzoeker } from '../../src/node/webhook-verzenden.js';
import { type Bezorging, bezorg, type MailVerzender } from '../../src/use-cases/bezorgen.js';
import { maakOmgeving, type Omgeving } from './omgeving.js';
import { registreer, signaal } from './signalen.js';

export const VT = 'vtgv';
export const GEMEENTE = 'gemeente-hilversum';
export const START_URL = 'https://poort.ketenpoort.test/';

/** Made-up BSNs that pass the 11-proef. */
export const BSN = '111222333';
export const ANDER_BSN = '123456782';

/** A partner's signal of the one-way case about `bsn`. */
export function signaalVan(o: Omgeving, partner: string, bsn: string) {
  return partner === VT
    ? signaal(o, {
        sterkte: 'hard',
        doel: 'casusoverleg',
        pseudoniemen: [o.pseudoniem('bsn', bsn)],
      })
    : signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: [o.pseudoniem('bsn', bsn)] });
}

/**
 * A gateway whose clock is the real time (receivers check the webhook timestamp against their
 * own clock), with `adressen` per partner (`{ webhook, email }`) and the webhook secrets.
 */
export async function bezorgWereld(
  adressen: Record<string, { webhook?: string; email?: string }>,
  geheimen: Record<string, string>,
  opties: {
    opzoeken?: Opzoeker;
    mail?: MailVerzender;
    nu?: number;
    /** Let every write request start a round (as the gateway does); default: the test runs them. */
    naSchrijfactie?: boolean;
    /** Registers the stop of the Node delivery service (its retry timer) with the test. */
    bijStop?: (stop: () => void) => void;
  } = {},
) {
  let nu = opties.nu ?? Date.now();
  let bezorging: Bezorging | undefined;
  let bezorger: NodeBezorger | undefined;
  const o = await maakOmgeving({
    bezorging: (store, beleid, klok) => {
      bezorging = {
        opslag: store.bezorgingen,
        adressen: leesBezorgadressen(adressen, geheimen, new Set(beleid.partners.keys()), {
          loopbackToegestaan: true,
          adresToets: (host) => hostToegestaan(host, true),
        }),
        webhook: nodeWebhookVerzender({ loopbackToegestaan: true, opzoeken: opties.opzoeken }),
        mail: opties.mail,
        startUrl: START_URL,
      };
      bezorger = maakNodeBezorger(bezorging, klok);
      return opties.naSchrijfactie ? bezorger : undefined;
    },
  });
  o.zetKlok(nu);
  if (!bezorging || !bezorger) throw new Error('geen bezorging gebouwd');
  const b = bezorging;
  const dienst = bezorger;
  opties.bijStop?.(() => dienst.stop());
  return {
    o,
    b,
    /** Moves the gateway's clock (ms) for the next requests and rounds. */
    zetNu(ms: number) {
      nu = ms;
      o.zetKlok(ms);
    },
    /** One round at the test's clock, as the timer would run it. */
    ronde: async () => {
      await dienst.klaar();
      return bezorg(b, nu);
    },
    /** The rounds the API's writes started, finished. */
    klaar: () => dienst.klaar(),
    /** `eerst` then `dan` register; about one person when `zelfdePersoon`. */
    async registreerBeide([eerst, dan]: readonly [string, string], zelfdePersoon = true) {
      const a = await registreer(o, eerst, signaalVan(o, eerst, BSN));
      const z = await registreer(o, dan, signaalVan(o, dan, zelfdePersoon ? BSN : ANDER_BSN));
      return [a.id, z.id];
    },
    bezorgpogingen: () => o.store.bezorgingen.bezorgpogingen(0, 100),
  };
}

/**
 * A test gateway of issue 18: two partners of the one-way case (Veilig Thuis may tell gemeente
 * Hilversum, the gemeente tells Veilig Thuis nothing), each with a webhook at a real local
 * receiver, and the delivery round driven by the test's clock.
 */
import { leesBezorgadressen } from '../../src/bezorging/configuratie.js';
import { hostToegestaan } from '../../src/node/adres-toets.js';
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
  opties: { opzoeken?: Opzoeker; mail?: MailVerzender; nu?: number } = {},
) {
  const o = await maakOmgeving();
  let nu = opties.nu ?? Date.now();
  o.zetKlok(nu);
  const b: Bezorging = {
    opslag: o.store.bezorgingen,
    adressen: leesBezorgadressen(adressen, geheimen, new Set(o.beleid.partners.keys()), {
      loopbackToegestaan: true,
      adresToets: (host) => hostToegestaan(host, true),
    }),
    webhook: nodeWebhookVerzender({ loopbackToegestaan: true, opzoeken: opties.opzoeken }),
    mail: opties.mail,
    startUrl: START_URL,
  };
  return {
    o,
    b,
    /** Moves the gateway's clock (ms) for the next requests and rounds. */
    zetNu(ms: number) {
      nu = ms;
      o.zetKlok(ms);
    },
    ronde: () => bezorg(b, nu),
    /** `eerst` then `dan` register; about one person when `zelfdePersoon`. */
    async registreerBeide([eerst, dan]: readonly [string, string], zelfdePersoon = true) {
      const a = await registreer(o, eerst, signaalVan(o, eerst, BSN));
      const z = await registreer(o, dan, signaalVan(o, dan, zelfdePersoon ? BSN : ANDER_BSN));
      return [a.id, z.id];
    },
    pogingen: () => o.store.bezorgingen.pogingen(0, 100),
  };
}

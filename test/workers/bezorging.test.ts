/**
 * Issue 18 on the Worker, inside workerd with D1: a write request puts a round on the queue
 * BEZORGING; the consumer runs it on D1 and puts a failed attempt's retry back on the queue
 * with the backoff as its delay. The receiver is a stand-in for fetch here (workerd in the test
 * reaches no local listener); the real receivers are in the Node tests. NOT tested here:
 * Cloudflare's own refusal of private addresses, which only its network does.
 */
import { env } from 'cloudflare:test';
import type { Queue } from '@cloudflare/workers-types/index';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAIL_ONDERWERP, mailTekst } from '../../src/bezorging/bericht.js';
import {
  type BezorgEnv,
  verwerkBezorgbericht,
  workerBezorging,
} from '../../src/worker/bezorging.js';
import { type MailBinding, mailBericht } from '../../src/worker/mail.js';
import { maakOmgeving, START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const GEMEENTE = 'gemeente-hilversum';
const GEHEIM = `whsec_${btoa(String.fromCharCode(...new Uint8Array(32).fill(9)))}`;

/** A queue that records what is put on it. */
function wachtrij() {
  const berichten: Array<{ body: unknown; delaySeconds?: number }> = [];
  const q = {
    send: async (body: unknown, o?: { delaySeconds?: number }) => {
      berichten.push({ body, delaySeconds: o?.delaySeconds });
    },
  };
  return { q: q as unknown as Queue, berichten };
}

/**
 * A Worker that delivers with `bindingen`; the gemeente and Veilig Thuis register the same
 * person (the gemeente gets a notice), then one delivery round runs.
 */
async function ronde(bindingen: Omit<BezorgEnv, 'BEZORGING'>) {
  const { q } = wachtrij();
  const o = await maakOmgeving({
    bezorging: (store, beleid, klok) =>
      workerBezorging({ ...bindingen, BEZORGING: q }, beleid, store, klok),
  });
  o.zetKlok(Date.now());
  const bsn = [o.pseudoniem('bsn', '111222333')];
  await registreer(o, GEMEENTE, signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: bsn }));
  await registreer(
    o,
    'vtgv',
    signaal(o, { sterkte: 'hard', doel: 'casusoverleg', pseudoniemen: bsn }),
  );
  await verwerkBezorgbericht(o.diensten.bezorging, q, Date.now());
  return o;
}

/** {@link ronde} with the gemeente mailed through `mail`. */
const mailRonde = (mail: MailBinding) =>
  ronde({
    BEZORGADRESSEN: JSON.stringify({ [GEMEENTE]: { email: 'signalen@gemeente.example' } }),
    MAIL: mail,
    MAIL_AFZENDER: 'ketenpoort@poort.example',
    WERKPLEK_URL: 'https://werkplek.poort.example/fg?x=1',
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bezorging op de Worker', () => {
  it('de Worker stuurt met fetch een webhook die het geheim van de partner verifieert, zonder doorverwijzing te volgen', async () => {
    // A stand-in for the receiver (workerd reaches no local listener in this test): it keeps
    // the request; the Node tests use real receivers.
    const ontvangen: Request[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (invoer, init) => {
      ontvangen.push(new Request(invoer as string, init as RequestInit));
      expect((init as RequestInit).redirect).toBe('manual');
      return new Response(null, { status: 204 });
    });
    const o = await ronde({
      BEZORGADRESSEN: JSON.stringify({
        [GEMEENTE]: { webhook: 'https://hooks.gemeente.example/k' },
      }),
      BEZORGGEHEIMEN: JSON.stringify({ [GEMEENTE]: GEHEIM }),
    });
    expect(ontvangen).toHaveLength(1);
    const [verzoek] = ontvangen;
    if (!verzoek) throw new Error('niets verstuurd');
    const body = await verzoek.text();
    const koppen = Object.fromEntries(verzoek.headers);
    expect(new Webhook(GEHEIM).verify(body, koppen)).toEqual({
      type: 'inbox.nieuw',
      timestamp: expect.any(String),
      data: { na: 0 },
    });
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toMatchObject([
      { uitkomst: 'geleverd' },
    ]);
  });

  it('een schrijfactie zet een ronde in de wachtrij; een mislukte poging komt terug met wachttijd', async () => {
    // A receiver that cannot be reached (a stand-in: no DNS lookup leaves the test).
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Network connection lost.'));
    const { q, berichten } = wachtrij();
    const omgeving = {
      BEZORGADRESSEN: JSON.stringify({
        [GEMEENTE]: { webhook: 'https://hooks.gemeente.example/k' },
      }),
      BEZORGGEHEIMEN: JSON.stringify({ [GEMEENTE]: GEHEIM }),
      BEZORGING: q,
    };
    const o = await maakOmgeving({
      bezorging: (store, beleid, klok) => workerBezorging(omgeving, beleid, store, klok),
    });
    const bsn = [o.pseudoniem('bsn', '111222333')];
    await registreer(o, GEMEENTE, signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: bsn }));
    await registreer(
      o,
      'vtgv',
      signaal(o, { sterkte: 'hard', doel: 'casusoverleg', pseudoniemen: bsn }),
    );
    expect(berichten).toEqual([
      { body: { ronde: true }, delaySeconds: undefined },
      { body: { ronde: true }, delaySeconds: undefined },
    ]);
    berichten.length = 0;
    await verwerkBezorgbericht(o.diensten.bezorging, q, START);
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toMatchObject([
      { partner: GEMEENTE, kanaal: 'webhook', uitkomst: 'mislukt', reden: 'geen-verbinding' },
    ]);
    expect(berichten).toEqual([{ body: { ronde: true }, delaySeconds: 5 }]);
  });

  it('de Worker mailt via Email Workers: alleen dat er iets wacht, met het vaste startadres', async () => {
    const verzonden: Array<{ from: string; to: string }> = [];
    const o = await mailRonde({
      send: async (m) => {
        verzonden.push({ from: m.from, to: m.to });
        // Miniflare's own send_email binding checks the message as Cloudflare would.
        await (env as unknown as { MAIL: MailBinding }).MAIL.send(m);
      },
    });
    expect(verzonden).toEqual([
      { from: 'ketenpoort@poort.example', to: 'signalen@gemeente.example' },
    ]);
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toMatchObject([
      { partner: GEMEENTE, kanaal: 'email', uitkomst: 'geleverd' },
    ]);
    // The message itself: the fixed subject and the start address, nothing of the notice.
    const ruw = mailBericht(
      'ketenpoort@poort.example',
      'signalen@gemeente.example',
      MAIL_ONDERWERP,
      mailTekst('https://werkplek.poort.example/'),
    );
    expect(ruw.match(/https?:\/\/[^\s]+/g)).toEqual(['https://werkplek.poort.example/']);
    expect(ruw).toMatch(/^Subject: /m);
    expect(ruw).toContain('Content-Type: text/plain');
    for (const geheim of [GEMEENTE, 'vtgv', '111222333', o.pseudoniem('bsn', '111222333').waarde]) {
      expect(ruw).not.toContain(geheim);
    }
  });

  it('een geweigerde mail (adres niet geverifieerd) is een mislukte poging', async () => {
    const o = await mailRonde({
      send: async () => {
        throw new Error('destination address is not a verified address');
      },
    });
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toMatchObject([
      { partner: GEMEENTE, kanaal: 'email', uitkomst: 'mislukt', reden: 'smtp' },
    ]);
  });

  it('weigert de start met een adres als host, met e-mail zonder MAIL, of zonder wachtrij', async () => {
    const o = await maakOmgeving();
    const met = (adres: Record<string, unknown>, wachtrij: Queue | undefined) => () =>
      workerBezorging(
        {
          BEZORGADRESSEN: JSON.stringify({ [GEMEENTE]: adres }),
          BEZORGGEHEIMEN: JSON.stringify({ [GEMEENTE]: GEHEIM }),
          BEZORGING: wachtrij,
        },
        o.beleid,
        o.store,
        () => START,
      );
    const { q } = wachtrij();
    expect(met({ webhook: 'https://10.0.0.1/k' }, q)).toThrow(/niet toegestaan adres/);
    expect(met({ webhook: 'https://[fd00::1]/k' }, q)).toThrow(/niet toegestaan adres/);
    expect(met({ email: 'signalen@org.example' }, q)).toThrow(/MAIL.*MAIL_AFZENDER.*WERKPLEK_URL/);
    expect(met({ webhook: 'https://hooks.gemeente.example/k' }, undefined)).toThrow(/BEZORGING/);
  });

  it('de wachtrij BEZORGING uit wrangler.toml bestaat en neemt een vertraagd bericht aan', async () => {
    const echt = (env as unknown as { BEZORGING?: Queue }).BEZORGING;
    expect(echt).toBeDefined();
    // The consumer that takes it is src/worker.ts's queue(); without BEZORGADRESSEN it only acks.
    await echt?.send({ ronde: true }, { delaySeconds: 5 });
  });
});

/**
 * GET /v1/bezorgingen (issue 18) in both runtimes: the gateway's FG reads the delivery attempts
 * the store recorded; a partner's FG and a partner get 403. The store's claim lets exactly one
 * of two dispatchers send, on SQLite and on D1. The senders here are stand-ins: the real
 * receivers run in the Node tests (test/bezorging-*.test.ts), workerd has no local listener.
 */
import { describe, expect, it } from 'vitest';
import type { Resultaat } from '../../src/bezorging/kanaal.js';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { type Bezorging, bezorg } from '../../src/use-cases/bezorgen.js';
import { maakOmgeving, type Omgeving, START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const GEMEENTE = 'gemeente-hilversum';
const GEHEIM = `whsec_${btoa(String.fromCharCode(...new Uint8Array(32).fill(7)))}`;

/** A gemeente notice (the one-way case: the gemeente registers first, Veilig Thuis second). */
async function metMelding(o: Omgeving) {
  const bsn = [o.pseudoniem('bsn', '111222333')];
  await registreer(o, GEMEENTE, signaal(o, { doel: 'zorgcoordinatie', pseudoniemen: bsn }));
  await registreer(
    o,
    'vtgv',
    signaal(o, { sterkte: 'hard', doel: 'casusoverleg', pseudoniemen: bsn }),
  );
}

function bezorging(o: Omgeving, antwoorden: Resultaat[]): Bezorging & { verzonden: number } {
  const b = {
    opslag: o.store.bezorgingen,
    adressen: new Map([
      [GEMEENTE, { webhook: { url: new URL('https://hooks.gemeente.example/k'), geheim: GEHEIM } }],
    ]),
    verzonden: 0,
    webhook: async () => {
      b.verzonden++;
      return antwoorden.shift() ?? { geleverd: true };
    },
    startUrl: 'https://poort.example/',
  };
  return b;
}

describe('GET /v1/bezorgingen', () => {
  it('de FG van de poort ziet elke poging, met uitkomst en reden', async () => {
    const o = await maakOmgeving();
    await metMelding(o);
    const b = bezorging(o, [{ geleverd: false, reden: 'status', status: 503 }]);
    expect(await bezorg(b, START)).toEqual({ volgendeOp: START + 5_000 });
    await bezorg(b, START + 5_000);
    const r = await o.vraag('ketenpoort-fg', 'GET', '/v1/bezorgingen');
    expect(r.status).toBe(200);
    const { bezorgpogingen, volgende } = await r.json();
    expect(volgende).toBeNull();
    expect(bezorgpogingen).toEqual([
      {
        id: expect.any(Number),
        partner: GEMEENTE,
        kanaal: 'webhook',
        tot: 1,
        keer: 1,
        tijdstip: new Date(START).toISOString(),
        uitkomst: 'mislukt',
        reden: 'status',
        status: 503,
      },
      expect.objectContaining({ keer: 2, uitkomst: 'geleverd', reden: null }),
    ]);
  });

  it.each([`${GEMEENTE}-fg`, GEMEENTE])('%s krijgt 403', async (wie) => {
    const o = await maakOmgeving();
    const r = await o.vraag(wie, 'GET', '/v1/bezorgingen');
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('van twee gelijktijdige rondes verstuurt er één', async () => {
    const o = await maakOmgeving();
    await metMelding(o);
    const b = bezorging(o, []);
    await Promise.all([bezorg(b, START), bezorg(b, START)]);
    expect(b.verzonden).toBe(1);
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toHaveLength(1);
  });

  it('na de laatste mislukte poging geeft de poort het op tot een nieuwe melding', async () => {
    const o = await maakOmgeving();
    await metMelding(o);
    const mislukt: Resultaat = { geleverd: false, reden: 'geen-verbinding' };
    const b = bezorging(
      o,
      Array.from({ length: 7 }, () => mislukt),
    );
    let nu = START;
    for (let i = 0; i < 7; i++) nu = (await bezorg(b, nu)).volgendeOp ?? nu;
    const pogingen = await o.store.bezorgingen.bezorgpogingen(0, 10);
    expect(pogingen.map((p) => p.uitkomst)).toEqual([
      ...Array.from({ length: 6 }, () => 'mislukt'),
      'opgegeven',
    ]);
    expect(await bezorg(b, nu + 86_400_000)).toEqual({});
    expect(b.verzonden).toBe(7);
  });

  it('het opruimen verwijdert pogingen na de bewaartermijn van de waarschuwingen', async () => {
    const o = await maakOmgeving();
    await metMelding(o);
    await bezorg(bezorging(o, []), START);
    const maanden = o.beleid.waarschuwingDrempels?.bewaartermijn ?? 0;
    expect(maanden).toBeGreaterThan(0);
    await verwijderVerlopen(o.store, o.beleid, START + 27 * 86_400_000);
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toHaveLength(1);
    await verwijderVerlopen(o.store, o.beleid, START + (maanden + 1) * 31 * 86_400_000);
    expect(await o.store.bezorgingen.bezorgpogingen(0, 10)).toEqual([]);
  });
});

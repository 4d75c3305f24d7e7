/**
 * GET /v1/waarschuwingen (issue 11): tries above a quota and withdrawals soon after registering
 * become warnings for the gateway's FG and the partner's own FG, never for another partner's
 * FG, never in the logboek, and the same whether a registration matched or not.
 */
import { describe, expect, it } from 'vitest';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving, quotaYaml, START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const GEMEENTE = 'gemeente-hilversum';
const MINUUT = 60_000;

interface Waarschuwing {
  id: number;
  partner: string;
  gebruiker: string;
  aanleiding: string;
  teller: string;
  venster: string;
  vensterVan: string;
  vensterTot: string;
  limiet: number;
  aantal: number;
  eersteOp: string;
  laatsteOp: string;
}

async function lees(o: Omgeving, fg: string, query = '') {
  const r = await o.vraag(fg, 'GET', `/v1/waarschuwingen${query}`);
  expect(r.status).toBe(200);
  return (await r.json()) as { waarschuwingen: Waarschuwing[]; volgende: number | null };
}

/** A gateway where gemeente-hilversum may register 2 signals an hour. */
async function metQuotumHit() {
  const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 2, dag: 50 } }) });
  await registreer(o, GEMEENTE, signaal(o));
  await registreer(o, GEMEENTE, signaal(o));
  const logboek = (await o.store.logboek(1, 1000)).length;
  for (let i = 0; i < 3; i++) {
    o.zetKlok(START + (i + 1) * MINUUT);
    expect((await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o))).status).toBe(429);
  }
  return { o, logboek };
}

describe('GET /v1/waarschuwingen', () => {
  it('de FG van de poort en de FG van de partner zien een poging boven het quotum, de FG van een andere partner niet', async () => {
    const { o, logboek } = await metQuotumHit();
    const poort = await lees(o, 'ketenpoort-fg');
    expect(poort).toEqual({
      waarschuwingen: [
        {
          id: expect.any(Number),
          partner: GEMEENTE,
          gebruiker: 'medewerker-1',
          aanleiding: 'quotum',
          teller: 'registraties',
          venster: 'uur',
          vensterVan: '2026-03-02T09:00:00.000Z',
          vensterTot: '2026-03-02T10:00:00.000Z',
          limiet: 2,
          aantal: 3,
          eersteOp: '2026-03-02T09:01:00.000Z',
          laatsteOp: '2026-03-02T09:03:00.000Z',
        },
      ],
      volgende: null,
    });
    expect(await lees(o, `${GEMEENTE}-fg`)).toEqual(poort);
    expect(await lees(o, 'vtgv-fg')).toEqual({ waarschuwingen: [], volgende: null });
    // A filter never widens a partner FG's scope.
    expect(await lees(o, 'vtgv-fg', `?partner=${GEMEENTE}`)).toEqual({
      waarschuwingen: [],
      volgende: null,
    });
    expect(await lees(o, 'ketenpoort-fg', '?partner=vtgv')).toEqual({
      waarschuwingen: [],
      volgende: null,
    });
    // The warning and the refused tries are not in the logboek.
    expect((await o.store.logboek(1, 1000)).length).toBe(logboek);
  });

  it('is alleen voor de FG: een partnersleutel en een juristsleutel krijgen 403, een ongeldige vraag 400', async () => {
    const { o } = await metQuotumHit();
    expect((await o.vraag(GEMEENTE, 'GET', '/v1/waarschuwingen')).status).toBe(403);
    expect((await o.vraag('ketenpoort-jurist', 'GET', '/v1/waarschuwingen')).status).toBe(403);
    expect((await o.app.request('/v1/waarschuwingen')).status).toBe(401);
    for (const q of ['?limiet=0', '?limiet=1001', '?na=-1', '?partner=']) {
      const r = await o.vraag('ketenpoort-fg', 'GET', `/v1/waarschuwingen${q}`);
      expect(r.status, q).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('pagineert met een cursor', async () => {
    const { o } = await metQuotumHit();
    o.zetKlok(START + 2 * 3_600_000);
    await registreer(o, GEMEENTE, signaal(o));
    await registreer(o, GEMEENTE, signaal(o));
    expect((await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o))).status).toBe(429);
    const eerste = await lees(o, 'ketenpoort-fg', '?limiet=1');
    expect(eerste.waarschuwingen).toHaveLength(1);
    expect(eerste.volgende).toBe(eerste.waarschuwingen[0]!.id);
    const rest = await lees(o, 'ketenpoort-fg', `?limiet=1&na=${eerste.volgende}`);
    expect(rest.waarschuwingen.map((w) => w.vensterVan)).toEqual(['2026-03-02T11:00:00.000Z']);
  });
});

describe('snelle intrekkingen', () => {
  /** Registers and withdraws `n` times within a few minutes; the last `laat` after two hours. */
  async function registreerEnTrekIn(o: Omgeving, n: number, laat = 0) {
    const overlap: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = START + i * 10 * MINUUT;
      o.zetKlok(t);
      const s = await registreer(o, GEMEENTE, signaal(o));
      overlap.push(s.overlap.length);
      o.zetKlok(t + (i >= n - laat ? 120 : 5) * MINUUT);
      expect((await o.vraag(GEMEENTE, 'DELETE', `/v1/signalen/${s.id}`)).status).toBe(204);
    }
    return overlap;
  }

  it('meer dan 3 intrekkingen binnen het uur na registreren op een dag: een waarschuwing, de intrekking zelf gaat door', async () => {
    const o = await maakOmgeving({ quota: quotaYaml() });
    await registreerEnTrekIn(o, 6, 1);
    const { waarschuwingen } = await lees(o, 'ketenpoort-fg');
    expect(waarschuwingen).toMatchObject([
      {
        partner: GEMEENTE,
        aanleiding: 'snelle-intrekkingen',
        teller: 'intrekkingen',
        venster: 'dag',
        vensterVan: '2026-03-02T00:00:00.000Z',
        limiet: 3,
        // The 4th and 5th; the 6th came two hours after its registration and does not count.
        aantal: 2,
      },
    ]);
    expect(await lees(o, `${GEMEENTE}-fg`)).toMatchObject({ waarschuwingen });
    expect((await lees(o, 'tmm-fg')).waarschuwingen).toEqual([]);
  });

  it('geven dezelfde waarschuwingen of de registraties overlap hadden of niet', async () => {
    const quota = quotaYaml({ registraties: { uur: 5, dag: 50 } });
    const met = await maakOmgeving({ quota });
    const zonder = await maakOmgeving({ quota });
    // Only in `met` does Veilig Thuis hold a signal on the same person, before the gemeente.
    await registreer(met, 'vtgv', signaal(met, { doel: 'signalering' }));
    const overlapMet = await registreerEnTrekIn(met, 5);
    const overlapZonder = await registreerEnTrekIn(zonder, 5);
    expect(overlapMet.every((n) => n > 0)).toBe(true);
    expect(overlapZonder.every((n) => n === 0)).toBe(true);
    // The same quota hit in both.
    for (const o of [met, zonder]) {
      expect((await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o))).status).toBe(429);
    }
    const zonderId = ({ id: _, ...w }: Waarschuwing) => w;
    const inMet = (await lees(met, 'ketenpoort-fg')).waarschuwingen.map(zonderId);
    const inZonder = (await lees(zonder, 'ketenpoort-fg')).waarschuwingen.map(zonderId);
    expect(inMet.map((w) => [w.aanleiding, w.aantal])).toEqual([
      ['snelle-intrekkingen', 2],
      ['quotum', 1],
    ]);
    expect(inMet).toEqual(inZonder);
    expect(await lees(met, `${GEMEENTE}-fg`)).toEqual(await lees(zonder, `${GEMEENTE}-fg`));
  });
});

describe('opruimen', () => {
  it('tellers van voorbije vensters gaan weg bij het uurlijkse opruimen, waarschuwingen na hun bewaartermijn', async () => {
    const { o } = await metQuotumHit();
    const tellers = async () => (await o.store.sql('SELECT * FROM quota_tellers')).length;
    expect(await tellers()).toBeGreaterThan(0);
    o.zetKlok(START + 24 * 3_600_000);
    await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(await tellers()).toBe(0);
    expect((await lees(o, 'ketenpoort-fg')).waarschuwingen).toHaveLength(1);
    o.zetKlok(Date.parse('2027-03-03T00:00:00.000Z'));
    await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect((await lees(o, 'ketenpoort-fg')).waarschuwingen).toEqual([]);
  });
});

/**
 * GET /v1/cijfers (issue 19 item 4): JSON and CSV on the fixed grid, only closed periods, the
 * statistiek role sees T1-T5 and a partner T1-T4 with its own counts beside the region's, and
 * every request is one logboek entry with the figures' grondslagen. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const REGISSEUR = 'riec-mn-ketenregisseur';
const DAG = 86_400_000;

/** Seven meldingen of gemeente Hilversum and six signalen of VT in February 2026, then April. */
async function februari(o: Omgeving) {
  o.zetKlok(Date.parse('2026-02-10T10:00:00Z'));
  for (let i = 0; i < 7; i++) {
    const p = [o.pseudoniem('telefoon', `06-555001${10 + i}`)];
    await registreer(o, 'gemeente-hilversum', signaal(o, { pseudoniemen: p, aard: 'melding' }));
  }
  for (let i = 0; i < 6; i++) {
    const p = [o.pseudoniem('telefoon', `06-555002${10 + i}`)];
    await registreer(o, 'vtgv', signaal(o, { pseudoniemen: p, doel: 'veiligheidsbeoordeling' }));
  }
  o.zetKlok(Date.parse('2026-04-01T10:00:00Z') + DAG);
}

interface Cel {
  periode: string;
  a: string;
  b: string;
  waarde: number | null;
  label: string;
  eigen?: number;
}
interface Antwoord {
  drempel: number;
  tabellen: Array<{ tabel: string; cellen: Cel[] }>;
}

async function lees(o: Omgeving, wie: string, vraag = '?jaar=2026') {
  const r = await o.vraag(wie, 'GET', `/v1/cijfers${vraag}`);
  expect(r.status).toBe(200);
  return (await r.json()) as Antwoord;
}

const cel = (a: Antwoord, tabel: string, periode: string, x: string, y: string) =>
  a.tabellen
    .find((t) => t.tabel === tabel)
    ?.cellen.find((c) => c.periode === periode && c.a === x && c.b === y);

describe('GET /v1/cijfers', () => {
  it('toont de regio afgeschermd en de eigen aantallen ernaast, alleen over afgesloten perioden', async () => {
    const o = await maakOmgeving();
    await februari(o);
    const regisseur = await lees(o, REGISSEUR);
    expect(regisseur.tabellen.map((t) => t.tabel)).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(cel(regisseur, 't4', '2026-K1', '*', '')).toMatchObject({ waarde: 13, label: '13' });
    // The zeros beside the counts are suppressed, and so are enough counts to hide them.
    const advies = cel(regisseur, 't1', '2026-02', 'GM0406', 'advies');
    expect(advies).toMatchObject({ waarde: null, label: '<5' });
    expect(cel(regisseur, 't1', '2026-02', 'GM0402', 'melding')).toMatchObject({ label: '<5' });
    // April has not ended: no month after March, no second quarter.
    const perioden = new Set(regisseur.tabellen.flatMap((t) => t.cellen.map((c) => c.periode)));
    expect([...perioden].sort()).toEqual(['2026-01', '2026-02', '2026-03', '2026-K1']);
    const vt = await lees(o, 'vtgv');
    expect(vt.tabellen.map((t) => t.tabel)).toEqual(['t1', 't2', 't3', 't4']);
    // VT sees its own six signalen, unsuppressed, beside the region's suppressed cell.
    expect(cel(vt, 't1', '2026-02', 'GM0402', 'signaal')).toMatchObject({ waarde: null, eigen: 6 });
    expect(cel(vt, 't4', '2026-K1', '*', '')).toMatchObject({ waarde: 13, eigen: 6 });
  });

  it('beschermt de regio min de eigen aantallen', async () => {
    const o = await maakOmgeving();
    await februari(o);
    // Hilversum holds 7 of the 7 meldingen: the region's 7 would tell it nobody else has one.
    const g = await lees(o, 'gemeente-hilversum');
    expect(cel(g, 't1', '2026-02', 'GM0402', 'melding')).toMatchObject({ waarde: null, eigen: 7 });
  });

  it('geeft CSV met dezelfde cellen, en elke opvraging is één logboekregel met grondslag', async () => {
    const o = await maakOmgeving();
    await februari(o);
    const voor = (await o.store.logboek(1, 10_000)).length;
    const r = await o.vraag(REGISSEUR, 'GET', '/v1/cijfers?jaar=2026&formaat=csv');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    const regels = (await r.text()).trim().split('\n');
    expect(regels[0]).toBe('tabel,periode,dimensie_a,a,dimensie_b,b,waarde,eigen');
    expect(regels).toContain('t4,2026-K1,melder,*,,,13,0');
    expect(regels).toContain('t1,2026-02,gemeente,GM0402,aard,melding,<5,0');
    const json = await lees(o, REGISSEUR);
    expect(regels.length - 1).toBe(json.tabellen.reduce((n, t) => n + t.cellen.length, 0));
    const log = await o.store.logboek(1, 10_000);
    expect(log.length - voor).toBe(2);
    expect(log.at(-1)).toMatchObject({
      actie: 'cijfers',
      partner: 'riec-mn',
      ontvanger: 'riec-mn',
      grondslagen: ['avg-6-1-e'],
      regels: ['t1', 't2', 't3', 't4', 't5'],
      betrokkene: [],
    });
  });

  it('weigert een ander formaat, een vrij tijdvak en een token zonder rol', async () => {
    const o = await maakOmgeving();
    for (const vraag of ['?formaat=xlsx', '?van=2026-01-03', '?jaar=1999']) {
      const r = await o.vraag(REGISSEUR, 'GET', `/v1/cijfers${vraag}`);
      expect(r.status, vraag).toBe(400);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    }
    const fg = await o.vraag('vtgv-fg', 'GET', '/v1/cijfers');
    expect(fg.status).toBe(403);
  });
});

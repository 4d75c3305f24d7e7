/**
 * The counters of the figures (issue 19 item 2): written with each event in its transaction,
 * they equal a recount from the stored signals while those exist; a destroyed signal leaves
 * its counts; a withdrawn one stays counted once, and the withdrawal is counted on its own.
 * Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { hertel, somPerCel } from '../../src/cijfers/hertelling.js';
import type { Signaal } from '../../src/matching/signaal.js';
import { plusMaanden, verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const DAG = 86_400_000;

/** Six registrations over three months, of two partners, with varied categories. */
async function vul(o: Omgeving): Promise<string[]> {
  const ids: string[] = [];
  const varianten = [
    { aard: 'melding', melder: 'burger', uitbuitingsvormen: ['arbeidsuitbuiting'] },
    { aard: 'advies', melder: 'professional', sterkte: 'hard' },
    { melder: 'anoniem', uitbuitingsvormen: ['seksuele_uitbuiting', 'criminele_uitbuiting'] },
  ];
  for (let i = 0; i < 6; i++) {
    o.zetKlok(o.diensten.klok() + 20 * DAG);
    const partner = i % 2 ? 'vtgv' : 'gemeente-hilversum';
    const doel = partner === 'vtgv' ? 'veiligheidsbeoordeling' : 'zorgcoordinatie';
    const extra = {
      doel,
      pseudoniemen: [o.pseudoniem('telefoon', `06-555000${10 + i}`)],
      ...varianten[i % 3],
    };
    ids.push((await registreer(o, partner, signaal(o, extra))).id);
  }
  return ids;
}

async function signalen(o: Omgeving, ids: string[]): Promise<Signaal[]> {
  const uit: Signaal[] = [];
  for (const id of ids) {
    const s = await o.store.signaal(id);
    if (s) uit.push(s);
  }
  return uit;
}

const soortVan = (o: Omgeving) => (p: string) => o.beleid.partners.get(p)?.soort ?? '';
const T1_T4 = ['t1', 't2', 't3', 't4'] as const;

describe('tellingen van de cijfers', () => {
  it('zijn gelijk aan een hertelling uit de opgeslagen signalen', async () => {
    const o = await maakOmgeving();
    const ids = await vul(o);
    const geteld = somPerCel(await o.store.tellingen(T1_T4));
    expect(geteld).toEqual(hertel(await signalen(o, ids), soortVan(o)));
    // Two forms count twice in t2, once everywhere else.
    expect(geteld.filter((t) => t.tabel === 't1').reduce((n, t) => n + t.aantal, 0)).toBe(6);
    expect(geteld.filter((t) => t.tabel === 't2').reduce((n, t) => n + t.aantal, 0)).toBe(8);
  });

  it('houden een ingetrokken signaal één keer geteld en tellen de intrekking apart', async () => {
    const o = await maakOmgeving();
    const ids = await vul(o);
    const voor = somPerCel(await o.store.tellingen(T1_T4));
    const r = await o.vraag('vtgv', 'DELETE', `/v1/signalen/${ids[1]}`);
    expect(r.status).toBe(204);
    expect(somPerCel(await o.store.tellingen(T1_T4))).toEqual(voor);
    expect(hertel(await signalen(o, ids), soortVan(o))).toEqual(voor);
    const intrekking = await o.store.tellingen(['intrekking']);
    expect(intrekking).toMatchObject([{ partner: 'vtgv', a: 'GM0402', b: 'advies', aantal: 1 }]);
  });

  it('blijven staan als de signalen aan het eind van hun bewaartermijn vernietigd zijn', async () => {
    const o = await maakOmgeving();
    const ids = await vul(o);
    const voor = somPerCel(await o.store.tellingen(T1_T4));
    const na = plusMaanden(o.diensten.klok(), 130);
    const weg = await verwijderVerlopen(o.store, o.beleid, na);
    expect(weg.signalen.sort()).toEqual([...ids].sort());
    expect(await signalen(o, ids)).toEqual([]);
    expect(somPerCel(await o.store.tellingen(T1_T4))).toEqual(voor);
  });
});

/**
 * Issue 17's rows go with the signals they are about, in both runtimes: after the bewaartermijn
 * purge no regie, regie proposal, stapelmelding, reported termijn or casussen fingerprint of the
 * destroyed signals remains; a withdrawal that dissolves a casus deletes its regie, and one that leaves a casus of
 * two partners standing keeps it.
 */
import { describe, expect, it } from 'vitest';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { bewaakTermijnen } from '../../src/use-cases/termijnen-bewaken.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { casussen, GEMEENTE, inbox, PERSOON, stelVoor, VT, ZC } from '../helpers/regie.js';
import type { TestStore } from '../helpers/runtime.js';
import { registreer, signaal } from '../helpers/signalen.js';

const HUIZEN = 'gemeente-huizen';
const TABELLEN = [
  'regie',
  'regievoorstellen',
  'stapelmeldingen',
  'termijnmeldingen',
  'casusinzagen',
];

const termijnen = {
  pad: 'termijnen.yaml',
  tekst:
    'termijnen:\n  overdracht: 1\n  regie: 1\n  casus: 1\nescalatie: meldpunt\ngelijkgesteld: []\n',
};

/** A soft signal about the test person as `partner`, in a gemeente of its own area. */
async function zacht(o: Omgeving, partner: string): Promise<string> {
  const gemeente = o.beleid.partners.get(partner)?.gemeenten[0];
  const s = signaal(o, {
    sterkte: 'zacht',
    ...(gemeente && { gemeente }),
    doel: 'zorgcoordinatie',
    pseudoniemen: [o.pseudoniem('bsn', PERSOON)],
  });
  return (await registreer(o, partner, s)).id;
}

/** Rows per table of issue 17. */
async function rijen(o: Omgeving): Promise<Record<string, number>> {
  const store = o.store as TestStore;
  const uit: Record<string, number> = {};
  for (const t of TABELLEN) {
    const [r] = await store.sql(`SELECT count(*) AS n FROM ${t}`);
    uit[t] = Number(r?.n);
  }
  return uit;
}

async function claim(o: Omgeving, partner: string, id: string) {
  const casus = (await casussen(o, partner, id)).casussen[0]?.id as string;
  const r = await stelVoor(o, partner, id, casus, { naar: partner, doel: 'zorgcoordinatie' });
  expect(r.status).toBe(201);
}

describe('opruimen met de signalen', () => {
  it('de bewaartermijn laat geen regie, voorstel, stapelmelding of termijn achter', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen] });
    o.zetKlok(Date.parse('2026-04-02T12:00:00Z'));
    const g = await zacht(o, GEMEENTE);
    await zacht(o, ZC);
    await zacht(o, HUIZEN);
    expect((await inbox(o, VT)).filter((m) => m.stapel)).toHaveLength(1);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const v = await stelVoor(o, GEMEENTE, g, casus, { naar: ZC, doel: 'zorgcoordinatie' });
    const { voorstel } = await v.json();
    const over = await o.vraag(GEMEENTE, 'POST', `/v1/signalen/${g}/overdrachten`, {
      naar: ZC,
      doel: 'zorgcoordinatie',
    });
    expect(over.status).toBe(201);
    // The proposal and the overdracht pass their termijn; then the proposal is accepted late.
    const na = Date.parse('2026-04-07T22:00:00Z');
    expect(await bewaakTermijnen(o.store, o.beleid, na, o.diensten.willekeurig)).toBe(2);
    o.zetKlok(na);
    const a = await o.vraag(ZC, 'POST', `/v1/regievoorstellen/${voorstel}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(a.status).toBe(200);
    expect(await rijen(o)).toEqual({
      regie: 1,
      // The gemeente's proposal and the gateway's own of the default regisseur.
      regievoorstellen: 2,
      stapelmeldingen: 1,
      termijnmeldingen: 2,
      casusinzagen: 1,
    });
    const weg = await verwijderVerlopen(o.store, o.beleid, Date.parse('2031-01-01T00:00:00Z'));
    expect(weg.signalen.length).toBeGreaterThanOrEqual(3);
    expect(await rijen(o)).toEqual({
      regie: 0,
      regievoorstellen: 0,
      stapelmeldingen: 0,
      termijnmeldingen: 0,
      casusinzagen: 0,
    });
  });

  it('een intrekking die de casus opheft neemt de regie mee', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen] });
    const g = await zacht(o, GEMEENTE);
    const z = await zacht(o, ZC);
    await claim(o, ZC, z);
    expect((await rijen(o)).regie).toBe(1);
    expect((await o.vraag(GEMEENTE, 'DELETE', `/v1/signalen/${g}`)).status).toBe(204);
    expect(await rijen(o)).toMatchObject({ regie: 0, regievoorstellen: 0 });
    expect(await o.store.casussenMetRijen()).toEqual([]);
  });

  it('een intrekking waarna twee partners overblijven houdt de regie', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen] });
    await zacht(o, GEMEENTE);
    const z = await zacht(o, ZC);
    const h = await zacht(o, HUIZEN);
    await claim(o, ZC, z);
    expect((await o.vraag(HUIZEN, 'DELETE', `/v1/signalen/${h}`)).status).toBe(204);
    expect(await rijen(o)).toMatchObject({ regie: 1, stapelmeldingen: 1 });
    expect((await casussen(o, ZC, z)).casussen[0]?.regie).toMatchObject({ belegd: true });
  });
});

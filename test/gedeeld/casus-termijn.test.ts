/**
 * The termijn of a casus without regie (issue 17) in both runtimes, with a faked clock: it
 * starts when two partners' signals first share a pseudonym and passes, in werkdagen, over
 * Koningsdag and over Easter, exactly once, when the casus has neither a regisseur nor an open
 * proposal; the members that see the casus hear it, and the escalation partner only under two
 * keys. Two signals hidden from each other's partners give no termijn to anyone.
 */
import { describe, expect, it } from 'vitest';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import {
  ANDER,
  bewaak,
  casussen,
  GEMEENTE,
  gemaskeerd,
  grootte,
  inbox,
  meld,
  PERSOON,
  stelVoor,
  TMM,
  ZC,
} from '../helpers/regie.js';

const termijnen = (escalatie: string, casus: number) => ({
  pad: 'termijnen.yaml',
  tekst: `termijnen:\n  casus: ${casus}\nescalatie: ${escalatie}\ngelijkgesteld: []\n`,
});

/** A casus of the gemeente and the zorgcoördinator that forms at `op` (ISO). */
async function casusOp(o: Omgeving, op: string) {
  o.zetKlok(Date.parse(op) - 60_000);
  const g = await meld(o, GEMEENTE);
  o.zetKlok(Date.parse(op));
  const z = await meld(o, ZC);
  const casus = (await casussen(o, ZC, z)).casussen[0]?.id as string;
  expect(casus).toBeDefined();
  return { g, z, casus };
}

const termijnMeldingen = async (o: Omgeving, partner: string) =>
  (await inbox(o, partner)).filter((m) => m.termijn);

describe('termijn van een casus zonder regie', () => {
  it('over Koningsdag: precies één melding per lid en één escalatie, op de juiste werkdag', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen', 2)] });
    const { casus } = await casusOp(o, '2026-04-24T10:00:00Z');
    // Werkdagen: Tuesday 28 and Wednesday 29 April (Monday 27 is Koningsdag).
    expect(await bewaak(o, '2026-04-27T12:00:00Z')).toBe(0);
    expect(await bewaak(o, '2026-04-29T21:59:59Z')).toBe(0);
    expect(await bewaak(o, '2026-04-29T22:00:00Z')).toBe(1);
    expect(await bewaak(o, '2026-04-30T09:00:00Z')).toBe(0);
    expect(await bewaak(o, '2026-06-01T09:00:00Z')).toBe(0);
    for (const p of [GEMEENTE, ZC]) {
      const t = await termijnMeldingen(o, p);
      expect(t).toHaveLength(1);
      expect(t[0]?.termijn).toMatchObject({
        soort: 'casus',
        casus,
        verstrekenOp: '2026-04-29T22:00:00.000Z',
      });
    }
    const escalaties = (await inbox(o, 'gemeente-huizen')).filter((m) => m.escalatie);
    expect(escalaties).toHaveLength(1);
    expect(escalaties[0]?.signaal).toBeUndefined();
    expect(escalaties[0]?.escalatie).toMatchObject({
      soort: 'casus',
      doel: 'zorgcoordinatie',
      verstrekenOp: '2026-04-29T22:00:00.000Z',
      leden: [{ id: GEMEENTE }, { id: ZC }],
    });
    // The escalation partner is not given the casus id: it holds no member signal.
    expect(JSON.stringify(escalaties[0])).not.toContain(casus);
    const entries = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'termijn');
    expect(entries.map((e) => e.ontvanger).sort()).toEqual(
      [GEMEENTE, ZC, 'gemeente-huizen'].sort(),
    );
  });

  it('over Pasen: één werkdag vanaf Witte Donderdag verstrijkt pas woensdag', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt', 1)] });
    await casusOp(o, '2026-04-02T12:00:00Z');
    expect(await bewaak(o, '2026-04-06T12:00:00Z')).toBe(0);
    expect(await bewaak(o, '2026-04-07T21:59:59Z')).toBe(0);
    expect(await bewaak(o, '2026-04-07T22:00:00Z')).toBe(1);
    expect(await bewaak(o, '2026-04-08T22:00:00Z')).toBe(0);
    expect(await termijnMeldingen(o, GEMEENTE)).toHaveLength(1);
  });

  it('een op tijd genomen regie houdt de termijn tegen', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen', 1)] });
    const { z, casus } = await casusOp(o, '2026-04-02T12:00:00Z');
    const r = await stelVoor(o, ZC, z, casus, { naar: ZC, doel: 'zorgcoordinatie' });
    expect(r.status).toBe(201);
    expect(await bewaak(o, '2026-05-01T12:00:00Z')).toBe(0);
    expect(await termijnMeldingen(o, GEMEENTE)).toEqual([]);
    expect((await inbox(o, 'gemeente-huizen')).filter((m) => m.escalatie)).toEqual([]);
  });

  it('een op tijd gedaan voorstel dat open staat houdt de termijn tegen', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen', 1)] });
    const { g, casus } = await casusOp(o, '2026-04-02T12:00:00Z');
    const r = await stelVoor(o, GEMEENTE, g, casus, { naar: ZC, doel: 'zorgcoordinatie' });
    expect(r.status).toBe(201);
    expect(await bewaak(o, '2026-05-01T12:00:00Z')).toBe(0);
    expect(await termijnMeldingen(o, ZC)).toEqual([]);
  });

  it('een escalatiepartner die niet mag ontvangen hoort niets; de leden wel', async () => {
    // Veilig Thuis, the meldpunt, may not receive for zorgcoördinatie.
    const o = await maakOmgeving({ bestanden: [termijnen('meldpunt', 1)] });
    await casusOp(o, '2026-04-02T12:00:00Z');
    expect(await bewaak(o, '2026-04-07T22:00:00Z')).toBe(1);
    expect((await inbox(o, 'vtgv')).filter((m) => m.escalatie)).toEqual([]);
    const entries = (await o.store.logboek(1, 1000)).filter((e) => e.actie === 'termijn');
    expect(entries.map((e) => e.ontvanger).sort()).toEqual([GEMEENTE, ZC].sort());
  });

  it('twee signalen die voor elkaars partners verborgen zijn: geen termijn voor wie ook', async () => {
    const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen', 1)] });
    o.zetKlok(Date.parse('2026-04-02T12:00:00Z'));
    await meld(o, GEMEENTE);
    await meld(o, TMM);
    expect(await bewaak(o, '2026-05-01T12:00:00Z')).toBe(0);
    for (const p of [GEMEENTE, TMM, 'gemeente-huizen']) expect(await inbox(o, p)).toEqual([]);
  });

  it('een verborgen lid verandert niets aan wat leden en escalatiepartner waarnemen', async () => {
    /** The police registers `bsn` between the gemeente and the zorgcoördinator. */
    async function wereld(bsn: string) {
      const o = await maakOmgeving({ bestanden: [termijnen('gemeente-huizen', 2)] });
      o.zetKlok(Date.parse('2026-04-20T10:00:00Z'));
      await meld(o, GEMEENTE);
      o.zetKlok(Date.parse('2026-04-21T10:00:00Z'));
      await meld(o, TMM, bsn);
      o.zetKlok(Date.parse('2026-04-24T10:00:00Z'));
      await meld(o, ZC);
      const runs = [];
      for (const iso of ['2026-04-23T22:00:00Z', '2026-04-29T21:59:59Z', '2026-04-29T22:00:00Z']) {
        runs.push(await bewaak(o, iso));
      }
      const gezien: Record<string, unknown> = { runs };
      for (const p of [GEMEENTE, ZC, 'gemeente-huizen']) {
        gezien[p] = { inbox: gemaskeerd(await inbox(o, p)), grootte: await grootte(o, p) };
      }
      return gezien;
    }
    const met = await wereld(PERSOON);
    expect(met.runs).toEqual([0, 0, 1]);
    expect(met).toEqual(await wereld(ANDER));
  });
});

/**
 * The scenarios in policies/tests/ as part of `npm test`: each is one test, and together they
 * must decide every rule of the example set and cover every partner, every uitbuitingsvorm,
 * soft and hard signals, every verbod and the excluded entities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STERKTES, UITBUITINGSVORMEN } from '../src/policy/categorieen.js';
import { laadBeleid } from '../src/policy/laad.js';
import { voerScenariosUit } from '../src/policy/scenarios.js';

const MAP = fileURLToPath(new URL('../policies/', import.meta.url));
const bestanden = readdirSync(MAP, { recursive: true, encoding: 'utf8' })
  .filter((n) => /\.ya?ml$/.test(n))
  .map((n) => ({
    pad: relative(MAP, join(MAP, n)).split(sep).join('/'),
    tekst: readFileSync(join(MAP, n), 'utf8'),
  }));
const beleid = laadBeleid(bestanden);
const rapport = voerScenariosUit(beleid, bestanden);

describe('scenario files', () => {
  it('have no errors', () => {
    expect(rapport.fouten).toEqual([]);
  });

  it.each(rapport.resultaten.map((r) => [`${r.bestand}:${r.regel}`, r.naam, r] as const))(
    '%s %s',
    (_plek, _naam, r) => {
      expect(r.verschillen).toEqual([]);
      expect(r.geslaagd).toBe(true);
    },
  );
});

describe('coverage of the example set', () => {
  const vragen = rapport.resultaten.map((r) => r.vraag);

  it('has at least 40 scenarios', () => {
    expect(rapport.resultaten.length).toBeGreaterThanOrEqual(40);
  });

  it('names no uncovered rule', () => {
    expect(rapport.ongedekt.map((r) => r.id)).toEqual([]);
    expect(rapport.aantalRegels).toBe(beleid.regels.length + (beleid.overdragen?.length ?? 0));
  });

  it('covers every partner, as source or recipient', () => {
    const genoemd = new Set(vragen.flatMap((v) => [v.bron, v.ontvanger]));
    expect([...beleid.partners.keys()].filter((p) => !genoemd.has(p))).toEqual([]);
  });

  it('covers every uitbuitingsvorm and both sterktes', () => {
    const vormen = new Set(vragen.flatMap((v) => v.signaal.uitbuitingsvormen));
    expect(UITBUITINGSVORMEN.filter((v) => !vormen.has(v))).toEqual([]);
    expect(new Set(vragen.map((v) => v.signaal.sterkte))).toEqual(new Set(STERKTES));
  });

  it('decides by every verbod', () => {
    const gedekt = new Set(rapport.resultaten.flatMap((r) => r.regels));
    const verboden = beleid.regels.filter((r) => r.soort === 'verboden');
    expect(verboden.length).toBeGreaterThan(0);
    expect(verboden.filter((v) => !gedekt.has(v.id))).toEqual([]);
  });

  it('names every excluded entity in a scenario that expects no match', () => {
    const via = new Set<string>();
    for (const b of bestanden.filter((b) => b.pad.startsWith('tests/'))) {
      for (const s of parse(b.tekst).scenarios)
        if (s.verwacht.besluit === 'geen-overeenkomst')
          for (const v of s.via) via.add(`${v.soort}:${v.pseudoniem}`);
    }
    expect(beleid.uitgesloten.filter((u) => !via.has(`${u.soort}:${u.pseudoniem}`))).toEqual([]);
  });
});

describe('coverage of the questions after the match (issue 16)', () => {
  const scenarios = bestanden
    .filter((b) => b.pad.startsWith('tests/'))
    .flatMap(
      (b) =>
        parse(b.tekst).scenarios as Array<{
          soort?: string;
          antwoord?: string;
          verwacht: { besluit: string; genoemd?: boolean; reden?: string };
        }>,
    );
  const van = (soort: string) => scenarios.filter((s) => s.soort === soort);
  const uitkomsten = (lijst: typeof scenarios) =>
    new Set(
      lijst.map((s) => `${s.verwacht.besluit}${s.verwacht.reden ? `:${s.verwacht.reden}` : ''}`),
    );

  it('has an overdracht allowed, refused, and refused by a verbod', () => {
    expect(uitkomsten(van('overdracht'))).toEqual(
      new Set(['toegestaan', 'geweigerd:eerste-sleutel', 'geweigerd:verbod']),
    );
  });

  it('has every answer kind, doorgezet with and without the name of the next partner', () => {
    const antwoorden = van('antwoord');
    expect(new Set(antwoorden.map((s) => s.antwoord))).toEqual(
      new Set(['aangenomen', 'niet_voor_ons', 'doorgezet']),
    );
    const doorgezet = antwoorden.filter((s) => s.antwoord === 'doorgezet');
    expect(new Set(doorgezet.map((s) => s.verwacht.genoemd))).toEqual(
      new Set([true, false, undefined]),
    );
    expect(doorgezet.some((s) => s.verwacht.besluit === 'geweigerd')).toBe(true);
  });

  it('has a status visible, hidden, narrowed by statussen and hidden by a verbod', () => {
    expect(uitkomsten(van('status'))).toEqual(
      new Set([
        'toegestaan',
        'geweigerd:status-verborgen',
        'geweigerd:geen-terugkoppeling',
        'geweigerd:verbod',
      ]),
    );
  });

  it('has a request for terugkoppeling allowed and refused', () => {
    expect(uitkomsten(van('terugkoppelingsvraag'))).toEqual(
      new Set(['toegestaan', 'geweigerd:geen-terugkoppeling']),
    );
  });
});

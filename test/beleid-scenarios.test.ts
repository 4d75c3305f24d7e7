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
    expect(rapport.aantalRegels).toBe(beleid.regels.length);
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

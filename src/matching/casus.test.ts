/**
 * The casus definition alone (issue 17): which signals form one, that it is not transitive,
 * that excluded entities form none, that equal member sets are one casus, and who sees it.
 */
import { describe, expect, it } from 'vitest';

import { laadBeleid } from '../policy/laad.js';
import { casussen, type Lid, zienden, zietCasus } from './casus.js';
import type { OpgeslagenPseudoniem, Signaal } from './signaal.js';

const partner = (id: string) =>
  `  - { id: ${id}, naam: Partner ${id}, soort: gemeente, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const regels = (id: string, verstrekken: string) => ({
  pad: `regels/${id}.yaml`,
  tekst: `partner: ${id}\nbewaartermijnen: { zacht: 6, hard: 24 }\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n${verstrekken}`,
});
const beleid = laadBeleid([
  { pad: 'partners.yaml', tekst: `partners:\n${partner('a')}${partner('b')}${partner('c')}` },
  { pad: 'doelen.yaml', tekst: 'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n' },
  {
    pad: 'grondslagen.yaml',
    tekst:
      "grondslagen:\n  - { id: g1, titel: g1, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n",
  },
  // a tells b; b tells nobody; c tells nobody.
  regels(
    'a',
    'verstrekken:\n  - { id: a-naar-b, titel: T, uitleg: x, aan: [b], doelen: [zorg], gegevens: [bestaan], grondslagen: [g1] }\n',
  ),
  regels('b', ''),
  regels('c', ''),
]);

const signaal = (id: string, partner: string, herkomst: string | null = null): Signaal => ({
  id,
  partner,
  gebruiker: 'medewerker-1',
  rol: 'slachtoffer',
  uitbuitingsvormen: ['arbeidsuitbuiting'],
  sterkte: 'zacht',
  gemeente: 'GM0402',
  doel: 'zorg',
  nietInformeren: false,
  referentie: null,
  geregistreerdOp: 0,
  vervaltOp: 1,
  ingetrokkenOp: null,
  herkomst,
});
const p = (soort: OpgeslagenPseudoniem['soort'], waarde: string): OpgeslagenPseudoniem => ({
  soort,
  waarde,
});
const lid = (s: Signaal, ...gedeeld: OpgeslagenPseudoniem[]): Lid => ({ signaal: s, gedeeld });

describe('casussen', () => {
  it('twee signalen van twee partners op een pseudoniem vormen een casus', () => {
    const c = casussen(
      [lid(signaal('1', 'a'), p('bsn', 'x')), lid(signaal('2', 'b'), p('bsn', 'x'))],
      new Set(),
    );
    expect(c).toHaveLength(1);
    expect(c[0]?.leden.map((s) => s.id)).toEqual(['1', '2']);
    expect(c[0]?.sleutels).toEqual(['bsn:x']);
  });

  it('signalen van een partner alleen vormen geen casus', () => {
    const c = casussen(
      [lid(signaal('1', 'a'), p('bsn', 'x')), lid(signaal('2', 'a'), p('bsn', 'x'))],
      new Set(),
    );
    expect(c).toEqual([]);
  });

  it('niet transitief: een gedeeld adres koppelt twee personen niet aan elkaar', () => {
    // Person 1 (bsn x) and person 2 (bsn y) live at one address; their casussen stay apart.
    const c = casussen(
      [
        lid(signaal('1', 'a'), p('bsn', 'x'), p('adres', 'huis')),
        lid(signaal('2', 'b'), p('bsn', 'x')),
        lid(signaal('3', 'c'), p('bsn', 'y'), p('adres', 'huis')),
        lid(signaal('4', 'b'), p('bsn', 'y')),
      ],
      new Set(),
    );
    const leden = c.map((k) =>
      k.leden
        .map((s) => s.id)
        .sort()
        .join(','),
    );
    expect(leden.sort()).toEqual(['1,2', '1,3', '3,4']);
    expect(leden).not.toContain('1,2,3,4');
  });

  it('een uitgesloten entiteit vormt geen casus', () => {
    const c = casussen(
      [lid(signaal('1', 'a'), p('adres', 'opvang')), lid(signaal('2', 'b'), p('adres', 'opvang'))],
      new Set(['adres:opvang']),
    );
    expect(c).toEqual([]);
  });

  it('dezelfde leden onder bsn, naam en telefoon zijn een casus met een vast id', () => {
    const a = lid(signaal('1', 'a'), p('bsn', 'x'), p('persoon', 'n'), p('telefoon', 't'));
    const b = lid(signaal('2', 'b'), p('bsn', 'x'), p('persoon', 'n'), p('telefoon', 't'));
    const c = casussen([a, b], new Set());
    expect(c).toHaveLength(1);
    expect(c[0]?.sleutels).toEqual(['bsn:x', 'persoon:n', 'telefoon:t']);
    expect(casussen([b, a], new Set())[0]?.id).toBe(c[0]?.id);
    expect(c[0]?.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('zietCasus', () => {
  const ab = casussen(
    [lid(signaal('1', 'a'), p('bsn', 'x')), lid(signaal('2', 'b'), p('bsn', 'x'))],
    new Set(),
  )[0];
  it('een partner ziet de casus alleen waar de regel van een ander lid bestaan geeft', () => {
    if (!ab) throw new Error('geen casus');
    expect(zietCasus(beleid, ab, 'b')).toBe(true);
    expect(zietCasus(beleid, ab, 'a')).toBe(false);
    expect(zietCasus(beleid, ab, 'c')).toBe(false);
    expect(zienden(beleid, ab)).toEqual(['b']);
  });

  it('twee signalen die voor elkaars partners verborgen zijn: niemand ziet de casus', () => {
    const bc = casussen(
      [lid(signaal('1', 'b'), p('bsn', 'x')), lid(signaal('2', 'c'), p('bsn', 'x'))],
      new Set(),
    )[0];
    if (!bc) throw new Error('geen casus');
    expect(zienden(beleid, bc)).toEqual([]);
  });

  it('wie een signaal overnam, ziet de casus met het signaal waarvan het kwam', () => {
    const c = casussen(
      [lid(signaal('1', 'c'), p('bsn', 'x')), lid(signaal('2', 'b', '1'), p('bsn', 'x'))],
      new Set(),
    )[0];
    if (!c) throw new Error('geen casus');
    expect(zienden(beleid, c)).toEqual(['b']);
  });
});

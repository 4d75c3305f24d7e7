/** The matrix's part on regie, termijnen and stapelregels (issue 17), on a small policy. */
import { describe, expect, it } from 'vitest';
import { laadBeleid } from './laad.js';
import { regieBlokken } from './matrix-regie.js';
import { verwerkingsregister } from './register.js';

const partner = (id: string) =>
  `  - { id: ${id}, naam: Partner ${id}, soort: gemeente, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const regels = (id: string, verstrekken: string) => ({
  pad: `regels/${id}.yaml`,
  tekst: `partner: ${id}\nbewaartermijnen: { zacht: 6, hard: 24 }\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n${verstrekken}`,
});
const beleid = laadBeleid([
  {
    pad: 'partners.yaml',
    tekst: `regisseurs: { zorg: m }\npartners:\n${partner('a')}${partner('b')}${partner('m')}`,
  },
  { pad: 'doelen.yaml', tekst: 'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n' },
  {
    pad: 'grondslagen.yaml',
    tekst:
      "grondslagen:\n  - { id: g1, titel: g1, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n",
  },
  regels(
    'a',
    'verstrekken:\n  - { id: a-m, titel: T, uitleg: x, aan: [m], doelen: [zorg], gegevens: [bestaan], grondslagen: [g1] }\n',
  ),
  regels('b', ''),
  regels('m', ''),
  {
    pad: 'stapelregels.yaml',
    tekst:
      'stapelregels:\n  - { id: s1, titel: T, uitleg: x, sterkte: [zacht], minimaal: 3, partners: 2, maanden: 12, aan: m, doel: zorg, gegevens: [] }\n',
  },
  {
    pad: 'termijnen.yaml',
    tekst:
      "termijnen: { overdracht: 5 }\nescalatie: m\ngelijkgesteld:\n  - { datum: '2026-12-24', bron: 'Besluit (voorbeeld)', vastgesteld: '2026-06-01' }\n",
  },
]);

describe('regieBlokken', () => {
  it('noemt regisseurs, termijnen met gelijkgestelde dagen, en wie voor een stapel meetelt', () => {
    const tekst = JSON.stringify(regieBlokken(beleid));
    expect(tekst).toContain('zorg: m');
    expect(tekst).toContain(
      'overdracht 5, regie niet bewaakt, casus zonder regie niet bewaakt; escalatie naar m',
    );
    expect(tekst).toContain('2026-12-24 (Besluit (voorbeeld))');
    const tabel = regieBlokken(beleid).find((b) => b.soort === 'tabel');
    // b's rules tell m nothing: its signals never count.
    expect(tabel).toMatchObject({
      rijen: [['s1', '3 zacht van 2 partners in 12 maanden', 'm', 'zorg', 'a, m']],
    });
  });

  it('het verwerkingsregister noemt het stapelen bij de partners wier signalen meetellen', () => {
    const stapels = verwerkingsregister(beleid, []).filter((v) => v.soort === 'stapel');
    expect(stapels.map((v) => [v.verantwoordelijke.id, v.ontvangers, v.stapelregels])).toEqual([
      ['a', ['m'], ['s1']],
    ]);
  });
});

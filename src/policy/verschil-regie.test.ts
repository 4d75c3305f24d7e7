/** beleid verschil for stapelregels and escalation (issue 17): a widening is marked as one. */
import { describe, expect, it } from 'vitest';
import { laadBeleid } from './laad.js';
import { beleidVerschil } from './verschil.js';
import { verschilTekst } from './verschil-tekst.js';

const partner = (id: string) =>
  `  - { id: ${id}, naam: Partner ${id}, soort: gemeente, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const set = (extra: Array<{ pad: string; tekst: string }>) =>
  laadBeleid([
    { pad: 'partners.yaml', tekst: `partners:\n${partner('a')}${partner('m')}` },
    { pad: 'doelen.yaml', tekst: 'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n' },
    {
      pad: 'grondslagen.yaml',
      tekst:
        "grondslagen:\n  - { id: g1, titel: g1, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n",
    },
    {
      pad: 'regels/m.yaml',
      tekst:
        'partner: m\nbewaartermijnen: { zacht: 6, hard: 24 }\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n',
    },
    ...extra,
  ]);
const stapel = (gegevens: string) => ({
  pad: 'stapelregels.yaml',
  tekst: `stapelregels:\n  - { id: s1, titel: T, uitleg: x, sterkte: [zacht], minimaal: 3, partners: 2, maanden: 12, aan: m, doel: zorg, gegevens: [${gegevens}] }\n`,
});
const termijnen = (escalatie: string) => ({
  pad: 'termijnen.yaml',
  tekst: `termijnen: { overdracht: 5 }\nescalatie: ${escalatie}\n`,
});

describe('verschil in stapelregels en escalatie', () => {
  it('een nieuwe stapelregel en een nieuwe escalatiepartner zijn verruimingen', () => {
    const v = beleidVerschil(set([]), set([stapel('sterkte'), termijnen('m')]));
    expect(v.map((x) => [x.soort, x.wijziging, x.verruiming, x.ontvanger])).toEqual([
      ['stapel', 'nieuw-toegestaan', true, 'm'],
      ['escalatie', 'nieuw-toegestaan', true, 'm'],
    ]);
    expect(
      verschilTekst(
        v,
        { naam: 'oud', hash: 'a'.repeat(64) },
        { naam: 'nieuw', hash: 'b'.repeat(64) },
      ),
    ).toMatch(/\+\+\+ stapelmelding stapelregel -> m, doel zorg/);
  });

  it('meer gegevens in een stapelmelding verruimt, minder perkt in, gelijk is geen verschil', () => {
    const meer = beleidVerschil(set([stapel('sterkte')]), set([stapel('sterkte, partner')]));
    expect(meer.map((x) => [x.wijziging, x.gegevens])).toEqual([
      ['meer-gegevens', ['aantallen', 'partner']],
    ]);
    const minder = beleidVerschil(set([stapel('sterkte, partner')]), set([stapel('sterkte')]));
    expect(minder.map((x) => [x.wijziging, x.verruiming])).toEqual([['minder-gegevens', false]]);
    expect(beleidVerschil(set([stapel('sterkte')]), set([stapel('sterkte')]))).toEqual([]);
  });
});

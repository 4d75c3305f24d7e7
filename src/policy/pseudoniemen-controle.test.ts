import { describe, expect, it } from 'vitest';
import { BeleidFout } from './beleid-fout.js';
import { laadBeleid } from './laad.js';

const BASIS = [
  {
    pad: 'partners.yaml',
    tekst:
      'partners:\n  - id: a\n    naam: A\n    soort: gemeente\n    contact: { email: a@a.example }\n    gemeenten: [GM0402]\n',
  },
  { pad: 'doelen.yaml', tekst: 'doelen:\n  - id: d\n    titel: D\n    omschrijving: D.\n' },
  {
    pad: 'grondslagen.yaml',
    tekst:
      'grondslagen:\n  - id: g\n    titel: G\n    wet: W\n    artikel: "1"\n    link: https://wetten.overheid.nl/\n    toelichting: T.\n',
  },
];
const P2 = 'A'.repeat(86);
const PINNED =
  'versie: v2\nsleutelbewaarder:\n  sleutels:\n    - id: k1\n      publiek: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n';
const uitgesloten = (versie: string, sleutel: string, p: string) =>
  `uitgesloten:\n  - soort: adres\n    versie: ${versie}\n    sleutel: ${sleutel}\n    pseudoniem: ${p}\n    omschrijving: Opvang.\n`;

function fouten(extra: Array<{ pad: string; tekst: string }>): string[] {
  try {
    laadBeleid([...BASIS, ...extra]);
    return [];
  } catch (e) {
    if (!(e instanceof BeleidFout)) throw e;
    return e.fouten.map((m) => `${m.bestand}: ${m.melding}`);
  }
}

describe('pseudoniemen.yaml against uitgesloten.yaml', () => {
  it('loads a pinned key with exclusion entries for it', () => {
    expect(
      fouten([
        { pad: 'pseudoniemen.yaml', tekst: PINNED },
        { pad: 'uitgesloten.yaml', tekst: uitgesloten('v2', 'k1', P2) },
      ]),
    ).toEqual([]);
  });

  it('refuses a pinned key without exclusion entries, with or without uitgesloten.yaml', () => {
    expect(fouten([{ pad: 'pseudoniemen.yaml', tekst: PINNED }]).join('\n')).toMatch(
      /uitgesloten\.yaml: uitgesloten\.yaml heeft geen pseudoniemen voor sleutel k1/,
    );
    expect(
      fouten([
        {
          pad: 'pseudoniemen.yaml',
          tekst: `${PINNED}    - id: k2\n      publiek: BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB\n`,
        },
        { pad: 'uitgesloten.yaml', tekst: uitgesloten('v2', 'k1', P2) },
      ]).join('\n'),
    ).toMatch(/geen pseudoniemen voor sleutel k2/);
  });

  it('refuses entries of the other version or an unpinned key, and a length that does not fit', () => {
    expect(
      fouten([
        { pad: 'pseudoniemen.yaml', tekst: PINNED },
        { pad: 'uitgesloten.yaml', tekst: uitgesloten('v1', 'k1', 'A'.repeat(43)) },
      ]).join('\n'),
    ).toMatch(/is van v1 met sleutel k1/);
    expect(
      fouten([
        { pad: 'pseudoniemen.yaml', tekst: PINNED },
        { pad: 'uitgesloten.yaml', tekst: uitgesloten('v2', 'k1', 'A'.repeat(43)) },
      ]).join('\n'),
    ).toMatch(/Een pseudoniem v2 is 86 tekens/);
  });

  it('without pseudoniemen.yaml: version 2 and no key, so the gateway takes nothing', () => {
    const b = laadBeleid(BASIS);
    expect(b.pseudoniemen).toEqual({ versie: 'v2', sleutels: [] });
  });
});

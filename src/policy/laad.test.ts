import { describe, expect, it } from 'vitest';
import { BeleidFout, type BeleidMelding } from './beleid-fout.js';
import type { BeleidBestand } from './bestanden.js';
import { laadBeleid } from './laad.js';

const PARTNERS = `partners:
  - id: a
    naam: Partner A
    soort: veilig-thuis
    contact: { email: meldpunt@a.example }
    gemeenten: [GM0402]
  - id: b
    naam: Partner B
    soort: gemeente
    contact: { telefoon: '+31880000000' }
    gemeenten: [GM0406]
`;
const DOELEN = `doelen:
  - id: signalering
    titel: Signalering
    omschrijving: Signalen stapelen.
`;
const GRONDSLAGEN = `grondslagen:
  - id: g1
    titel: Taak
    wet: Wet
    artikel: artikel 1
    link: https://wetten.overheid.nl/BWBR0035362/
    toelichting: Voor de test.
`;
const REGELS_A = `partner: a
bewaartermijnen:
  zacht: 12
ontvangen:
  - doel: signalering
    grondslagen: [g1]
verstrekken:
  - id: a-naar-b
    titel: A naar B
    uitleg: Omdat het mag.
    aan: [b]
    doelen: [signalering]
    gegevens: [bestaan, partner]
    grondslagen: [g1]
`;

/** A valid minimal set; `wijzig` replaces one file's text. */
function set(wijzig: Record<string, string | undefined> = {}): BeleidBestand[] {
  const basis: Record<string, string> = {
    'partners.yaml': PARTNERS,
    'doelen.yaml': DOELEN,
    'grondslagen.yaml': GRONDSLAGEN,
    'regels/a.yaml': REGELS_A,
  };
  return Object.entries({ ...basis, ...wijzig })
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([pad, tekst]) => ({ pad, tekst }));
}

function fouten(bestanden: BeleidBestand[]): BeleidMelding[] {
  try {
    laadBeleid(bestanden);
  } catch (e) {
    expect(e).toBeInstanceOf(BeleidFout);
    return (e as BeleidFout).fouten;
  }
  throw new Error('laadBeleid gooide geen BeleidFout');
}

const regelsA = (van: string, naar: string) => ({ 'regels/a.yaml': REGELS_A.replace(van, naar) });

describe('laadBeleid', () => {
  it('loads a valid minimal set', () => {
    const beleid = laadBeleid(set());
    expect([...beleid.partners.keys()]).toEqual(['a', 'b']);
    expect(beleid.magOntvangen('a', 'signalering')).toBe(true);
    expect(beleid.magOntvangen('b', 'signalering')).toBe(false);
    expect(beleid.bewaartermijnMaanden('a', 'zacht')).toBe(12);
    expect(beleid.bewaartermijnMaanden('a', 'hard')).toBeUndefined();
    expect(beleid.uitgesloten).toEqual([]);
  });

  it('ignores tests/ and files that are not YAML', () => {
    const beleid = laadBeleid([
      ...set(),
      { pad: 'tests/scenario.yaml', tekst: 'dit: [is geen beleid' },
      { pad: 'README.md', tekst: '# uitleg' },
    ]);
    expect(beleid.partners.size).toBe(2);
  });

  it('reports a YAML syntax error at the line of the mistake', () => {
    const [f, ...rest] = fouten(set(regelsA('  zacht: 12', '  zacht: [12')));
    expect(rest).toEqual([]);
    expect(f).toEqual({
      bestand: 'regels/a.yaml',
      regel: 3,
      kolom: 10,
      melding:
        'YAML-fout: Hier begint een lijst tussen [ ] die niet wordt afgesloten. Zet een ] aan het eind, op dezelfde tekstregel.',
    });
  });

  it('reports an unknown key with a suggestion and the keys allowed', () => {
    const f = fouten(set(regelsA('    titel: A naar B', '    tittel: A naar B')));
    expect(f).toContainEqual({
      bestand: 'regels/a.yaml',
      regel: 9,
      kolom: 5,
      melding: expect.stringMatching(
        /^Onbekende sleutel 'tittel'\. Bedoelt u 'titel'\? Toegestaan: id, titel, uitleg, aan/,
      ),
    });
    expect(f).toContainEqual({
      bestand: 'regels/a.yaml',
      regel: 8,
      kolom: 5,
      melding: "Verplichte sleutel 'titel' ontbreekt; voeg 'titel:' toe.",
    });
  });

  it('reports an unknown partner in aan', () => {
    expect(fouten(set(regelsA('aan: [b]', 'aan: [b, bb]')))).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 11,
        kolom: 14,
        melding: "Onbekende partner 'bb'. Bedoelt u 'b'? Partners staan in partners.yaml.",
      },
    ]);
  });

  it('reports an unknown partner soort in aan', () => {
    const [f] = fouten(set(regelsA('aan: [b]', "aan: ['soort:gemeentes']")));
    expect(f).toMatchObject({ bestand: 'regels/a.yaml', regel: 11, kolom: 11 });
    expect(f?.melding).toMatch(/^Onbekende partnersoort 'gemeentes'\. Bedoelt u 'gemeente'\?/);
  });

  it("refuses '*' in a verstrekken rule", () => {
    const [f] = fouten(set(regelsA('aan: [b]', "aan: ['*']")));
    expect(f).toMatchObject({ bestand: 'regels/a.yaml', regel: 11 });
    expect(f?.melding).toMatch(/alleen in een verbod/);
  });

  it('reports an unknown grondslag', () => {
    expect(fouten(set(regelsA('    grondslagen: [g1]\n', '    grondslagen: [g2]\n')))).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 6,
        kolom: 19,
        melding:
          "Onbekende grondslag 'g2'. Bedoelt u 'g1'? Voeg hem toe aan grondslagen.yaml of kies een bestaande.",
      },
    ]);
  });

  it('reports an unknown doel', () => {
    const [f, ...rest] = fouten(set(regelsA('doelen: [signalering]', 'doelen: [signalerng]')));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ bestand: 'regels/a.yaml', regel: 12, kolom: 14 });
    expect(f?.melding).toBe(
      "Onbekend doel 'signalerng'. Bedoelt u 'signalering'? Doelen staan in doelen.yaml: signalering.",
    );
  });

  it('reports an unknown veld with the closed list', () => {
    const [f] = fouten(
      set(regelsA('gegevens: [bestaan, partner]', 'gegevens: [bestaan, partners]')),
    );
    expect(f).toMatchObject({ bestand: 'regels/a.yaml', regel: 13, kolom: 25 });
    expect(f?.melding).toMatch(
      /^Onbekend veld 'partners'\. Bedoelt u 'partner'\? Kies uit: bestaan, partner, contact/,
    );
  });

  it('reports an unknown uitbuitingsvorm', () => {
    const tekst = REGELS_A.replace(
      '    gegevens:',
      '    wanneer:\n      uitbuitingsvormen: [mensensmokkel]\n    gegevens:',
    );
    const [f] = fouten(set({ 'regels/a.yaml': tekst }));
    expect(f).toMatchObject({ bestand: 'regels/a.yaml', regel: 14, kolom: 27 });
    expect(f?.melding).toMatch(
      /^Onbekende uitbuitingsvorm 'mensensmokkel'\. Kies uit: seksuele_uitbuiting/,
    );
  });

  it('reports a duplicate rule id across files, naming the first place', () => {
    const tweede = REGELS_A.replace('partner: a', 'partner: b').replace(
      /bewaartermijnen:\n {2}zacht: 12\n/,
      '',
    );
    expect(fouten(set({ 'regels/b.yaml': tweede.replace('aan: [b]', 'aan: [a]') }))).toEqual([
      {
        bestand: 'regels/b.yaml',
        regel: 6,
        kolom: 9,
        melding:
          "Regel-id 'a-naar-b' bestaat al in regels/a.yaml:8; elk regel-id moet uniek zijn in het hele beleid.",
      },
    ]);
  });

  it('reports a partner with bewaartermijnen in two files', () => {
    const [f] = fouten(set({ 'regels/a2.yaml': 'partner: a\nbewaartermijnen:\n  hard: 60\n' }));
    expect(f).toMatchObject({ bestand: 'regels/a2.yaml', regel: 2, kolom: 1 });
    expect(f?.melding).toBe(
      "Partner 'a' heeft al bewaartermijnen in regels/a.yaml:2; noem ze maar op een plek.",
    );
  });

  it('reports a missing required file', () => {
    expect(fouten(set({ 'doelen.yaml': undefined }))).toEqual([
      {
        bestand: 'doelen.yaml',
        regel: 1,
        kolom: 1,
        melding: 'Het verplichte bestand doelen.yaml ontbreekt in policies/.',
      },
    ]);
  });

  it('reports a file in an unknown place', () => {
    const [f] = fouten(set({ 'vtgv.yaml': REGELS_A }));
    expect(f).toMatchObject({ bestand: 'vtgv.yaml', regel: 1, kolom: 1 });
    expect(f?.melding).toMatch(/^Onbekend beleidsbestand/);
  });

  it('reports a wrong type and a bad format in Dutch', () => {
    const f = fouten(
      set({
        'partners.yaml': PARTNERS.replace('[GM0402]', '[GM402]').replace(
          "'+31880000000'",
          '0880000000',
        ),
      }),
    );
    expect(f.map((m) => [m.regel, m.melding.slice(0, 30)])).toEqual([
      [6, 'Een gemeentecode is de CBS-cod'],
      [10, 'Verwacht een tekst, maar hier '],
    ]);
  });

  it('refuses an alias bomb and an empty file with a melding', () => {
    const bom =
      'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(fouten(set({ 'doelen.yaml': bom, 'partners.yaml': '' }))).toEqual([
      {
        bestand: 'doelen.yaml',
        regel: 1,
        kolom: 1,
        melding: 'YAML-fout: te veel verwijzingen (*alias); schrijf de waarden uit.',
      },
      {
        bestand: 'partners.yaml',
        regel: 1,
        kolom: 1,
        melding: 'Verwacht een map (sleutels met een dubbele punt), maar hier staat niets.',
      },
    ]);
  });

  it('formats every error as bestand:regelnummer:kolom melding, one per line', () => {
    try {
      laadBeleid(set({ 'doelen.yaml': undefined, ...regelsA('aan: [b]', 'aan: [x]') }));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message.split('\n')).toEqual([
        'doelen.yaml:1:1 Het verplichte bestand doelen.yaml ontbreekt in policies/.',
      ]);
    }
  });
});

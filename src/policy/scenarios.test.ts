import { describe, expect, it } from 'vitest';
import type { BeleidBestand } from './bestanden.js';
import { laadBeleid } from './laad.js';
import { voerScenariosUit } from './scenarios.js';

const SET: BeleidBestand[] = [
  {
    pad: 'partners.yaml',
    tekst: `partners:
  - { id: a, naam: A, soort: veilig-thuis, contact: { email: a@a.example }, gemeenten: [GM0402] }
  - { id: b, naam: B, soort: gemeente, contact: { email: b@b.example }, gemeenten: [GM0402] }
`,
  },
  { pad: 'doelen.yaml', tekst: 'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: Zorg. }\n' },
  {
    pad: 'grondslagen.yaml',
    tekst: `grondslagen:
  - { id: g1, titel: T, wet: W, artikel: a1, link: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', toelichting: T }
`,
  },
  {
    pad: 'regels/a.yaml',
    tekst: `partner: a
bewaartermijnen: { zacht: 12, hard: 24 }
verstrekken:
  - { id: a-b, titel: A naar B, uitleg: U, aan: [b], doelen: [zorg], wanneer: { sterkte: [hard] }, gegevens: [bestaan, partner], grondslagen: [g1] }
  - { id: a-b-zacht, titel: Zacht, uitleg: U, aan: [b], doelen: [zorg], wanneer: { sterkte: [zacht], rol: [werkgever] }, gegevens: [bestaan], grondslagen: [g1] }
`,
  },
  {
    pad: 'regels/b.yaml',
    tekst: 'partner: b\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n',
  },
];
const beleid = laadBeleid(SET);

const scenario = (tekst: string) =>
  voerScenariosUit(beleid, [...SET, { pad: 'tests/t.yaml', tekst: `scenarios:\n${tekst}` }]);

const HARD = `  - naam: hard signaal
    bron: a
    ontvanger: b
    doel: zorg
    signaal: { sterkte: hard, rol: slachtoffer }
`;

describe('voerScenariosUit', () => {
  it('passes a scenario that states the exact outcome, and reports coverage', () => {
    const r = scenario(`${HARD}    verwacht:
      besluit: toegestaan
      gegevens: [bestaan, partner]
      regels: [a-b]
      grondslagen: [g1]
      melden: false
`);
    expect(r.fouten).toEqual([]);
    expect(r.resultaten).toMatchObject([
      { bestand: 'tests/t.yaml', regel: 2, naam: 'hard signaal', geslaagd: true, verschillen: [] },
    ]);
    expect(r.ongedekt.map((o) => o.id)).toEqual(['a-b-zacht']);
  });

  it('names every difference with what was expected and what came out', () => {
    const r = scenario(`${HARD}    verwacht:
      besluit: toegestaan
      gegevens: [partner, contact]
      regels: [a-b-zacht]
      grondslagen: [g1]
      melden: true
`);
    expect(r.resultaten[0]?.geslaagd).toBe(false);
    expect(r.resultaten[0]?.verschillen).toEqual([
      'gegevens: verwacht [bestaan, contact, partner], kreeg [bestaan, partner]',
      'regels: verwacht [a-b-zacht], kreeg [a-b]',
      'melden: verwacht true, kreeg false',
    ]);
  });

  it('fails a denial that is in fact allowed, with the reden of the decision', () => {
    const r = scenario(`${HARD}    verwacht: { besluit: geweigerd, reden: eerste-sleutel }
`);
    expect(r.resultaten[0]?.verschillen).toEqual([
      "verwacht 'geweigerd', maar het besluit is 'toegestaan': Toegestaan: regel 'a-b' van a staat verstrekking aan b toe en b mag ontvangen voor doel 'zorg'.",
    ]);
    // The expectation and the policy's own outcome travel with the result (the jurist's page).
    expect(r.resultaten[0]?.verwacht).toEqual({ besluit: 'geweigerd', reden: 'eerste-sleutel' });
    expect(r.resultaten[0]?.uitkomst).toEqual({
      soort: 'verstrekking',
      besluit: 'toegestaan',
      gegevens: ['bestaan', 'partner'],
      regels: ['a-b'],
      grondslagen: ['g1'],
      melden: false,
      tekst:
        "Toegestaan: regel 'a-b' van a staat verstrekking aan b toe en b mag ontvangen voor doel 'zorg'.",
    });
  });

  it('checks the reden of a denial', () => {
    const r = scenario(`  - naam: zacht slachtoffer
    bron: a
    ontvanger: b
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
    verwacht: { besluit: geweigerd, reden: tweede-sleutel }
`);
    expect(r.resultaten[0]?.verschillen).toEqual([
      "reden: verwacht 'tweede-sleutel', kreeg 'eerste-sleutel'",
    ]);
    expect(r.resultaten[0]?.uitkomst).toMatchObject({
      besluit: 'geweigerd',
      regels: ['standaard-weigering'],
      reden: 'eerste-sleutel',
    });
  });

  it('reports misspelt names at their line with a suggestion', () => {
    const r = scenario(`  - naam: typfouten
    bron: aa
    ontvanger: b
    doel: zrog
    signaal: { sterkte: hard, rol: slachtoffer }
    verwacht:
      besluit: toegestaan
      gegevens: [bestaan]
      regels: [a-c]
      grondslagen: [g2]
`);
    expect(r.resultaten).toEqual([]);
    expect(r.fouten).toEqual([
      {
        bestand: 'tests/t.yaml',
        regel: 3,
        kolom: 11,
        melding: "Onbekende partner 'aa'. Bedoelt u 'a'?",
      },
      {
        bestand: 'tests/t.yaml',
        regel: 5,
        kolom: 11,
        melding: "Onbekend doel 'zrog'. Bedoelt u 'zorg'?",
      },
      {
        bestand: 'tests/t.yaml',
        regel: 10,
        kolom: 16,
        melding: "Onbekende regel 'a-c'. Bedoelt u 'a-b'?",
      },
      {
        bestand: 'tests/t.yaml',
        regel: 11,
        kolom: 21,
        melding: "Onbekende grondslag 'g2'. Bedoelt u 'g1'?",
      },
    ]);
  });

  it("requires gegevens, regels and grondslagen for 'toegestaan'", () => {
    const r = scenario(`${HARD}    verwacht: { besluit: toegestaan, gegevens: [bestaan] }
`);
    expect(r.fouten.map((f) => [f.regel, f.melding])).toEqual([
      [7, "Bij besluit 'toegestaan' hoort 'regels:': noem precies wat het beleid moet opleveren."],
      [
        7,
        "Bij besluit 'toegestaan' hoort 'grondslagen:': noem precies wat het beleid moet opleveren.",
      ],
    ]);
  });

  it('reports a schema error in a scenario file in Dutch', () => {
    const r =
      scenario(`${HARD.replace('sterkte: hard', 'sterkte: heel-hard')}    verwacht: { besluit: geweigerd }
`);
    expect(r.fouten).toHaveLength(1);
    expect(r.fouten[0]).toMatchObject({ bestand: 'tests/t.yaml', regel: 6 });
    expect(r.fouten[0]?.melding).toMatch(
      /^Onbekende sterkte 'heel-hard'\. .*Kies uit: zacht, hard\./,
    );
  });
});

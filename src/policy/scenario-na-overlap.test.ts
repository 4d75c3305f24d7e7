/**
 * Scenarios for the questions after the match (issue 16): an overdracht, the answers to one,
 * a status and a request for terugkoppeling, run by the same runner as a verstrekking, on a
 * small set; coverage counts `overdragen` rules.
 */
import { describe, expect, it } from 'vitest';
import type { BeleidBestand } from './bestanden.js';
import { laadBeleid } from './laad.js';
import { voerScenariosUit } from './scenarios.js';

const SET: BeleidBestand[] = [
  {
    pad: 'partners.yaml',
    tekst: `partners:
  - { id: a, naam: A, soort: gemeente, contact: { email: a@a.example }, gemeenten: [GM0402] }
  - { id: b, naam: B, soort: zorgcoordinatie, contact: { email: b@b.example }, gemeenten: [GM0402] }
  - { id: d, naam: D, soort: veilig-thuis, contact: { email: d@d.example }, gemeenten: [GM0402] }
`,
  },
  { pad: 'doelen.yaml', tekst: 'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: Zorg. }\n' },
  {
    pad: 'grondslagen.yaml',
    tekst: `grondslagen:
  - { id: g1, titel: T, wet: W, artikel: a1, link: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', toelichting: T }
  - { id: g2, titel: T, wet: W, artikel: a2, link: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj', toelichting: T }
`,
  },
  {
    pad: 'regels/a.yaml',
    tekst: `partner: a
bewaartermijnen: { zacht: 12 }
ontvangen:
  - { doel: zorg, grondslagen: [g1] }
overdragen:
  - { id: a-b, titel: A aan B, uitleg: U, aan: [b, d], doelen: [zorg], gegevens: [sterkte, referentie], grondslagen: [g2] }
`,
  },
  {
    pad: 'regels/b.yaml',
    tekst: `partner: b
bewaartermijnen: { zacht: 12 }
ontvangen:
  - { doel: zorg, grondslagen: [g1] }
verstrekken:
  - { id: b-a, titel: B aan A, uitleg: U, aan: [a], doelen: [zorg], gegevens: [bestaan, terugkoppeling], statussen: [afgesloten], grondslagen: [g1] }
`,
  },
  {
    pad: 'regels/d.yaml',
    tekst: `partner: d
bewaartermijnen: { hard: 12 }
ontvangen:
  - { doel: zorg, grondslagen: [g2] }
verstrekken:
  - { id: d-a, titel: D aan A, uitleg: U, aan: [a], doelen: [zorg], gegevens: [bestaan, partner], grondslagen: [g1] }
`,
  },
];
const beleid = laadBeleid(SET);

const run = (tekst: string) =>
  voerScenariosUit(beleid, [...SET, { pad: 'tests/t.yaml', tekst: `scenarios:\n${tekst}` }]);

const vraag = (soort: string, extra = '') => `  - naam: vraag
    soort: ${soort}
${extra}    bron: a
    ontvanger: b
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
`;

describe('scenarios after the match', () => {
  it('an overdracht: exact gegevens, rules and grondslagen of both keys; coverage counts it', () => {
    const r = run(`${vraag('overdracht')}    verwacht:
      besluit: toegestaan
      gegevens: [sterkte, referentie]
      regels: [a-b]
      grondslagen: [g1, g2]
`);
    expect(r.fouten).toEqual([]);
    expect(r.resultaten.map((x) => [x.geslaagd, x.verschillen])).toEqual([[true, []]]);
    expect(r.aantalRegels).toBe(3);
    expect(r.ongedekt.map((o) => o.id)).toEqual(['b-a', 'd-a']);
  });

  it('an overdracht scenario that expects too much fails and says what differs', () => {
    const r = run(`${vraag('overdracht')}    verwacht:
      besluit: toegestaan
      gegevens: [uitbuitingsvorm, sterkte, referentie]
      regels: [a-b]
      grondslagen: [g2]
`);
    expect(r.resultaten[0]?.verschillen).toEqual([
      'gegevens: verwacht [referentie, sterkte, uitbuitingsvorm], kreeg [referentie, sterkte]',
      'grondslagen: verwacht [g2], kreeg [g1, g2]',
    ]);
  });

  it('doorgezet names D to A only where D grants partner toward A', () => {
    const naarD = run(`${vraag('antwoord', '    antwoord: doorgezet\n    naar: d\n')}    verwacht:
      besluit: toegestaan
      gegevens: [sterkte, referentie]
      regels: [a-b]
      grondslagen: [g2]
      genoemd: false
`);
    expect(naarD.resultaten[0]?.verschillen).toEqual(['genoemd: verwacht false, kreeg true']);
  });

  it('aangenomen needs a bewaartermijn for the sterkte', () => {
    const r = run(`  - naam: D neemt aan
    soort: antwoord
    antwoord: aangenomen
    bron: a
    ontvanger: d
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
    verwacht: { besluit: toegestaan, grondslagen: [g2] }
`);
    expect(r.resultaten[0]?.verschillen[0]).toMatch(
      /^verwacht 'toegestaan', maar het besluit is 'geweigerd': .*geen bewaartermijn voor zachte signalen/,
    );
  });

  it('a status the rule narrows away is hidden, with its reason', () => {
    const status = (s: string, verwacht: string) =>
      run(`  - naam: status
    soort: status
    status: ${s}
    bron: b
    ontvanger: a
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
    verwacht: ${verwacht}
`).resultaten[0];
    expect(
      status(
        'afgesloten',
        '{ besluit: toegestaan, regels: [b-a], grondslagen: [g1], genoemd: false }',
      )?.geslaagd,
    ).toBe(true);
    expect(
      status('hulp_gestart', '{ besluit: geweigerd, reden: status-verborgen }')?.geslaagd,
    ).toBe(true);
    expect(
      status('hulp_gestart', '{ besluit: toegestaan, regels: [b-a], grondslagen: [g1] }')
        ?.verschillen[0],
    ).toMatch(
      /^verwacht 'toegestaan', maar het besluit is 'geweigerd': Niet zichtbaar \(status-verborgen\)/,
    );
  });

  it('a request for terugkoppeling reaches the owner only under a rule granting terugkoppeling', () => {
    const r = run(`  - naam: A vraagt B
    soort: terugkoppelingsvraag
    bron: b
    ontvanger: a
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
    verwacht: { besluit: toegestaan, regels: [b-a], grondslagen: [g1] }
  - naam: A vraagt D
    soort: terugkoppelingsvraag
    bron: d
    ontvanger: a
    doel: zorg
    signaal: { sterkte: hard, rol: slachtoffer }
    verwacht: { besluit: geweigerd, reden: geen-terugkoppeling }
`);
    expect(r.fouten).toEqual([]);
    expect(r.resultaten.map((x) => x.verschillen)).toEqual([[], []]);
  });

  it('a ketenrol must be one partners.yaml names, and only for an overdracht', () => {
    const r = run(`  - naam: aan de rol
    soort: overdracht
    bron: a
    ketenrol: meldpunt
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
    verwacht: { besluit: geweigerd }
  - naam: beide
    bron: a
    ontvanger: b
    ketenrol: meldpunt
    doel: zorg
    signaal: { sterkte: zacht, rol: slachtoffer }
    verwacht: { besluit: geweigerd }
`);
    expect(r.resultaten).toEqual([]);
    expect(r.fouten.map((f) => [f.regel, f.melding])).toEqual([
      [5, "Onbekende ketenrol 'meldpunt'. partners.yaml noemt geen ketenrollen."],
      [
        10,
        "Noem de ontvanger met 'ontvanger' of, bij een overdracht, met 'ketenrol': precies een van beide.",
      ],
    ]);
  });

  it('fields of the wrong kind are errors at their line', () => {
    const r = run(`${vraag('status')}    verwacht: { besluit: geweigerd, melden: true }
${vraag('overdracht', '    naar: d\n')}    verwacht: { besluit: toegestaan, gegevens: [contact], regels: [a-b], grondslagen: [g1, g2] }
`);
    expect(r.resultaten).toEqual([]);
    expect(r.fouten.map((f) => [f.regel, f.melding])).toEqual([
      [3, "Bij soort 'status' hoort 'status:', de status die de bron zet."],
      [8, "'melden' hoort alleen bij een verstrekking."],
      [11, "'naar' hoort alleen bij antwoord 'doorgezet'."],
      [
        16,
        "'contact' is geen gegeven van een overdracht. Kies uit: uitbuitingsvorm, sterkte, rol, sinds, referentie.",
      ],
    ]);
  });
});

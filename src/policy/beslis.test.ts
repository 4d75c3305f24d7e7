import { describe, expect, it } from 'vitest';
import type { Beleid, Vraag } from './beleid.js';
import { beslis } from './beslis.js';
import type { Uitbuitingsvorm } from './categorieen.js';
import { laadBeleid } from './laad.js';

const partner = (id: string, soort: string) =>
  `  - { id: ${id}, naam: ${id}, soort: ${soort}, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const grondslag = (id: string) =>
  `  - { id: ${id}, titel: ${id}, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n`;

const beleid = laadBeleid([
  {
    pad: 'partners.yaml',
    tekst: `partners:\n${partner('a', 'veilig-thuis')}${partner('b', 'gemeente')}${partner('c', 'gemeente')}${partner('p', 'politie')}`,
  },
  {
    pad: 'doelen.yaml',
    tekst:
      'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n  - { id: signalering, titel: S, omschrijving: x }\n',
  },
  {
    pad: 'grondslagen.yaml',
    tekst: `grondslagen:\n${grondslag('g1')}${grondslag('g2')}${grondslag('g3')}`,
  },
  {
    pad: 'regels/a.yaml',
    tekst: `partner: a
bewaartermijnen: { zacht: 6, hard: 24 }
ontvangen:
  - { doel: signalering, grondslagen: [g1] }
verstrekken:
  - { id: r1, titel: R1, uitleg: x, aan: [b], doelen: [zorg], gegevens: [partner], grondslagen: [g2] }
  - id: r2
    titel: R2
    uitleg: x
    aan: ['soort:gemeente']
    doelen: [zorg]
    wanneer: { uitbuitingsvormen: [arbeidsuitbuiting, draagmoederschap], sterkte: [hard] }
    gegevens: [contact, sterkte]
    grondslagen: [g1]
    melden: true
verboden:
  - { id: v1, titel: Geen werkgevers, uitleg: x, aan: ['*'], wanneer: { rol: [werkgever] }, grondslagen: [g3, g1] }
`,
  },
  {
    pad: 'regels/b.yaml',
    tekst: 'partner: b\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n',
  },
]);

function vraag(
  bron: string,
  ontvanger: string,
  doel: string,
  uitbuitingsvormen: Uitbuitingsvorm[] = ['arbeidsuitbuiting'],
  sterkte: 'zacht' | 'hard' = 'hard',
  rol: 'slachtoffer' | 'werkgever' = 'slachtoffer',
): Vraag {
  return { bron, ontvanger, doel, signaal: { uitbuitingsvormen, sterkte, rol } };
}

describe('beslis', () => {
  it('allows with the union of all matching rules and both keys', () => {
    expect(beslis(beleid, vraag('a', 'b', 'zorg'))).toEqual({
      toegestaan: true,
      gegevens: ['bestaan', 'partner', 'contact', 'sterkte'],
      melden: true,
      regels: ['r1', 'r2'],
      grondslagen: ['g1', 'g2'],
      reden:
        "Toegestaan: de regels 'r1', 'r2' van a staan verstrekking aan b toe en b mag ontvangen voor doel 'zorg'.",
    });
  });

  it('applies conditions: a soft signal only matches the rule without conditions', () => {
    const b = beslis(beleid, vraag('a', 'b', 'zorg', ['arbeidsuitbuiting'], 'zacht'));
    expect(b).toMatchObject({
      toegestaan: true,
      gegevens: ['bestaan', 'partner'],
      melden: false,
      regels: ['r1'],
    });
  });

  it('matches uitbuitingsvormen on any overlap and never on an empty list', () => {
    const beide = vraag('a', 'b', 'zorg', ['seksuele_uitbuiting', 'draagmoederschap']);
    expect(beslis(beleid, beide).regels).toEqual(['r1', 'r2']);
    expect(beslis(beleid, vraag('a', 'b', 'zorg', [])).regels).toEqual(['r1']);
  });

  it('denies when the recipient lacks the second key', () => {
    const b = beslis(beleid, vraag('a', 'c', 'zorg'));
    expect(b).toMatchObject({
      toegestaan: false,
      gegevens: [],
      regels: ['standaard-weigering'],
      grondslagen: [],
    });
    expect(b.reden).toMatch(
      /regel 'r2' van a staat het toe, maar c mag .* \(tweede sleutel ontbreekt\)/,
    );
  });

  it('lets a verbod override every allow, with its own grondslagen', () => {
    expect(
      beslis(beleid, vraag('a', 'b', 'zorg', ['arbeidsuitbuiting'], 'hard', 'werkgever')),
    ).toMatchObject({
      toegestaan: false,
      gegevens: [],
      melden: false,
      regels: ['v1'],
      grondslagen: ['g1', 'g3'],
    });
  });

  it('denies by default, saying which key is missing', () => {
    expect(beslis(beleid, vraag('b', 'a', 'signalering')).reden).toMatch(
      /\(eerste sleutel ontbreekt\)/,
    );
    expect(beslis(beleid, vraag('p', 'c', 'zorg')).reden).toMatch(/\(beide sleutels ontbreken\)/);
    expect(beslis(beleid, vraag('p', 'c', 'zorg')).regels).toEqual(['standaard-weigering']);
  });

  it('never discloses to the source itself, nor with unknown partners or doelen', () => {
    for (const v of [
      vraag('a', 'a', 'zorg'),
      vraag('a', 'x', 'zorg'),
      vraag('x', 'b', 'zorg'),
      vraag('a', 'b', 'onbekend'),
    ]) {
      expect(beslis(beleid, v)).toMatchObject({
        toegestaan: false,
        regels: ['standaard-weigering'],
      });
    }
  });

  it('returns one shared frozen Besluit for equal outcomes', () => {
    const eerste = beslis(beleid, vraag('a', 'b', 'zorg'));
    const tweede = beslis(
      beleid,
      vraag('a', 'b', 'zorg', ['draagmoederschap', 'arbeidsuitbuiting']),
    );
    const anders = beslis(beleid, vraag('a', 'b', 'zorg', ['seksuele_uitbuiting']));
    expect(tweede).toBe(eerste);
    expect(anders).not.toBe(eerste);
    expect(Object.isFrozen(eerste) && Object.isFrozen(eerste.gegevens)).toBe(true);
  });

  it('refuses a Beleid that laadBeleid did not make', () => {
    const { hash, bestanden, partners, doelen, grondslagen, uitgesloten, regels, ontvangen } =
      beleid;
    const nep: Beleid = {
      hash,
      bestanden,
      regels,
      ontvangen,
      partners,
      doelen,
      grondslagen,
      uitgesloten,
      pseudoniemen: beleid.pseudoniemen,
      bewaartermijnMaanden: () => 12,
      magOntvangen: () => true,
      quota: () => undefined,
    };
    expect(() => beslis(nep, vraag('a', 'b', 'zorg'))).toThrow(/niet met laadBeleid/);
  });

  it('exposes retention and the second key', () => {
    expect(beleid.bewaartermijnMaanden('a', 'hard')).toBe(24);
    expect(beleid.bewaartermijnMaanden('b', 'hard')).toBeUndefined();
    expect(beleid.magOntvangen('b', 'zorg')).toBe(true);
    expect(beleid.magOntvangen('c', 'zorg')).toBe(false);
  });
});

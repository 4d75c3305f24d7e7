/** beleid check warns about regie and stapelregels that can never act (issue 17). */
import { describe, expect, it } from 'vitest';
import { controleerBeleid } from './controle.js';

const partner = (id: string) =>
  `  - { id: ${id}, naam: Partner ${id}, soort: gemeente, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const basis = (partners: string) => [
  { pad: 'partners.yaml', tekst: `${partners}partners:\n${partner('a')}${partner('b')}` },
  {
    pad: 'doelen.yaml',
    tekst:
      'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n  - { id: signalering, titel: S, omschrijving: x }\n',
  },
  {
    pad: 'grondslagen.yaml',
    tekst:
      "grondslagen:\n  - { id: g1, titel: g1, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n",
  },
  {
    pad: 'regels/a.yaml',
    tekst:
      'partner: a\nbewaartermijnen: { zacht: 6, hard: 24 }\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n',
  },
];
const stapel = (aan: string, doel: string) => ({
  pad: 'stapelregels.yaml',
  tekst: `stapelregels:\n  - { id: s1, titel: T, uitleg: x, sterkte: [zacht], minimaal: 3, partners: 2, maanden: 12, aan: ${aan}, doel: ${doel}, gegevens: [] }\n`,
});
const meldingen = (bestanden: Array<{ pad: string; tekst: string }>) =>
  controleerBeleid(bestanden).waarschuwingen.map((w) => w.melding);

describe('waarschuwingen over regie en stapelregels', () => {
  it('een standaardregisseur die voor zijn doel niet mag ontvangen', () => {
    expect(meldingen(basis('regisseurs: { signalering: a }\n')).join('\n')).toMatch(
      /regisseur 'a' voor doel 'signalering' mag voor dat doel niet ontvangen/,
    );
    expect(meldingen(basis('regisseurs: { zorg: a }\n')).join('\n')).not.toMatch(/regisseur/);
  });

  it('een stapelregel naar een ontvanger die voor het doel niet mag ontvangen, of naar een lege rol', () => {
    expect(meldingen([...basis(''), stapel('a', 'signalering')]).join('\n')).toMatch(
      /Stapelregel 's1' gaat nooit af: 'a' mag voor doel 'signalering' niet ontvangen/,
    );
    expect(
      meldingen([...basis('ketenrollen: { meldpunt: null }\n'), stapel('meldpunt', 'zorg')]).join(
        '\n',
      ),
    ).toMatch(/niemand vervult de ketenrol 'meldpunt'/);
    expect(meldingen([...basis(''), stapel('a', 'zorg')]).join('\n')).not.toMatch(/Stapelregel/);
  });
});

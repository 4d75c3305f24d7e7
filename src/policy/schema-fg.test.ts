import { describe, expect, it } from 'vitest';
import { BeleidFout, type BeleidMelding } from './beleid-fout.js';
import type { BeleidBestand } from './bestanden.js';
import { laadBeleid } from './laad.js';

const BASIS: Record<string, string> = {
  'partners.yaml': `partners:
  - { id: a, naam: A, soort: politie, contact: { email: a@a.example }, gemeenten: [GM0402] }
  - { id: b, naam: B, soort: gemeente, contact: { email: b@b.example }, gemeenten: [GM0406] }
`,
  'doelen.yaml': `doelen:
  - { id: opsporing, titel: Opsporing, omschrijving: Onderzoek. }
`,
  'grondslagen.yaml': `grondslagen:
  - { id: g1, titel: Taak, wet: Wet, artikel: art. 1, link: 'https://wetten.overheid.nl/x', toelichting: Test. }
  - { id: uavg-41, titel: Beperking, wet: UAVG, artikel: art. 41, link: 'https://wetten.overheid.nl/y', toelichting: Test. }
`,
  'regels/a.yaml': `partner: a
bewaartermijnen: { hard: 60 }
ontvangen:
  - { doel: opsporing, grondslagen: [g1] }
verstrekken:
  - id: a-naar-b
    titel: A naar B
    uitleg: Omdat het mag.
    aan: [b]
    doelen: [opsporing]
    gegevens: [bestaan]
    grondslagen: [g1]
    inzagebeperking:
      grondslagen: [uavg-41]
      uitleg: Een lopend onderzoek mag niet uitlekken.
verboden:
  - id: a-nooit
    titel: Nooit
    uitleg: Nooit.
    aan: ['*']
    grondslagen: [g1]
`,
};

function set(extra: Record<string, string> = {}): BeleidBestand[] {
  return Object.entries({ ...BASIS, ...extra }).map(([pad, tekst]) => ({ pad, tekst }));
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

describe('inzagebeperking op een regel', () => {
  it('komt per regel-id in het beleid, alleen voor regels die hem hebben', () => {
    const beleid = laadBeleid(set());
    expect(beleid.inzagebeperkingen?.get('a-naar-b')).toEqual({
      grondslagen: ['uavg-41'],
      uitleg: 'Een lopend onderzoek mag niet uitlekken.',
    });
    expect(beleid.inzagebeperkingen?.has('a-nooit')).toBe(false);
  });

  it('meldt een onbekende grondslag van de beperking met regel en kolom', () => {
    const regels = BASIS['regels/a.yaml']!.replace('[uavg-41]', '[uavg-42]');
    const [f, ...rest] = fouten(set({ 'regels/a.yaml': regels }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ bestand: 'regels/a.yaml', regel: 14 });
    expect(f!.melding).toContain("Onbekende grondslag 'uavg-42'");
  });
});

describe('logboek.yaml', () => {
  it('zet de bewaartermijn van het logboek; zonder bestand is er geen', () => {
    expect(
      laadBeleid(set({ 'logboek.yaml': 'bewaartermijn: 84\n' })).logboekBewaartermijnMaanden,
    ).toBe(84);
    expect(laadBeleid(set()).logboekBewaartermijnMaanden).toBeUndefined();
  });

  it('weigert een logboektermijn korter dan de langste bewaartermijn van signalen', () => {
    const [f, ...rest] = fouten(set({ 'logboek.yaml': 'bewaartermijn: 24\n' }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ bestand: 'logboek.yaml', regel: 1 });
    expect(f!.melding).toContain('kies minstens 60 maanden');
  });

  it('weigert een bewaartermijn die geen heel aantal maanden is', () => {
    const [f] = fouten(set({ 'logboek.yaml': 'bewaartermijn: 6.5\n' }));
    expect(f!.melding).toContain('heel getal');
  });
});

/** Werkdagen after the Algemene termijnenwet (issue 17): feestdagen, Easter, decree, zone. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamseDatum, feestdagen, isWerkdag, pasen, verstrijkt } from './werkdagen.js';

describe('feestdagen', () => {
  it('berekent Pasen en de dagen die ervan afhangen', () => {
    expect(pasen(2026)).toEqual([4, 5]);
    expect(pasen(2027)).toEqual([3, 28]);
    expect(pasen(2038)).toEqual([4, 25]);
    const f = feestdagen(2026);
    expect(f.get('2026-04-03')).toBe('Goede Vrijdag');
    expect(f.get('2026-04-06')).toBe('tweede Paasdag');
    expect(f.get('2026-05-14')).toBe('Hemelvaartsdag');
    expect(f.get('2026-05-25')).toBe('tweede Pinksterdag');
  });

  it('Koningsdag op zondag valt op de 26e; 5 mei elk jaar', () => {
    expect(feestdagen(2025).has('2025-04-26')).toBe(true); // 27 April 2025 was a Sunday
    expect(feestdagen(2026).has('2026-04-27')).toBe(true);
    for (const jaar of [2025, 2026, 2027]) expect(feestdagen(jaar).has(`${jaar}-05-05`)).toBe(true);
  });

  it('weekend, feestdag en een gelijkgestelde dag zijn geen werkdag', () => {
    expect(isWerkdag('2026-04-28', [])).toBe(true);
    expect(isWerkdag('2026-04-25', [])).toBe(false);
    expect(isWerkdag('2026-04-27', [])).toBe(false);
    const besluit = [
      { datum: '2026-04-28', bron: 'Besluit (voorbeeld)', vastgesteld: '2026-01-01' },
    ];
    expect(isWerkdag('2026-04-28', besluit)).toBe(false);
  });
});

describe('verstrijkt', () => {
  it('over Koningsdag: twee werkdagen vanaf vrijdag 24 april zijn dinsdag en woensdag', () => {
    const t = verstrijkt(Date.parse('2026-04-24T10:00:00Z'), 2, []);
    // The start of Thursday 30 April in Amsterdam (summer time, UTC+2).
    expect(new Date(t).toISOString()).toBe('2026-04-29T22:00:00.000Z');
  });

  it('over Pasen: één werkdag vanaf donderdag 2 april is dinsdag 7 april', () => {
    const t = verstrijkt(Date.parse('2026-04-02T12:00:00Z'), 1, []);
    expect(new Date(t).toISOString()).toBe('2026-04-07T22:00:00.000Z');
  });

  it('telt in Amsterdamse dagen: 23:30 UTC op 31 december is al 1 januari', () => {
    expect(amsterdamseDatum(Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // From Friday 1 January 2027 (a feestdag): Monday 4 January is the first werkdag.
    const t = verstrijkt(Date.parse('2026-12-31T23:30:00Z'), 1, []);
    expect(new Date(t).toISOString()).toBe('2027-01-04T23:00:00.000Z');
  });

  it('onthoudt per uur zonder iets te veranderen, ook over de wisseling van zomertijd', () => {
    const gelijkgesteld = [
      { datum: '2027-05-07', bron: 'Besluit (verzonnen)', vastgesteld: '2026-11-01' },
    ];
    const van = Date.parse('2026-01-01T00:00:00Z');
    const tot = Date.parse('2028-12-31T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: van, max: tot }), fc.integer({ min: 1, max: 15 }), (t, n) => {
        // A fresh list is a fresh memory: what it computes is what the kept one must answer.
        expect(verstrijkt(t, n, gelijkgesteld)).toBe(verstrijkt(t, n, [...gelijkgesteld]));
      }),
      { seed: 17, numRuns: 2000 },
    );
    // Around the change to winter time (25 October 2026, 01:00 UTC) both days stay apart.
    const voor = Date.parse('2026-10-24T21:59:59Z');
    const na = Date.parse('2026-10-24T22:00:00Z');
    expect(amsterdamseDatum(voor)).toBe('2026-10-24');
    expect(amsterdamseDatum(na)).toBe('2026-10-25');
    // From Sunday 25 October one werkdag (Monday) ends at the start of Tuesday, in winter time.
    expect(new Date(verstrijkt(na, 1, gelijkgesteld)).toISOString()).toBe(
      '2026-10-26T23:00:00.000Z',
    );
  });
});

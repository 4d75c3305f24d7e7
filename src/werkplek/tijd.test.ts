import { describe, expect, it } from 'vitest';
import { amsterdamseTijd, tijdstip, vanAmsterdamseTijd } from './tijd.js';

describe('tijden in Europe/Amsterdam', () => {
  it('toont wintertijd (UTC+1) en zomertijd (UTC+2) in het Nederlands', () => {
    expect(tijdstip(Date.parse('2026-03-02T09:00:00Z'))).toBe('2 maart 2026 om 10:00:00');
    expect(tijdstip(Date.parse('2026-07-01T22:30:05Z'))).toBe('2 juli 2026 om 00:30:05');
  });

  it('leest een ingetypte Amsterdamse tijd terug naar hetzelfde moment', () => {
    const ms = Date.parse('2026-10-25T00:30:00Z');
    expect(amsterdamseTijd(ms)).toBe('2026-10-25T02:30');
    expect(vanAmsterdamseTijd('2026-03-02T10:00')).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(vanAmsterdamseTijd('2026-07-02T00:30')).toBe(Date.parse('2026-07-01T22:30:00Z'));
  });

  it('weigert een tijd die in Amsterdam niet bestaat of geen tijd is', () => {
    // 29 March 2026 02:30 is skipped: the clocks go from 02:00 to 03:00.
    expect(vanAmsterdamseTijd('2026-03-29T02:30')).toBeUndefined();
    expect(vanAmsterdamseTijd('gisteren')).toBeUndefined();
    expect(vanAmsterdamseTijd('')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { maandVan } from './perioden.js';

describe('maandVan', () => {
  it('wisselt van maand op het uur dat het in Amsterdam middernacht is, ook na een eerder antwoord in hetzelfde uur', () => {
    // Summer time (UTC+2): April begins at 22:00 UTC on 31 March.
    expect(maandVan(Date.parse('2026-03-31T21:00:00.000Z'))).toBe('2026-03');
    expect(maandVan(Date.parse('2026-03-31T21:59:59.999Z'))).toBe('2026-03');
    expect(maandVan(Date.parse('2026-03-31T22:00:00.000Z'))).toBe('2026-04');
    expect(maandVan(Date.parse('2026-03-31T21:30:00.000Z'))).toBe('2026-03');
    // Winter time (UTC+1): January begins at 23:00 UTC on 31 December.
    expect(maandVan(Date.parse('2026-12-31T22:59:59.999Z'))).toBe('2026-12');
    expect(maandVan(Date.parse('2026-12-31T23:00:00.000Z'))).toBe('2027-01');
    expect(maandVan(Date.parse('2026-12-31T23:59:59.999Z'))).toBe('2027-01');
  });
});

import { describe, expect, it } from 'vitest';
import { leesTijdstip } from './tijdstip.js';

describe('leesTijdstip', () => {
  it('reads a date as 00:00 Dutch time, in winter and in summer time', () => {
    expect(leesTijdstip('2026-01-15')).toBe(Date.parse('2026-01-14T23:00:00Z'));
    expect(leesTijdstip('2026-07-01')).toBe(Date.parse('2026-06-30T22:00:00Z'));
    // The days of the switches: midnight is still before it.
    expect(leesTijdstip('2026-03-29')).toBe(Date.parse('2026-03-28T23:00:00Z'));
    expect(leesTijdstip('2026-03-30')).toBe(Date.parse('2026-03-29T22:00:00Z'));
    expect(leesTijdstip('2026-10-25')).toBe(Date.parse('2026-10-24T22:00:00Z'));
    expect(leesTijdstip('2026-10-26')).toBe(Date.parse('2026-10-25T23:00:00Z'));
  });

  it('reads a time only with its time zone', () => {
    expect(leesTijdstip('2026-03-01T09:00:00+01:00')).toBe(Date.parse('2026-03-01T08:00:00Z'));
    expect(leesTijdstip('2026-03-01T08:00Z')).toBe(Date.parse('2026-03-01T08:00:00Z'));
    expect(leesTijdstip('2026-03-01T09:00:00')).toBeUndefined();
  });

  it('refuses what is no day or no moment', () => {
    for (const fout of [
      '2026-02-30',
      '2026-13-01',
      '1 maart',
      '',
      '111222333',
      '2026-03-01T25:00Z',
    ])
      expect(leesTijdstip(fout), fout).toBeUndefined();
  });
});

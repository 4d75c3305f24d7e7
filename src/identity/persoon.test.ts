import { describe, expect, it } from 'vitest';
import { normaliseerPersoon } from './persoon.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerPersoon(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'persoon', code }),
  );

describe('normaliseerPersoon', () => {
  it.each([
    ['Jansen|1990-01-03', 'jansen|1990-01-03'],
    ['Jansen|03-01-1990', 'jansen|1990-01-03'],
    ['Jansen|03/01/1990', 'jansen|1990-01-03'],
    ['Jansen|03.01.1990', 'jansen|1990-01-03'],
    ['Jansen|3-1-1990', 'jansen|1990-01-03'],
    ['Jansen|1990-1-3', 'jansen|1990-01-03'],
    [' van der Berg | 1985-12-31 ', 'berg|1985-12-31'],
    ['Van|01-02-1980', 'van|1980-02-01'],
    ['Müller|29-02-2000', 'muller|2000-02-29'],
    ['Oud|29-02-1804', 'oud|1804-02-29'],
    ['Toekomst|01-01-2999', 'toekomst|2999-01-01'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerPersoon(invoer)).toBe(canoniek);
  });

  it('the date is read day first, never month first', () => {
    expect(normaliseerPersoon('Jansen|02/03/1990')).toBe('jansen|1990-03-02');
  });

  it.each([
    ['', 'persoon-leeg'],
    ['Jansen', 'persoon-formaat'],
    ['Jansen|1990-01-03|extra', 'persoon-formaat'],
    ['|1990-01-03', 'persoon-achternaam-leeg'],
    ['--|1990-01-03', 'persoon-achternaam-leeg'],
    ['Jansen|', 'persoon-datum-formaat'],
    ['Jansen|1990/01/03', 'persoon-datum-formaat'],
    ['Jansen|03-01/1990', 'persoon-datum-formaat'],
    ['Jansen|03-01-90', 'persoon-datum-formaat'],
    ['Jansen|3 januari 1990', 'persoon-datum-formaat'],
    ['Jansen|2023-02-29', 'persoon-datum-ongeldig'],
    ['Jansen|1900-02-29', 'persoon-datum-ongeldig'],
    ['Jansen|1990-13-01', 'persoon-datum-ongeldig'],
    ['Jansen|1990-00-10', 'persoon-datum-ongeldig'],
    ['Jansen|31-04-1990', 'persoon-datum-ongeldig'],
    ['Jansen|00-01-1990', 'persoon-datum-ongeldig'],
    ['Jansen|01-01-1799', 'persoon-datum-ongeldig'],
  ])('refuses %j with %s', gooit);
});

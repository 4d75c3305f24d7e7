import { describe, expect, it } from 'vitest';
import { normaliseerAdres } from './adres.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerAdres(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'adres', code }),
  );

describe('normaliseerAdres', () => {
  it.each([
    ['1234AB|12|A', '1234AB|12|A'],
    ['1234AB|12', '1234AB|12|'],
    ['1234AB|12|', '1234AB|12|'],
    ['1234 ab|12', '1234AB|12|'],
    [' 1234  Ab | 12 | a ', '1234AB|12|A'],
    ['1234AB|012|', '1234AB|12|'],
    ['1234AB|12|-2', '1234AB|12|2'],
    ['1234AB|12|hs', '1234AB|12|HS'],
    ['1234AB|12|b 3', '1234AB|12|B3'],
    ['9999ZZ|99999|bis', '9999ZZ|99999|BIS'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerAdres(invoer)).toBe(canoniek);
  });

  it.each([
    ['', 'adres-leeg'],
    ['1234AB', 'adres-formaat'],
    ['1234AB|12|A|B', 'adres-formaat'],
    ['0234AB|12', 'adres-postcode'],
    ['123AB|12', 'adres-postcode'],
    ['1234A|12', 'adres-postcode'],
    ['1234-AB|12', 'adres-postcode'],
    ['|12', 'adres-postcode'],
    ['1234AB|', 'adres-huisnummer'],
    ['1234AB|0', 'adres-huisnummer'],
    ['1234AB|000', 'adres-huisnummer'],
    ['1234AB|100000', 'adres-huisnummer'],
    ['1234AB|12a', 'adres-huisnummer'],
    ['1234AB|-12', 'adres-huisnummer'],
    ['1234AB|12|1/2', 'adres-toevoeging'],
    ['1234AB|12|é', 'adres-toevoeging'],
  ])('refuses %j with %s', gooit);
});

import { describe, expect, it } from 'vitest';
import { normaliseerKenteken } from './kenteken.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerKenteken(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'kenteken', code }),
  );

describe('normaliseerKenteken', () => {
  it.each([
    ['AB-12-CD', 'AB12CD'],
    ['ab-12-cd', 'AB12CD'],
    [' 1 - ABC - 23 ', '1ABC23'],
    ['GXL.44.P', 'GXL44P'],
    ['B MW 1234', 'BMW1234'],
    ['12345678', '12345678'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerKenteken(invoer)).toBe(canoniek);
  });

  it.each([
    ['', 'kenteken-leeg'],
    ['- -', 'kenteken-leeg'],
    ['AB_12_CD', 'kenteken-tekens'],
    ['AB-12-ÇD', 'kenteken-tekens'],
    ['straße', 'kenteken-tekens'],
    ['ABC-123-DEF', 'kenteken-lengte'],
  ])('refuses %j with %s', gooit);
});

import { describe, expect, it } from 'vitest';
import { normaliseerKvk } from './kvk.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerKvk(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'kvk', code }),
  );

describe('normaliseerKvk', () => {
  it.each([
    ['12345678', '12345678'],
    [' 1234 5678 ', '12345678'],
    ['12.34.56.78', '12345678'],
    ['01234567', '01234567'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerKvk(invoer)).toBe(canoniek);
  });

  it.each([
    ['', 'kvk-leeg'],
    ['1234567', 'kvk-formaat'],
    ['123456789', 'kvk-formaat'],
    ['1234-5678', 'kvk-formaat'],
    ['1234567a', 'kvk-formaat'],
  ])('refuses %j with %s', gooit);
});

import { describe, expect, it } from 'vitest';
import { normaliseerIban } from './iban.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerIban(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'iban', code }),
  );

describe('normaliseerIban', () => {
  it.each([
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['nl91 abna 0417 1643 00', 'NL91ABNA0417164300'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['NO9386011117947', 'NO9386011117947'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerIban(invoer)).toBe(canoniek);
  });

  it.each([
    ['', 'iban-leeg'],
    ['NL91-ABNA-0417-1643-00', 'iban-formaat'],
    ['NL91ABNA041716', 'iban-formaat'],
    ['9191ABNA0417164300', 'iban-formaat'],
    ['NLAAABNA0417164300', 'iban-formaat'],
    [`NL91${'1'.repeat(31)}`, 'iban-formaat'],
    ['NL92ABNA0417164300', 'iban-controlegetal'],
    ['NL91ABNA0417164301', 'iban-controlegetal'],
    ['NL19ABNA0417164300', 'iban-controlegetal'],
  ])('refuses %j with %s', gooit);

  it('refuses check digits 00 and 01 even where 97 or 98 would be right', () => {
    // NL91ABNA0417164300 has 91; find the account where 98 is correct by brute force.
    const rekening = Array.from(
      { length: 1000 },
      (_, i) => `ABNA0417164${String(i).padStart(3, '0')}`,
    );
    const met98 = rekening.find((r) => {
      try {
        return normaliseerIban(`NL98${r}`) !== '';
      } catch {
        return false;
      }
    });
    expect(met98).toBeDefined();
    gooit(`NL01${met98}`, 'iban-controlegetal');
  });
});

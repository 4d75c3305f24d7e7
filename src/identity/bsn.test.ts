import { describe, expect, it } from 'vitest';
import { normaliseerBsn } from './bsn.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerBsn(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'bsn', code }),
  );

describe('normaliseerBsn', () => {
  it.each([
    ['111222333', '111222333'],
    ['123456782', '123456782'],
    ['111.222.333', '111222333'],
    [' 1112 22 333 ', '111222333'],
    ['1112-22-333', '111222333'],
    ['12345611', '012345611'],
    ['1234.56.11', '012345611'],
    ['\t999999990\n', '999999990'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerBsn(invoer)).toBe(canoniek);
  });

  it('is idempotent on its canonical form', () => {
    expect(normaliseerBsn(normaliseerBsn('12345611'))).toBe('012345611');
  });

  it.each([
    ['', 'bsn-leeg'],
    ['   ', 'bsn-leeg'],
    ['11122233a', 'bsn-tekens'],
    ['111/222/333', 'bsn-tekens'],
    ['+111222333', 'bsn-tekens'],
    ['1112223', 'bsn-lengte'],
    ['1112223330', 'bsn-lengte'],
    ['000000000', 'bsn-nullen'],
    ['00000000', 'bsn-nullen'],
    ['123456789', 'bsn-elfproef'],
    ['111222334', 'bsn-elfproef'],
    ['12345612', 'bsn-elfproef'],
  ])('refuses %j with %s', gooit);
});

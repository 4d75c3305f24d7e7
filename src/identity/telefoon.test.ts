import { describe, expect, it } from 'vitest';
import { normaliseerTelefoon } from './telefoon.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerTelefoon(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'telefoon', code }),
  );

describe('normaliseerTelefoon', () => {
  it.each([
    ['+31612345678', '+31612345678'],
    ['06-12345678', '+31612345678'],
    ['06 12 34 56 78', '+31612345678'],
    ['+31 (0)6 1234 5678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
    ['0031 (0)6-12345678', '+31612345678'],
    ['(020) 555 0123', '+31205550123'],
    ['(0)20 555 0123', '+31205550123'],
    ['020/5550123', '+31205550123'],
    ['+1 (555) 555-0100', '+15555550100'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+49.30.901820', '+4930901820'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerTelefoon(invoer)).toBe(canoniek);
  });

  it('the same number written in four ways gives one canonical form', () => {
    const vormen = ['06-12345678', '+31 (0)6 12345678', '0031612345678', '+31 6 1234 5678'];
    expect(new Set(vormen.map(normaliseerTelefoon)).size).toBe(1);
  });

  it.each([
    ['', 'telefoon-leeg'],
    ['06-1234567a', 'telefoon-tekens'],
    ['++31612345678', 'telefoon-tekens'],
    ['06 1234 5678 ext 12', 'telefoon-tekens'],
    ['31612345678', 'telefoon-begin'],
    ['612345678', 'telefoon-begin'],
    ['+31 06 12345678', 'telefoon-landcode'],
    ['0031 06 12345678', 'telefoon-landcode'],
    ['000031612345678', 'telefoon-landcode'],
    ['+3161234', 'telefoon-lengte'],
    ['061234', 'telefoon-lengte'],
    ['+31 6123456789012345', 'telefoon-lengte'],
  ])('refuses %j with %s', gooit);
});

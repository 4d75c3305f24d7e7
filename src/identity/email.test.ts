import { describe, expect, it } from 'vitest';
import { normaliseerEmail } from './email.js';

const gooit = (invoer: string, code: string) =>
  expect(() => normaliseerEmail(invoer)).toThrow(
    expect.objectContaining({ name: 'IdentiteitFout', soort: 'email', code }),
  );

describe('normaliseerEmail', () => {
  it.each([
    ['jan@voorbeeld.nl', 'jan@voorbeeld.nl'],
    ['  Jan.Jansen@Voorbeeld.NL ', 'jan.jansen@voorbeeld.nl'],
    ['INFO+Test@Example.ORG', 'info+test@example.org'],
    ['a@b', 'a@b'],
  ])('%j -> %s', (invoer, canoniek) => {
    expect(normaliseerEmail(invoer)).toBe(canoniek);
  });

  it('keeps dots and plus-addressing, which may mean different mailboxes', () => {
    expect(normaliseerEmail('j.an+x@voorbeeld.nl')).not.toBe(normaliseerEmail('jan@voorbeeld.nl'));
  });

  it.each([
    ['', 'email-leeg'],
    ['jan.voorbeeld.nl', 'email-apenstaart'],
    ['jan@@voorbeeld.nl', 'email-apenstaart'],
    ['jan@voorbeeld@nl', 'email-apenstaart'],
    ['@voorbeeld.nl', 'email-deel-leeg'],
    ['jan@', 'email-deel-leeg'],
    ['jan jansen@voorbeeld.nl', 'email-spatie'],
  ])('refuses %j with %s', gooit);
});

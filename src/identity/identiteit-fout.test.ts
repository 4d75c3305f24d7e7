import { describe, expect, it } from 'vitest';
import {
  IDENTITEIT_MELDINGEN,
  IdentiteitFout,
  type IdentiteitFoutCode,
} from './identiteit-fout.js';
import { isSoort } from './soorten.js';

describe('IdentiteitFout', () => {
  it('carries soort, code and the fixed message', () => {
    const fout = new IdentiteitFout('iban', 'iban-controlegetal');
    expect(fout).toBeInstanceOf(Error);
    expect(fout.name).toBe('IdentiteitFout');
    expect(fout.soort).toBe('iban');
    expect(fout.code).toBe('iban-controlegetal');
    expect(fout.message).toBe(IDENTITEIT_MELDINGEN['iban-controlegetal']);
  });

  it.each(Object.entries(IDENTITEIT_MELDINGEN))(
    '%s: prefix is a soort, message is a sentence',
    (code, melding) => {
      expect(isSoort(code.slice(0, code.indexOf('-')))).toBe(true);
      expect(melding).toMatch(/^[A-Z].*\.$/);
      expect(new IdentiteitFout('bsn', code as IdentiteitFoutCode).message).toBe(melding);
    },
  );
});

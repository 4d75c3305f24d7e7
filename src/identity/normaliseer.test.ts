import { describe, expect, it } from 'vitest';
import { IDENTITEIT_MELDINGEN, IdentiteitFout } from './identiteit-fout.js';
import { normaliseer } from './normaliseer.js';
import { SOORTEN, type Soort } from './soorten.js';

describe('normaliseer', () => {
  it.each([
    ['bsn', '1112.22.333', '111222333'],
    ['persoon', 'de Vries|5-6-1977', 'vries|1977-06-05'],
    ['telefoon', '06-12345678', '+31612345678'],
    ['adres', '1234 ab|5', '1234AB|5|'],
    ['email', 'Jan@Voorbeeld.nl', 'jan@voorbeeld.nl'],
    ['iban', 'nl91abna0417164300', 'NL91ABNA0417164300'],
    ['kvk', '1234 5678', '12345678'],
    ['kenteken', 'ab-12-cd', 'AB12CD'],
  ] satisfies [Soort, string, string][])('dispatches %s', (soort, invoer, canoniek) => {
    expect(normaliseer(soort, invoer)).toBe(canoniek);
  });

  it('covers every soort', () => {
    for (const soort of SOORTEN) {
      expect(() => normaliseer(soort, '')).toThrow(
        expect.objectContaining({ soort, code: `${soort}-leeg` }),
      );
    }
  });

  it('refuses an unknown soort with a TypeError, not an IdentiteitFout', () => {
    expect(() => normaliseer('paspoort' as Soort, 'X')).toThrow(TypeError);
  });

  it('treats a value that is not text as empty', () => {
    expect(() => normaliseer('bsn', 111222333 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'bsn-leeg' }),
    );
  });

  it('never puts the input in the message', () => {
    const geheim = '999999999';
    try {
      normaliseer('bsn', geheim);
      expect.unreachable();
    } catch (fout) {
      expect(fout).toBeInstanceOf(IdentiteitFout);
      expect((fout as IdentiteitFout).message).not.toContain(geheim);
      expect((fout as IdentiteitFout).message).toBe(IDENTITEIT_MELDINGEN['bsn-elfproef']);
    }
  });
});

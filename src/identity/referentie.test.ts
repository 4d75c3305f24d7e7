import { describe, expect, it } from 'vitest';
import { referentieBezwaar } from './referentie.js';

describe('referentieBezwaar', () => {
  it.each([['VT-2026-0042'], ['zaak-2017'], ['ABC123XYZ'], ['2026-0042']])(
    'laat het betekenisloze kenmerk %s toe',
    (ref) => {
      expect(referentieBezwaar(ref)).toBeUndefined();
    },
  );

  it.each([
    ['111222333', 'bsn'],
    ['ZAAK17', 'kenteken'],
    ['0612345678', 'telefoon'],
    ['06-55509876', 'telefoon'],
    ['NL91ABNA0417164300', 'iban'],
    ['AB-12-34', 'kenteken'],
    ['12ABC3', 'kenteken'],
    ['1-ABC-23', 'kenteken'],
    ['Jan Jansen', 'vorm'],
    ['a'.repeat(33), 'vorm'],
    ['', 'vorm'],
  ])('weigert %s als %s', (ref, bezwaar) => {
    expect(referentieBezwaar(ref)).toBe(bezwaar);
  });

  it('ziet een BSN dat de elfproef niet haalt niet als BSN', () => {
    expect(referentieBezwaar('111222334')).toBeUndefined();
  });
});

/**
 * base64url without padding: the hand-rolled encoder against Node's own, and the decoder
 * back, for every length and byte (property-based).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64url, vanBase64url } from './base64url.js';

describe('base64url', () => {
  it('is wat Buffer ervan maakt, en vanBase64url geeft de bytes terug', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const tekst = base64url(bytes);
        expect(tekst).toBe(Buffer.from(bytes).toString('base64url'));
        expect(vanBase64url(tekst)).toEqual(bytes);
      }),
      { seed: 13, numRuns: 2000 },
    );
  });

  it('de randen: leeg, één en twee bytes rest, alle tekens van het alfabet', () => {
    expect(base64url(new Uint8Array())).toBe('');
    expect(base64url(Uint8Array.of(0xff))).toBe('_w');
    expect(base64url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
    const alfabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    expect(base64url(vanBase64url(alfabet))).toBe(alfabet);
  });
});

import { describe, expect, it } from 'vitest';
import { base64url } from '../encoding/base64url.js';
import { IdentiteitFout } from '../identity/identiteit-fout.js';
import { SOORTEN } from '../identity/soorten.js';
import { PSEUDONIEM_PATROON, pseudoniem, pseudonimiseer } from './pseudoniem.js';

/** The public test key of test/vectors/pseudoniemen.json: bytes 0x00..0x1f. */
const TESTSLEUTEL = Uint8Array.from({ length: 32 }, (_, i) => i);

async function webCryptoHmac(sleutel: Uint8Array<ArrayBuffer>, tekst: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    'raw',
    sleutel,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return base64url(
    new Uint8Array(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(tekst))),
  );
}

describe('pseudoniem', () => {
  it('matches the published vector for bsn 111222333', () => {
    expect(pseudoniem(TESTSLEUTEL, 'bsn', '111222333')).toBe(
      'PGNys8Kh4R02CkTRSNy9oFa51qahEwK-931Xe3-BN6Y',
    );
  });

  it('is HMAC-SHA256 over "ketenpoort:v1:<soort>:<canoniek>", as Web Crypto computes it', async () => {
    for (const [soort, canoniek] of [
      ['bsn', '111222333'],
      ['persoon', 'muller|1990-01-03'],
      ['email', 'jan@voorbeeld.nl'],
    ] as const) {
      expect(pseudoniem(TESTSLEUTEL, soort, canoniek)).toBe(
        await webCryptoHmac(TESTSLEUTEL, `ketenpoort:v1:${soort}:${canoniek}`),
      );
    }
  });

  it('encodes the canonical form as UTF-8', async () => {
    expect(pseudoniem(TESTSLEUTEL, 'email', 'jürgen@voorbeeld.de')).toBe(
      await webCryptoHmac(TESTSLEUTEL, 'ketenpoort:v1:email:jürgen@voorbeeld.de'),
    );
  });

  it('gives 43 base64url characters', () => {
    for (const soort of SOORTEN) {
      expect(pseudoniem(TESTSLEUTEL, soort, 'x')).toMatch(PSEUDONIEM_PATROON);
    }
  });

  it('separates soorten, keys and values', () => {
    const basis = pseudoniem(TESTSLEUTEL, 'kvk', '12345678');
    expect(pseudoniem(TESTSLEUTEL, 'bsn', '12345678')).not.toBe(basis);
    expect(pseudoniem(TESTSLEUTEL, 'kvk', '12345679')).not.toBe(basis);
    const andereSleutel = TESTSLEUTEL.map((b) => b ^ 0xff);
    expect(pseudoniem(andereSleutel, 'kvk', '12345678')).not.toBe(basis);
    expect(pseudoniem(TESTSLEUTEL, 'kvk', '12345678')).toBe(basis);
  });

  it.each([
    ['31 bytes', new Uint8Array(31)],
    ['33 bytes', new Uint8Array(33)],
    ['empty', new Uint8Array(0)],
    ['hex text', '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'],
  ])('refuses a ketensleutel of %s', (_, sleutel) => {
    expect(() => pseudoniem(sleutel as Uint8Array, 'bsn', '111222333')).toThrow(/32 bytes/);
  });

  it('refuses an unknown soort', () => {
    expect(() => pseudoniem(TESTSLEUTEL, 'paspoort' as 'bsn', 'X1')).toThrow(TypeError);
  });
});

describe('pseudonimiseer', () => {
  it('gives one pseudonym for every spelling of the same identifier', () => {
    const spellingen = ['06-12345678', '+31 (0)6 1234 5678', '0031612345678'];
    const uitkomsten = spellingen.map((s) => pseudonimiseer(TESTSLEUTEL, 'telefoon', s));
    expect(new Set(uitkomsten).size).toBe(1);
    expect(uitkomsten[0]).toBe(pseudoniem(TESTSLEUTEL, 'telefoon', '+31612345678'));
  });

  it('refuses invalid input with IdentiteitFout, without computing anything', () => {
    expect(() => pseudonimiseer(TESTSLEUTEL, 'bsn', '123456789')).toThrow(IdentiteitFout);
  });

  it('checks the key before looking at the input', () => {
    expect(() => pseudonimiseer(new Uint8Array(16), 'bsn', 'geen bsn')).toThrow(/ketensleutel/);
  });
});

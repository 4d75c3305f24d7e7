import { describe, expect, it } from 'vitest';
import { base64url } from '../encoding/base64url.js';
import { opslagPseudoniem } from './opslag.js';
import { PSEUDONIEM_PATROON, pseudoniem } from './pseudoniem.js';

const KETENSLEUTEL = Uint8Array.from({ length: 32 }, (_, i) => i);
const OPSLAGSLEUTEL = Uint8Array.from({ length: 32 }, (_, i) => 0x20 + i);
const P = pseudoniem(KETENSLEUTEL, 'bsn', '111222333');

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

describe('opslagPseudoniem', () => {
  it('is HMAC-SHA256 over "ketenpoort:opslag:v1:<soort>:<pseudoniem>"', async () => {
    expect(opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', P)).toBe(
      await webCryptoHmac(OPSLAGSLEUTEL, `ketenpoort:opslag:v1:bsn:${P}`),
    );
  });

  it('is deterministic, so equal pseudonyms still match after re-keying', () => {
    const a = opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', P);
    expect(a).toMatch(PSEUDONIEM_PATROON);
    expect(opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', P)).toBe(a);
  });

  it('differs from the incoming pseudonym and from one made with the ketensleutel', () => {
    const a = opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', P);
    expect(a).not.toBe(P);
    expect(opslagPseudoniem(KETENSLEUTEL, 'bsn', P)).not.toBe(pseudoniem(KETENSLEUTEL, 'bsn', P));
  });

  it('separates soorten and storage keys', () => {
    const a = opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', P);
    expect(opslagPseudoniem(OPSLAGSLEUTEL, 'kvk', P)).not.toBe(a);
    expect(opslagPseudoniem(KETENSLEUTEL, 'bsn', P)).not.toBe(a);
  });

  it.each([
    ['too short', P.slice(1)],
    ['padded', `${P}=`],
    ['standard base64', `${P.slice(0, 42)}+`],
    ['empty', ''],
  ])('refuses a pseudonym that is %s, without echoing it', (_, fout) => {
    expect(() => opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', fout)).toThrow(TypeError);
    try {
      opslagPseudoniem(OPSLAGSLEUTEL, 'bsn', fout);
    } catch (e) {
      if (fout !== '') expect((e as Error).message).not.toContain(fout);
    }
  });

  it('refuses an opslagsleutel that is not 32 bytes', () => {
    expect(() => opslagPseudoniem(new Uint8Array(64), 'bsn', P)).toThrow(/opslagsleutel.*32 bytes/);
  });
});

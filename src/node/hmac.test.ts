/**
 * node:crypto's HMAC behind the portable interface gives the same bytes as @noble/hashes and as
 * Web Crypto: the RFC 4231 vectors and the published storage vectors
 * (test/vectors/pseudoniemen.json) through `opslagPseudoniem` with either implementation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Soort } from '../identity/soorten.js';
import { betrokkeneCommitments } from '../logboek/betrokkene.js';
import { webHmac } from '../pseudonym/mac.js';
import { opgeslagenPseudoniem, opslagPseudoniem } from '../pseudonym/opslag.js';
import { nodeHmac } from './hmac.js';

const hex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
const naarHex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** RFC 4231 section 4: test cases 1, 2 and 6 (a key longer than the block). */
const RFC4231 = [
  {
    sleutel: '0b'.repeat(20),
    bericht: Buffer.from('Hi There').toString('hex'),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    sleutel: Buffer.from('Jefe').toString('hex'),
    bericht: Buffer.from('what do ya want for nothing?').toString('hex'),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    sleutel: 'aa'.repeat(131),
    bericht: Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First').toString('hex'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
];

interface Opslagvectoren {
  opslag: {
    sleutel: { hex: string };
    gevallen: { soort: Soort; pseudoniem: string; opslagpseudoniem: string }[];
  };
}
const vectoren: Opslagvectoren = JSON.parse(
  readFileSync(new URL('../../test/vectors/pseudoniemen.json', import.meta.url), 'utf8'),
);

describe('HMAC-SHA256: node:crypto en @noble/hashes geven dezelfde bytes', () => {
  it.each(RFC4231)('RFC 4231: $mac', async ({ sleutel, bericht, mac }) => {
    expect(naarHex(nodeHmac(hex(sleutel), hex(bericht)))).toBe(mac);
    expect(naarHex(webHmac(hex(sleutel), hex(bericht)))).toBe(mac);
    const k = await crypto.subtle.importKey(
      'raw',
      hex(sleutel),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    expect(naarHex(new Uint8Array(await crypto.subtle.sign('HMAC', k, hex(bericht))))).toBe(mac);
  });

  it('de gepubliceerde opslagvectoren, met elk van beide', () => {
    const sleutel = hex(vectoren.opslag.sleutel.hex);
    expect(vectoren.opslag.gevallen.length).toBeGreaterThan(0);
    for (const { soort, pseudoniem, opslagpseudoniem } of vectoren.opslag.gevallen) {
      expect(opslagPseudoniem(sleutel, soort, pseudoniem, nodeHmac)).toBe(opslagpseudoniem);
      expect(opslagPseudoniem(sleutel, soort, pseudoniem, webHmac)).toBe(opslagpseudoniem);
    }
  });

  it('na een rotatie (twee sleutels) en voor v2 ook', () => {
    const sleutels = [hex('20'.repeat(32)), hex('40'.repeat(32))];
    const p = {
      soort: 'bsn' as const,
      versie: 'v2' as const,
      sleutel: 'demo-v2',
      waarde: 'A'.repeat(86),
    };
    expect(opgeslagenPseudoniem(sleutels, p, nodeHmac)).toBe(
      opgeslagenPseudoniem(sleutels, p, webHmac),
    );
  });
});

describe('betrokkene-commitments met nodeHmac', () => {
  it('zijn dezelfde als met @noble/hashes', () => {
    const opening = Uint8Array.from({ length: 16 }, (_, i) => i * 13);
    const opgeslagen = ['A'.repeat(43), 'b_-'.repeat(10), 'A'.repeat(43)];
    const web = betrokkeneCommitments(opening, opgeslagen);
    expect(web).toHaveLength(2);
    expect(betrokkeneCommitments(opening, opgeslagen, nodeHmac)).toEqual(web);
  });
});

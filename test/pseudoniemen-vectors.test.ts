/**
 * The published test vectors (test/vectors/pseudoniemen.json) against this
 * implementation, with every pseudonym recomputed independently by node:crypto.
 */

import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IdentiteitFout, isSoort, normaliseer, type Soort } from '../src/identity/index.js';
import {
  opslagPseudoniem,
  PSEUDONIEM_PATROON,
  pseudoniem,
  pseudonimiseer,
} from '../src/pseudonym/index.js';

interface Sleutel {
  id: string;
  hex: string;
  base64url: string;
}
interface Vectoren {
  sleutel: Sleutel;
  geldig: { soort: Soort; invoer: string; canoniek: string; pseudoniem: string }[];
  ongeldig: { soort: Soort; invoer: string; code: string }[];
  opslag: {
    sleutel: Sleutel;
    gevallen: { soort: Soort; pseudoniem: string; opslagpseudoniem: string }[];
  };
}

const vectoren: Vectoren = JSON.parse(
  readFileSync(new URL('./vectors/pseudoniemen.json', import.meta.url), 'utf8'),
);
const sleutel = new Uint8Array(Buffer.from(vectoren.sleutel.hex, 'hex'));
const opslagsleutel = new Uint8Array(Buffer.from(vectoren.opslag.sleutel.hex, 'hex'));

const nodeHmac = (k: Uint8Array, bericht: string) =>
  createHmac('sha256', k).update(bericht, 'utf8').digest('base64url');

describe('test vector file', () => {
  it('holds the public test key 0x00..0x1f, in hex and base64url alike', () => {
    expect(vectoren.sleutel.id).toBe('test-v1');
    expect([...sleutel]).toEqual(Array.from({ length: 32 }, (_, i) => i));
    expect(Buffer.from(vectoren.sleutel.base64url, 'base64url').equals(Buffer.from(sleutel))).toBe(
      true,
    );
  });

  it('has enough cases, covering every soort', () => {
    expect(vectoren.geldig.length).toBeGreaterThanOrEqual(40);
    expect(vectoren.ongeldig.length).toBeGreaterThanOrEqual(20);
    for (const v of [...vectoren.geldig, ...vectoren.ongeldig]) expect(isSoort(v.soort)).toBe(true);
    const soorten = new Set(vectoren.geldig.map((v) => v.soort));
    const geweigerd = new Set(vectoren.ongeldig.map((v) => v.soort));
    expect(soorten.size).toBe(8);
    expect(geweigerd.size).toBe(8);
  });
});

describe.each(vectoren.geldig)(
  'valid: $soort $invoer',
  ({ soort, invoer, canoniek, pseudoniem: p }) => {
    it('normalises to the published canonical form, which is a fixed point', () => {
      expect(normaliseer(soort, invoer)).toBe(canoniek);
      expect(normaliseer(soort, canoniek)).toBe(canoniek);
    });

    it('gives the published pseudonym, and node:crypto agrees', () => {
      expect(p).toMatch(PSEUDONIEM_PATROON);
      expect(nodeHmac(sleutel, `ketenpoort:v1:${soort}:${canoniek}`)).toBe(p);
      expect(pseudoniem(sleutel, soort, canoniek)).toBe(p);
      expect(pseudonimiseer(sleutel, soort, invoer)).toBe(p);
    });
  },
);

describe.each(vectoren.ongeldig)('invalid: $soort $invoer', ({ soort, invoer, code }) => {
  it(`is refused with ${code}, without echoing the input`, () => {
    let fout: unknown;
    try {
      normaliseer(soort, invoer);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(IdentiteitFout);
    const { code: gekregen, soort: foutSoort, message } = fout as IdentiteitFout;
    expect(gekregen).toBe(code);
    expect(foutSoort).toBe(soort);
    expect(message).not.toContain(invoer);
    const kern = invoer.trim();
    if (kern.length >= 3) expect(message).not.toContain(kern);
  });
});

describe('storage re-keying vectors', () => {
  it.each(vectoren.opslag.gevallen)('$soort', ({ soort, pseudoniem: p, opslagpseudoniem }) => {
    expect(nodeHmac(opslagsleutel, `ketenpoort:opslag:v1:${soort}:${p}`)).toBe(opslagpseudoniem);
    expect(opslagPseudoniem(opslagsleutel, soort, p)).toBe(opslagpseudoniem);
  });
});

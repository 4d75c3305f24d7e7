import { describe, expect, it } from 'vitest';
import { deelHash } from '../logboek/blad.js';
import { webHasher } from '../logboek/hash.js';
import { nodeHasher } from './logboek-hash.js';

describe('nodeHasher', () => {
  it('geeft dezelfde deel-hash als de webstandaard, ook voor tekst buiten ASCII', () => {
    const teksten = ['[]', '[{"actie":"registratie","partner":"vtgv"}]', '["Zoë","Đ","𝄞"]'];
    for (const [i, tekst] of teksten.entries()) {
      const zout = Uint8Array.from({ length: 32 }, (_, j) => (j * 7 + i) % 256);
      expect(nodeHasher.deel?.(zout, tekst)).toBe(deelHash(zout, tekst));
    }
  });

  it('geeft dezelfde blad- en knoop-hashes als de webstandaard', () => {
    const blad = new TextEncoder().encode('{"verzoek":1}');
    expect(nodeHasher.leaf(blad)).toEqual(webHasher.leaf(blad));
    const a = webHasher.leaf(blad);
    expect(nodeHasher.node(a, a)).toEqual(webHasher.node(a, a));
  });
});

/**
 * RFC 9497 Appendix A (ristretto255-SHA512, OPRF and VOPRF modes) and Ketenpoort's v2 vectors
 * against @noble/curves and our two halves of the protocol. In test/gedeeld/, so the same
 * checks run in Node and in workerd; the browser runs them again in test/browser/.
 */

import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { base64url } from '../../src/encoding/base64url.js';
import type { Soort } from '../../src/identity/soorten.js';
import {
  blindeer,
  invoerV2,
  PSEUDONIEM_V2_PATROON,
  SleutelbewaarderFout,
  voltooi,
} from '../../src/pseudonym/v2.js';
import {
  evalueer,
  evalueerDirect,
  leidOprfSleutelAf,
} from '../../src/sleutelbewaarder/oprf-sleutel.js';
import rfc from '../vectors/oprf/allVectors.json';
import v2 from '../vectors/pseudoniemen-v2.json';

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
const naarHex = (u: Uint8Array) => [...u].map((b) => b.toString(16).padStart(2, '0')).join('');
const lijst = (s: string) => s.split(',').map(hex);

const suites = rfc.filter((s) => s.identifier === 'ristretto255-SHA512' && s.mode < 2);

describe('RFC 9497 Appendix A, ristretto255-SHA512', () => {
  it('holds both the OPRF and the VOPRF suite', () => {
    expect(suites.map((s) => s.mode)).toEqual([0, 1]);
  });

  for (const s of suites) {
    const modus = s.mode === 0 ? ristretto255_oprf.oprf : ristretto255_oprf.voprf;
    const k = modus.deriveKeyPair(hex(s.seed), hex(s.keyInfo));

    it(`mode ${s.mode}: DeriveKeyPair gives skSm${s.mode ? ' and pkSm' : ''}`, () => {
      expect(naarHex(k.secretKey)).toBe(s.skSm);
      if (s.pkSm) expect(naarHex(k.publicKey)).toBe(s.pkSm);
    });

    it.each(s.vectors)(`mode ${s.mode}, batch $Batch: evaluation and output`, (v) => {
      const invoer = lijst(v.Input);
      const blinds = lijst(v.Blind);
      const geblindeerd = lijst(v.BlindedElement);
      const verwacht = lijst(v.EvaluationElement);
      const uitvoer = lijst(v.Output);
      // The evaluated elements are sk * blinded, whatever the proof's randomness.
      const geevalueerd = geblindeerd.map((b) =>
        ristretto255_oprf.oprf.blindEvaluate(k.secretKey, b),
      );
      expect(geevalueerd.map(naarHex)).toEqual(verwacht.map(naarHex));
      if (s.mode === 0) {
        invoer.forEach((x, i) => {
          const uit = ristretto255_oprf.oprf.finalize(x, blinds[i]!, verwacht[i]!);
          expect(naarHex(uit)).toBe(naarHex(uitvoer[i]!));
        });
        return;
      }
      // VOPRF: the published proof verifies against pkSm, and finalising gives Output.
      const proof = (v as unknown as { Proof: { proof: string } }).Proof.proof;
      const items = invoer.map((x, i) => ({
        soort: 'bsn' as Soort,
        invoer: x,
        blind: blinds[i]!,
        geblindeerd: geblindeerd[i]!,
      }));
      const uit = voltooi(
        items,
        { sleutel: 'rfc', elementen: verwacht, bewijs: hex(proof) },
        { id: 'rfc', publiek: k.publicKey },
      );
      expect(uit).toEqual(uitvoer.map(base64url));
      // Evaluate (section 3.3.2) without a client round gives the same output.
      expect(invoer.map((x) => naarHex(evalueerDirect(k.secretKey, x)))).toEqual(
        uitvoer.map(naarHex),
      );
      // A flipped proof byte is refused.
      const fout = hex(proof);
      fout[0]! ^= 1;
      expect(() =>
        voltooi(
          items,
          { sleutel: 'rfc', elementen: verwacht, bewijs: fout },
          { id: 'rfc', publiek: k.publicKey },
        ),
      ).toThrow(SleutelbewaarderFout);
    });
  }
});

describe('Ketenpoort v2 vectors (public test key test-v2)', () => {
  const sleutel = leidOprfSleutelAf(
    v2.sleutel.id,
    hex(v2.sleutel.seed),
    new TextEncoder().encode(v2.sleutel.keyInfo),
  );
  const vastgepind = { id: v2.sleutel.id, publiek: sleutel.publiek };

  it('derives the published test key', () => {
    expect(naarHex(sleutel.geheim)).toBe(v2.sleutel.geheim);
    expect(naarHex(sleutel.publiek)).toBe(v2.sleutel.publiek);
    expect(base64url(sleutel.publiek)).toBe(v2.sleutel.publiekBase64url);
  });

  it('covers every soort', () => {
    expect(new Set(v2.gevallen.map((g) => g.soort)).size).toBe(8);
  });

  it('gives every published pseudonym through blind, evaluate (one batch) and finalise', () => {
    const items = v2.gevallen.map((g) => blindeer(g.soort as Soort, g.canoniek));
    const antwoord = evalueer(
      sleutel,
      items.map((i) => i.geblindeerd),
    );
    const uit = voltooi(items, { sleutel: 'test-v2', ...antwoord }, vastgepind);
    expect(uit).toEqual(v2.gevallen.map((g) => g.pseudoniem));
    for (const p of uit) expect(p).toMatch(PSEUDONIEM_V2_PATROON);
  });

  it('is the Evaluate output of "ketenpoort:v2:<soort>:<canoniek>"', () => {
    for (const g of v2.gevallen) {
      const uit = evalueerDirect(sleutel.geheim, invoerV2(g.soort as Soort, g.canoniek));
      expect(base64url(uit)).toBe(g.pseudoniem);
    }
  });

  it('refuses an answer from a second key pair, even with a valid proof for that key', () => {
    const ander = leidOprfSleutelAf('test-v2', new Uint8Array(32).fill(7), new Uint8Array());
    const items = [blindeer('bsn', '111222333')];
    const antwoord = evalueer(
      ander,
      items.map((i) => i.geblindeerd),
    );
    expect(() => voltooi(items, { sleutel: 'test-v2', ...antwoord }, vastgepind)).toThrow(
      /klopt niet met de vastgepinde sleutel test-v2/,
    );
  });

  it('refuses an answer that names another key id', () => {
    const items = [blindeer('bsn', '111222333')];
    const antwoord = evalueer(
      sleutel,
      items.map((i) => i.geblindeerd),
    );
    expect(() => voltooi(items, { sleutel: 'test-v3', ...antwoord }, vastgepind)).toThrow(
      SleutelbewaarderFout,
    );
  });
});

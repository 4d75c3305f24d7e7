import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  MerkleTree,
  nodeHash,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

// An independent transcription of RFC 9162 2.1, recursive and with node:crypto.
const sha = (...delen: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const d of delen) h.update(d);
  return new Uint8Array(h.digest());
};
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
const mth = (d: Uint8Array[]): Uint8Array =>
  d.length === 0
    ? sha()
    : d.length === 1
      ? sha(Uint8Array.of(0), d[0]!)
      : sha(Uint8Array.of(1), mth(d.slice(0, k(d.length))), mth(d.slice(k(d.length))));
const path = (m: number, d: Uint8Array[]): Uint8Array[] => {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s
    ? [...path(m, d.slice(0, s)), mth(d.slice(s))]
    : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
};
const subproof = (m: number, d: Uint8Array[], b: boolean): Uint8Array[] => {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s
    ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))]
    : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
};

const invoer = (n: number) =>
  Array.from({ length: n }, (_, i) => new TextEncoder().encode(`e${i}`));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const hexen = (l: Uint8Array[]) => l.map(hex);

describe('hashes (RFC 9162 2.1.1)', () => {
  it('prefixes leaves with 0x00 and nodes with 0x01', () => {
    const a = new Uint8Array([1, 2, 3]);
    expect(hex(leafHash(a))).toBe(hex(sha(Uint8Array.of(0), a)));
    const l = leafHash(a);
    const r = leafHash(new Uint8Array(0));
    expect(hex(nodeHash(l, r))).toBe(hex(sha(Uint8Array.of(1), l, r)));
  });

  it('gives SHA-256 of the empty string for the empty tree', () => {
    expect(hex(treeRoot([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('agrees with the recursive definition for sizes 0..130', () => {
    const bladeren = invoer(130);
    const hashes = bladeren.map(leafHash);
    for (let n = 0; n <= 130; n++) {
      expect(hex(treeRoot(hashes.slice(0, n))), `n=${n}`).toBe(hex(mth(bladeren.slice(0, n))));
    }
  });

  it('refuses leaf hashes that are not 32 bytes', () => {
    expect(() => treeRoot([new Uint8Array(31)])).toThrow(TypeError);
  });
});

describe('proofs against the recursive definition', () => {
  const bladeren = invoer(33);
  const hashes = bladeren.map(leafHash);

  it('PATH for every leaf of every size up to 33', () => {
    for (let n = 1; n <= 33; n++) {
      for (let m = 0; m < n; m++) {
        const p = inclusionProof(m, hashes.slice(0, n));
        expect(hexen(p), `m=${m} n=${n}`).toEqual(hexen(path(m, bladeren.slice(0, n))));
      }
    }
  });

  it('PROOF for every pair of sizes up to 33', () => {
    for (let n = 1; n <= 33; n++) {
      for (let m = 1; m <= n; m++) {
        const p = consistencyProof(m, hashes.slice(0, n));
        expect(hexen(p), `m=${m} n=${n}`).toEqual(hexen(subproof(m, bladeren.slice(0, n), true)));
      }
    }
  });

  it('refuses indexes and sizes outside the tree', () => {
    expect(() => inclusionProof(3, hashes.slice(0, 3))).toThrow(RangeError);
    expect(() => inclusionProof(-1, hashes)).toThrow(RangeError);
    expect(() => inclusionProof(0.5, hashes)).toThrow(RangeError);
    expect(() => consistencyProof(0, hashes)).toThrow(RangeError);
    expect(() => consistencyProof(34, hashes)).toThrow(RangeError);
  });
});

describe('verifiers never throw on malformed input', () => {
  const hashes = invoer(7).map(leafHash);
  const root = treeRoot(hashes);
  const root3 = treeRoot(hashes.slice(0, 3));
  const bewijs = inclusionProof(2, hashes);
  const consistent = consistencyProof(3, hashes);
  const rommel = [
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1.5,
    2 ** 60,
    '2' as unknown as number,
    null as unknown as number,
  ];

  it('accepts the honest proofs', () => {
    expect(verifyInclusion(2, 7, hashes[2]!, bewijs, root)).toBe(true);
    expect(verifyConsistency(3, 7, root3, root, consistent)).toBe(true);
  });

  it('rejects garbage indexes and sizes', () => {
    for (const x of rommel) {
      expect(verifyInclusion(x, 7, hashes[2]!, bewijs, root)).toBe(false);
      expect(verifyInclusion(2, x, hashes[2]!, bewijs, root)).toBe(false);
      expect(verifyConsistency(x, 7, root3, root, consistent)).toBe(false);
      expect(verifyConsistency(3, x, root3, root, consistent)).toBe(false);
    }
  });

  it('rejects hashes of the wrong length or type', () => {
    const kort = root.slice(0, 31);
    const lang = new Uint8Array([...root, 0]);
    const geen = null as unknown as Uint8Array;
    for (const h of [kort, lang, geen, 'abc' as unknown as Uint8Array]) {
      expect(verifyInclusion(2, 7, h, bewijs, root)).toBe(false);
      expect(verifyInclusion(2, 7, hashes[2]!, bewijs, h)).toBe(false);
      expect(verifyInclusion(2, 7, hashes[2]!, [bewijs[0]!, h, bewijs[2]!], root)).toBe(false);
      expect(verifyConsistency(3, 7, h, root, consistent)).toBe(false);
      expect(verifyConsistency(3, 7, root3, h, consistent)).toBe(false);
      expect(verifyConsistency(3, 7, root3, root, [h, ...consistent.slice(1)])).toBe(false);
    }
    const geenLijst = 'abc' as unknown as Uint8Array[];
    expect(verifyInclusion(2, 7, hashes[2]!, geenLijst, root)).toBe(false);
    expect(verifyConsistency(3, 7, root3, root, geenLijst)).toBe(false);
    expect(verifyConsistency(3, 3, root3, root3, geenLijst)).toBe(false);
  });

  it('rejects proofs that are too long, too short or from size 0', () => {
    expect(verifyInclusion(2, 7, hashes[2]!, [...bewijs, root], root)).toBe(false);
    expect(verifyInclusion(2, 7, hashes[2]!, bewijs.slice(1), root)).toBe(false);
    expect(verifyConsistency(3, 7, root3, root, [...consistent, root])).toBe(false);
    expect(verifyConsistency(3, 7, root3, root, consistent.slice(1))).toBe(false);
    expect(verifyConsistency(3, 7, root3, root, [])).toBe(false);
    expect(verifyConsistency(0, 7, treeRoot([]), root, [])).toBe(false);
    expect(verifyConsistency(0, 0, treeRoot([]), treeRoot([]), [])).toBe(false);
    expect(verifyConsistency(7, 3, root, root3, consistent)).toBe(false);
    expect(verifyConsistency(7, 7, root, root, [root])).toBe(false);
    expect(verifyConsistency(7, 7, root, root, [])).toBe(true);
  });
});

describe('MerkleTree', () => {
  it('answers for the current size and every earlier one', () => {
    // Against the recursive definition: root(n) shares its code with treeRoot.
    const bladeren = invoer(40);
    const hashes = bladeren.map(leafHash);
    const boom = new MerkleTree();
    for (const [i, h] of hashes.entries()) {
      expect(boom.append(h)).toBe(i);
      expect(hex(boom.root()), `n=${i + 1}`).toBe(hex(mth(bladeren.slice(0, i + 1))));
    }
    expect(boom.size).toBe(40);
    for (let n = 0; n <= 40; n++) {
      const rootN = boom.root(n);
      expect(hex(rootN), `n=${n}`).toBe(hex(mth(bladeren.slice(0, n))));
      for (let m = 0; m < n; m++) {
        expect(verifyInclusion(m, n, boom.leafHash(m), boom.inclusionProof(m, n), rootN)).toBe(
          true,
        );
        const p = boom.consistencyProof(m + 1, n);
        expect(verifyConsistency(m + 1, n, boom.root(m + 1), rootN, p)).toBe(true);
      }
    }
  });

  it('hashes leaves itself with appendLeaf, and copies what it is given', () => {
    const boom = new MerkleTree();
    const h = leafHash(new Uint8Array([7]));
    boom.appendLeaf(new Uint8Array([7]));
    boom.append(h);
    h.fill(0);
    const zeven = sha(Uint8Array.of(0, 7));
    expect(hex(boom.leafHash(0))).toBe(hex(zeven));
    expect(hex(boom.leafHash(1))).toBe(hex(zeven));
    boom.leafHash(0).fill(0);
    expect(hex(boom.root())).toBe(hex(sha(Uint8Array.of(1), zeven, zeven)));
  });

  it('refuses bad hashes and sizes it does not have', () => {
    const boom = new MerkleTree(invoer(3).map(leafHash));
    expect(() => boom.append(new Uint8Array(31))).toThrow(TypeError);
    expect(() => boom.root(4)).toThrow(RangeError);
    expect(() => boom.leafHash(3)).toThrow(RangeError);
    expect(() => boom.inclusionProof(0, 4)).toThrow(RangeError);
    expect(() => boom.consistencyProof(1, 4)).toThrow(RangeError);
    expect(hex(new MerkleTree().root())).toBe(hex(sha()));
  });
});

describe('scale', () => {
  it('computes the root of 1,000,000 leaves in one O(n) pass', () => {
    // With equal leaves every perfect subtree of 2^j leaves has the same root P(j),
    // so the RFC root of n leaves needs only O(log n) hashes: an independent check.
    const n = 1_000_000;
    const node = (links: Uint8Array, rechts: Uint8Array) => sha(Uint8Array.of(1), links, rechts);
    const h = sha(Uint8Array.of(0, 42));
    const perfect = [h];
    for (let j = 1; j < 20; j++) perfect.push(node(perfect[j - 1]!, perfect[j - 1]!));
    const delen = [...perfect.keys()].reverse().filter((j) => Math.floor(n / 2 ** j) % 2 === 1);
    const verwacht = delen
      .map((j) => perfect[j]!)
      .reduceRight((rechts, links) => node(links, rechts));
    expect(hex(treeRoot(new Array<Uint8Array>(n).fill(h)))).toBe(hex(verwacht));
  });
});

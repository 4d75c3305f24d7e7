/**
 * The published RFC 9162 test data of transparency-dev/merkle (a copy in test/vectors/merkle,
 * see its README) against our tree, proof generator and verifiers,
 * plus a round trip of every proof for every tree of up to 64 leaves.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  MerkleTree,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from '../src/logboek/index.js';

const map = fileURLToPath(new URL('./vectors/merkle/', import.meta.url));

interface Roots {
  leafInputsHex: string[];
  rootHexBySize: string[];
}
interface InclusionCase {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}
interface ConsistencyCase {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const lees = <T>(pad: string): T => JSON.parse(readFileSync(join(map, pad), 'utf8'));

/** Every .json file under testdata/<soort>, relative to the vector folder, in a fixed order. */
function gevallen<T>(soort: string): [string, T][] {
  const bestanden = readdirSync(join(map, 'testdata', soort), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return bestanden.map((f) => [`${soort}/${f}`, lees<T>(join('testdata', soort, f))]);
}

describe('roots.json: tree roots for sizes 0..8', () => {
  const roots = lees<Roots>('roots.json');
  const hashes = roots.leafInputsHex.map((h) => leafHash(new Uint8Array(Buffer.from(h, 'hex'))));

  it.each(roots.rootHexBySize.map((r, n) => [n, r] as const))('size %i', (n, verwacht) => {
    expect(hex(treeRoot(hashes.slice(0, n)))).toBe(verwacht);
    expect(hex(new MerkleTree(hashes).root(n))).toBe(verwacht);
  });

  it('our generated proofs for the 8-leaf tree verify against the published roots', () => {
    for (let n = 1; n <= 8; n++) {
      const rootN = new Uint8Array(Buffer.from(roots.rootHexBySize[n]!, 'hex'));
      for (let m = 0; m < n; m++) {
        const p = inclusionProof(m, hashes.slice(0, n));
        expect(verifyInclusion(m, n, hashes[m]!, p, rootN)).toBe(true);
        const rootM = new Uint8Array(Buffer.from(roots.rootHexBySize[m + 1]!, 'hex'));
        const c = consistencyProof(m + 1, hashes.slice(0, n));
        expect(verifyConsistency(m + 1, n, rootM, rootN, c)).toBe(true);
      }
    }
  });
});

const inclusie = gevallen<InclusionCase>('inclusion');
const consistentie = gevallen<ConsistencyCase>('consistency');

it('finds all the published cases', () => {
  expect(inclusie.length).toBeGreaterThanOrEqual(98);
  expect(consistentie.length).toBeGreaterThanOrEqual(98);
  expect(inclusie.some(([, c]) => !c.wantErr)).toBe(true);
  expect(consistentie.some(([, c]) => c.wantErr)).toBe(true);
});

describe('testdata/inclusion', () => {
  it.each(inclusie)('%s', (_, c) => {
    const ok = verifyInclusion(
      c.leafIdx,
      c.treeSize,
      b64(c.leafHash),
      (c.proof ?? []).map(b64),
      b64(c.root),
    );
    expect(ok, c.desc).toBe(!c.wantErr);
  });
});

describe('testdata/consistency', () => {
  it.each(consistentie)('%s', (_, c) => {
    const ok = verifyConsistency(
      c.size1,
      c.size2,
      b64(c.root1),
      b64(c.root2),
      (c.proof ?? []).map(b64),
    );
    expect(ok, c.desc).toBe(!c.wantErr);
  });
});

describe('the happy paths are what our generator produces', () => {
  const roots = lees<Roots>('roots.json');
  const hashes = roots.leafInputsHex.map((h) => leafHash(new Uint8Array(Buffer.from(h, 'hex'))));
  const goed = <T extends { wantErr: boolean }>(l: [string, T][]) =>
    l.filter(([naam, c]) => naam.endsWith('happy-path.json') && !c.wantErr);

  it.each(goed(inclusie))('%s', (_, c) => {
    const p = inclusionProof(c.leafIdx, hashes.slice(0, c.treeSize));
    expect(p.map(hex)).toEqual((c.proof ?? []).map((x) => hex(b64(x))));
  });

  it.each(goed(consistentie))('%s', (_, c) => {
    const p = consistencyProof(c.size1, hashes.slice(0, c.size2));
    expect(p.map(hex)).toEqual((c.proof ?? []).map((x) => hex(b64(x))));
  });
});

describe('property: every proof of every tree up to 64 leaves verifies, and only there', () => {
  const hashes = Array.from({ length: 64 }, (_, i) => leafHash(new TextEncoder().encode(`r${i}`)));
  const roots = Array.from({ length: 65 }, (_, n) => treeRoot(hashes.slice(0, n)));

  it('inclusion, for all 0 <= index < size <= 64', () => {
    for (let n = 1; n <= 64; n++) {
      for (let m = 0; m < n; m++) {
        const p = inclusionProof(m, hashes.slice(0, n));
        expect(verifyInclusion(m, n, hashes[m]!, p, roots[n]!), `${m}/${n}`).toBe(true);
        if (n > 1) {
          const ander = (m + 1) % n;
          expect(verifyInclusion(ander, n, hashes[m]!, p, roots[n]!)).toBe(false);
          expect(verifyInclusion(m, n, hashes[ander]!, p, roots[n]!)).toBe(false);
        }
        expect(verifyInclusion(m, n, hashes[m]!, p, roots[n - 1]!)).toBe(false);
      }
    }
  });

  it('consistency, for all 1 <= size1 <= size2 <= 64', () => {
    for (let n = 1; n <= 64; n++) {
      for (let m = 1; m <= n; m++) {
        const p = consistencyProof(m, hashes.slice(0, n));
        expect(verifyConsistency(m, n, roots[m]!, roots[n]!, p), `${m}->${n}`).toBe(true);
        if (m < n) {
          if (m > 1) expect(verifyConsistency(m, n, roots[m - 1]!, roots[n]!, p)).toBe(false);
          expect(verifyConsistency(m, n, roots[m]!, roots[n - 1]!, p)).toBe(false);
          expect(verifyConsistency(m + 1, n, roots[m]!, roots[n]!, p)).toBe(false);
        }
      }
    }
  });
});

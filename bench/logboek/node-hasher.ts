/**
 * @module
 * The RFC 9162 hashes on node:crypto, as src/logboek/hash.ts prescribes for the Node
 * runtime (its src/node/logboek-hash.ts is not on main yet), and the raw node:crypto
 * ceiling the issue compares verification with: the same SHA-256 calls over the same
 * bytes, with nothing of ours around them.
 */
import { hash } from 'node:crypto';
import type { Hasher } from '../../src/logboek/hash.js';
import { type Bladeren, blad } from './regels.js';

const knoop = new Uint8Array(65);

/** A Hasher on node:crypto's one-shot `hash`. */
export const nodeHasher: Hasher = {
  leaf(leaf) {
    const invoer = new Uint8Array(1 + leaf.length);
    invoer.set(leaf, 1);
    return hash('sha256', invoer, 'buffer');
  },
  node(left, right) {
    knoop[0] = 1;
    knoop.set(left, 1);
    knoop.set(right, 33);
    return hash('sha256', knoop, 'buffer');
  },
};

/**
 * The ceiling: the root of all leaves with raw node:crypto SHA-256 and a plain stack,
 * in one function, reusing one input buffer. Same hash inputs as RFC 9162 MTH.
 */
export function ruweWortel(b: Bladeren): Uint8Array {
  let max = 0;
  for (let i = 0; i < b.aantal; i++) max = Math.max(max, b.begin[i + 1]! - b.begin[i]!);
  const invoer = new Uint8Array(1 + max);
  const stapel: Buffer[] = [];
  const k = new Uint8Array(65);
  k[0] = 1;
  const paar = (l: Uint8Array, r: Uint8Array) => {
    k.set(l, 1);
    k.set(r, 33);
    return hash('sha256', k, 'buffer');
  };
  for (let i = 0; i < b.aantal; i++) {
    const v = blad(b, i);
    invoer.set(v, 1);
    let h = hash('sha256', invoer.subarray(0, 1 + v.length), 'buffer');
    for (let c = i + 1; c % 2 === 0; c /= 2) h = paar(stapel.pop()!, h);
    stapel.push(h);
  }
  let wortel = stapel.pop()!;
  while (stapel.length > 0) wortel = paar(stapel.pop()!, wortel);
  return wortel;
}

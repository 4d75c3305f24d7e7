/**
 * @module
 * The ceiling the issue compares logboek verification with: the root of the same entries
 * with raw node:crypto SHA-256, the same hash calls over the same bytes (RFC 9162 MTH),
 * with nothing of ours around them.
 */
import { hash } from 'node:crypto';
import { type Bladeren, blad } from './regels.js';

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

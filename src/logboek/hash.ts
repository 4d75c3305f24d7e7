/**
 * @module
 * The two hashes of the RFC 9162 tree, behind one small interface so a runtime can
 * bring its fastest SHA-256: Node passes node:crypto (see src/node/logboek-hash.ts),
 * everything else uses this web-standard default. Verifying a large logboek is
 * dominated by these calls: one leaf hash per entry and one node hash per entry.
 *
 * @example
 * const root = treeRoot(entries.map((e) => webHasher.leaf(entryBytes(e))), webHasher);
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** SHA-256 with the RFC 9162 domain separation (section 2.1.1). */
export interface Hasher {
  /** SHA-256(0x00 || leaf). */
  leaf(leaf: Uint8Array): Uint8Array;
  /** SHA-256(0x01 || left || right), for two 32-byte hashes. */
  node(left: Uint8Array, right: Uint8Array): Uint8Array;
  /**
   * The hash of one part of a leaf (src/logboek/blad.ts): base64url(SHA-256(zout || UTF-8
   * tekst)); default {@link deelHash} with @noble/hashes.
   */
  deel?(zout: Uint8Array, tekst: string): string;
}

/** The default: @noble/hashes for leaves, a fixed-size SHA-256 for nodes. Pure JS. */
export const webHasher: Hasher = {
  leaf(leaf) {
    const invoer = new Uint8Array(1 + leaf.length);
    invoer.set(leaf, 1);
    return sha256(invoer);
  },
  node: nodeSha256,
};

// FIPS 180-4 constants: the first 32 bits of the fractional parts of the cube roots
// (K) and square roots (IV) of the first primes.
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
/** A node's input is always 65 bytes, so its length block is a constant: 520 bits. */
const NODE_BITS = 65 * 8;
/** Scratch space, reused: the function below never awaits, so no two calls share it at once. */
const w = new Int32Array(64);
const s = new Int32Array(8);

/**
 * SHA-256(0x01 || left || right) without allocating anything but the result: the
 * 65-byte input is always two blocks, so the words are read straight from the hashes.
 * Several times faster than a general-purpose JS SHA-256 for this one shape.
 */
export function nodeSha256(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length !== 32 || right.length !== 32) throw new TypeError('een hash heeft 32 bytes');
  s.set(IV);
  w[0] = (1 << 24) | (left[0]! << 16) | (left[1]! << 8) | left[2]!;
  for (let i = 1; i < 8; i++) w[i] = woord(left, 4 * i - 1);
  w[8] = (left[31]! << 24) | (right[0]! << 16) | (right[1]! << 8) | right[2]!;
  for (let i = 9; i < 16; i++) w[i] = woord(right, 4 * i - 33);
  comprimeer();
  w.fill(0, 1, 15);
  w[0] = (right[31]! << 24) | 0x800000;
  w[15] = NODE_BITS;
  comprimeer();
  const uit = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const x = s[i]!;
    uit[4 * i] = x >>> 24;
    uit[4 * i + 1] = x >>> 16;
    uit[4 * i + 2] = x >>> 8;
    uit[4 * i + 3] = x;
  }
  return uit;
}

function woord(b: Uint8Array, i: number): number {
  return (b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!;
}

/** One SHA-256 compression of the block in w[0..15] into state s (FIPS 180-4 6.2.2). */
function comprimeer(): void {
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]!;
    const b = w[i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (s1 + w[i - 7]! + s0 + w[i - 16]!) | 0;
  }
  let a = s[0]!;
  let b = s[1]!;
  let c = s[2]!;
  let d = s[3]!;
  let e = s[4]!;
  let f = s[5]!;
  let g = s[6]!;
  let h = s[7]!;
  for (let i = 0; i < 64; i++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  s[0] = (s[0]! + a) | 0;
  s[1] = (s[1]! + b) | 0;
  s[2] = (s[2]! + c) | 0;
  s[3] = (s[3]! + d) | 0;
  s[4] = (s[4]! + e) | 0;
  s[5] = (s[5]! + f) | 0;
  s[6] = (s[6]! + g) | 0;
  s[7] = (s[7]! + h) | 0;
}

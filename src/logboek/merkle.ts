/**
 * @module
 * The Merkle tree of the logboek, exactly as RFC 9162 section 2.1 (Certificate
 * Transparency 2.0) defines it, so any independent RFC 9162 / C2SP tlog
 * implementation can check our roots and proofs. Web-standard only; every function
 * takes an optional {@link Hasher}, so Node can pass node:crypto (see hash.ts).
 *
 * @example
 * const boom = new MerkleTree();
 * boom.appendLeaf(entryBytes(entry));
 * const proof = boom.inclusionProof(0);
 * verifyInclusion(0, boom.size, leafHash(entryBytes(entry)), proof, boom.root()); // true
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { type Hasher, webHasher } from './hash.js';
import { consistencyRanges, inclusionRanges, splitPoint } from './merkle-ranges.js';

export { consistencyRanges, inclusionRanges, type LeafRange } from './merkle-ranges.js';

/** Length in bytes of every hash in the tree (SHA-256). */
export const HASH_LENGTH = 32;

/** MTH({}) = SHA-256() (RFC 9162 2.1.1). */
const EMPTY_ROOT = sha256(new Uint8Array(0));

/** Leaf hash: SHA-256(0x00 || leaf) (RFC 9162 2.1.1). For another SHA-256, call `hasher.leaf`. */
export function leafHash(leaf: Uint8Array): Uint8Array {
  return webHasher.leaf(leaf);
}

/** Interior node hash: SHA-256(0x01 || left || right) (RFC 9162 2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const invoer = new Uint8Array(1 + left.length + right.length);
  invoer[0] = 0x01;
  invoer.set(left, 1);
  invoer.set(right, 1 + left.length);
  return sha256(invoer);
}

/** MTH of the leaf hashes: O(n) time, O(log n) memory (RFC 9162 2.1.1). */
export function treeRoot(
  leafHashes: readonly Uint8Array[],
  hasher: Hasher = webHasher,
): Uint8Array {
  checkHashes(leafHashes);
  return rangeRoot(leafHashes, 0, leafHashes.length, hasher);
}

/** The audit path of leaf `index` in the tree of all `leafHashes`, leaf to root (RFC 9162 2.1.3.1). */
export function inclusionProof(
  index: number,
  leafHashes: readonly Uint8Array[],
  hasher: Hasher = webHasher,
): Uint8Array[] {
  checkHashes(leafHashes);
  return inclusionRanges(index, leafHashes.length).map(([lo, hi]) =>
    rangeRoot(leafHashes, lo, hi, hasher),
  );
}

/**
 * The consistency proof from the tree of the first `size1` leaves to the tree of all
 * `leafHashes` (RFC 9162 2.1.4.1, PROOF and SUBPROOF). Empty when size1 is the whole tree.
 */
export function consistencyProof(
  size1: number,
  leafHashes: readonly Uint8Array[],
  hasher: Hasher = webHasher,
): Uint8Array[] {
  checkHashes(leafHashes);
  return consistencyRanges(size1, leafHashes.length).map(([lo, hi]) =>
    rangeRoot(leafHashes, lo, hi, hasher),
  );
}

/** RFC 9162 2.1.3.2. Returns false, never throws, on any malformed input. */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
  hasher: Hasher = webHasher,
): boolean {
  try {
    if (!isIndex(leafIndex) || !isIndex(treeSize) || leafIndex >= treeSize) return false;
    if (!isHash(leafHash) || !isHash(root) || !isHashList(proof)) return false;
    // Plain arithmetic, not bit operators: sizes may exceed 2^32.
    let fn = leafIndex;
    let sn = treeSize - 1;
    let r = leafHash;
    for (const p of proof) {
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = hasher.node(p, r);
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      } else {
        r = hasher.node(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && equalBytes(r, root);
  } catch {
    return false;
  }
}

/**
 * RFC 9162 2.1.4.2. Equal sizes need an empty proof and equal roots (nothing is
 * hashed then, so the roots are only compared); size1 = 0 and size1 > size2 are
 * rejected. Returns false, never throws, on any malformed input.
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
  hasher: Hasher = webHasher,
): boolean {
  try {
    if (!isIndex(size1) || !isIndex(size2) || size1 < 1 || size1 > size2) return false;
    if (!Array.isArray(proof) || !(root1 instanceof Uint8Array)) return false;
    if (!(root2 instanceof Uint8Array)) return false;
    if (size1 === size2) return proof.length === 0 && equalBytes(root1, root2);
    if (!isHash(root1) || !isHash(root2) || !isHashList(proof) || proof.length === 0) return false;
    return consistencyPathHolds(size1, size2, root1, root2, proof, hasher);
  } catch {
    return false;
  }
}

/** Steps 2 to 7 of RFC 9162 2.1.4.2, for 0 < size1 < size2 and a non-empty proof. */
function consistencyPathHolds(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: readonly Uint8Array[],
  hasher: Hasher,
): boolean {
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = hasher.node(c, fr);
      sr = hasher.node(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = hasher.node(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, root1) && equalBytes(sr, root2);
}

/**
 * An append-only tree of leaf hashes that answers for its current size and every
 * earlier one. Holds all leaf hashes in memory; the root of the current size is
 * kept up to date in O(log n), roots and proofs for other sizes cost O(n).
 */
export class MerkleTree {
  readonly #leaves: Uint8Array[] = [];
  /** Roots of the perfect subtrees that make up the current tree, largest first. */
  readonly #frontier: { size: number; hash: Uint8Array }[] = [];

  readonly #hasher: Hasher;

  constructor(leafHashes: Iterable<Uint8Array> = [], hasher: Hasher = webHasher) {
    this.#hasher = hasher;
    for (const h of leafHashes) this.append(h);
  }

  /** The number of leaves. */
  get size(): number {
    return this.#leaves.length;
  }

  /** Appends a leaf hash and returns its index. */
  append(hash: Uint8Array): number {
    if (!isHash(hash)) throw new TypeError(`een leaf hash heeft ${HASH_LENGTH} bytes`);
    const index = this.#leaves.push(hash.slice()) - 1;
    let top = { size: 1, hash: this.#leaves[index]! };
    for (let last = this.#frontier.at(-1); last?.size === top.size; last = this.#frontier.at(-1)) {
      this.#frontier.pop();
      top = { size: 2 * top.size, hash: this.#hasher.node(last.hash, top.hash) };
    }
    this.#frontier.push(top);
    return index;
  }

  /** Hashes a leaf (for the logboek: its canonical entry bytes) and appends it. */
  appendLeaf(leaf: Uint8Array): number {
    return this.append(this.#hasher.leaf(leaf));
  }

  /** The leaf hash at `index`. */
  leafHash(index: number): Uint8Array {
    const h = this.#leaves[index];
    if (!isIndex(index) || h === undefined) throw new RangeError(`geen leaf ${index}`);
    return h.slice();
  }

  /** The root hash of the tree of the first `size` leaves. */
  root(size = this.size): Uint8Array {
    if (size === this.size && size > 0) {
      const f = this.#frontier;
      let r = f[f.length - 1]!.hash;
      for (let i = f.length - 2; i >= 0; i--) r = this.#hasher.node(f[i]!.hash, r);
      return r.slice();
    }
    return rangeRoot(this.#leaves, 0, this.#checkSize(size), this.#hasher);
  }

  /** The inclusion proof of leaf `index` in the tree of the first `size` leaves. */
  inclusionProof(index: number, size = this.size): Uint8Array[] {
    return inclusionProof(index, this.#leaves.slice(0, this.#checkSize(size)), this.#hasher);
  }

  /** The consistency proof from the tree of `size1` leaves to that of `size2`. */
  consistencyProof(size1: number, size2 = this.size): Uint8Array[] {
    return consistencyProof(size1, this.#leaves.slice(0, this.#checkSize(size2)), this.#hasher);
  }

  #checkSize(size: number): number {
    if (!isIndex(size) || size > this.size) {
      throw new RangeError(`boomgrootte ${size} bestaat niet (grootte is ${this.size})`);
    }
    return size;
  }
}

/** MTH(D[lo:hi]) with a stack of perfect subtree roots; never slices or recurses. */
function rangeRoot(
  hashes: readonly Uint8Array[],
  lo: number,
  hi: number,
  hasher: Hasher,
): Uint8Array {
  if (hi === lo) return EMPTY_ROOT.slice();
  const node = (left: Uint8Array, right: Uint8Array) => hasher.node(left, right);
  const stack: Uint8Array[] = [];
  for (let i = lo; i < hi; i++) {
    let h = hashes[i]!;
    // After leaf number c = i - lo + 1, each trailing zero bit of c closes one subtree.
    for (let c = i - lo + 1; c % 2 === 0; c /= 2) h = node(stack.pop()!, h);
    stack.push(h);
  }
  let root = stack.pop()!;
  while (stack.length > 0) root = node(stack.pop()!, root);
  return root;
}

function isPowerOfTwo(n: number): boolean {
  return splitPoint(n) * 2 === n || n === 1;
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function isHash(h: unknown): h is Uint8Array {
  return h instanceof Uint8Array && h.length === HASH_LENGTH;
}

function isHashList(list: unknown): list is readonly Uint8Array[] {
  return Array.isArray(list) && list.every(isHash);
}

function checkHashes(hashes: readonly Uint8Array[]): void {
  if (!isHashList(hashes)) throw new TypeError(`elke leaf hash heeft ${HASH_LENGTH} bytes`);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

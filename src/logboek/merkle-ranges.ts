/**
 * @module
 * Which subtree roots make up an RFC 9162 proof, as leaf ranges, and which perfect
 * subtrees make up a range. Needs no hashes: a store fetches exactly the nodes a proof
 * needs (a handful of rows) instead of rehashing the log.
 */

/** A range [lo, hi) of leaves whose subtree root is one element of a proof. */
export type LeafRange = readonly [lo: number, hi: number];

/**
 * Which subtree roots make up the audit path of leaf `index` in a tree of `size`
 * leaves, leaf to root (RFC 9162 2.1.3.1). Needs no hashes, so a store can fetch
 * exactly those nodes.
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!isIndex(index) || !isIndex(size) || index >= size) {
    throw new RangeError(`leaf index ${index} ligt niet in een boom van ${size}`);
  }
  // PATH(m, D[lo:hi]) = PATH(m, D[lo:lo+k]) : MTH(D[lo+k:hi]) or the mirror; collect
  // the siblings from the root down, and return them from the leaf up.
  const siblings: LeafRange[] = [];
  let lo = 0;
  let hi = size;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (index < lo + k) {
      siblings.push([lo + k, hi]);
      hi = lo + k;
    } else {
      siblings.push([lo, lo + k]);
      lo += k;
    }
  }
  return siblings.reverse();
}

/** Which subtree roots make up the consistency proof from `size1` to `size2` (RFC 9162 2.1.4.1). */
export function consistencyRanges(size1: number, size2: number): LeafRange[] {
  if (!isIndex(size1) || !isIndex(size2) || size1 < 1 || size1 > size2) {
    throw new RangeError(`geen consistentiebewijs van ${size1} naar ${size2}`);
  }
  const tail: LeafRange[] = [];
  let lo = 0;
  let hi = size2;
  let m = size1;
  let wholeSubtree = true; // SUBPROOF's flag b: is D[lo:lo+m] the complete old tree?
  while (m < hi - lo) {
    const k = splitPoint(hi - lo);
    if (m <= k) {
      tail.push([lo + k, hi]);
      hi = lo + k;
    } else {
      tail.push([lo, lo + k]);
      lo += k;
      m -= k;
      wholeSubtree = false;
    }
  }
  const head: LeafRange[] = wholeSubtree ? [] : [[lo, hi]];
  return [...head, ...tail.reverse()];
}

/**
 * The perfect subtrees that make up the range [lo, hi), largest first, as (level,
 * index): level l, index i covers leaves [i * 2^l, (i + 1) * 2^l). Every range in an
 * RFC 9162 proof starts at a multiple of its largest power of two, so this holds there;
 * MTH(D[lo:hi]) is then the right fold of the subtree roots.
 */
export function perfectSubtrees(lo: number, hi: number): NodeAddress[] {
  if (!isIndex(lo) || !isIndex(hi) || lo > hi) throw new RangeError(`geen bereik ${lo}..${hi}`);
  const uit: NodeAddress[] = [];
  let start = lo;
  while (start < hi) {
    let size = 1;
    let level = 0;
    while (size * 2 <= hi - start) {
      size *= 2;
      level += 1;
    }
    if (start % size !== 0) throw new RangeError(`bereik ${lo}..${hi} ligt niet op een deelboom`);
    uit.push({ level, index: start / size });
    start += size;
  }
  return uit;
}

/** A perfect subtree: level l (2^l leaves), index i (covering leaves from i * 2^l). */
export interface NodeAddress {
  level: number;
  index: number;
}

/** The largest power of two smaller than n, for n > 1 (RFC 9162 2.1.1: k < n <= 2k). */
export function splitPoint(n: number): number {
  let k = 1;
  while (2 * k < n) k *= 2;
  return k;
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

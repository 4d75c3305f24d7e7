/**
 * @module
 * The logboek's tree as stored nodes: every complete perfect subtree is written once,
 * when its last leaf arrives, and never changes. Roots and proofs for any size then
 * need O(log n) node reads instead of rehashing the whole log, which suits SQLite and
 * D1 alike (one query per proof).
 *
 * @example
 * const { nodes, frontier } = appendLeaves(await source(perfectSubtrees(0, n)), leaves);
 * const proof = await proofFromNodes(inclusionRanges(index, size), source);
 */
import { type Hasher, webHasher } from './hash.js';
import { type LeafRange, type NodeAddress, perfectSubtrees } from './merkle-ranges.js';

/** A perfect subtree's root hash at its address; level 0 holds the leaf hashes. */
export interface StoredNode extends NodeAddress {
  hash: Uint8Array;
}

/** Reads stored nodes; may return them in any order and leave out those it lacks. */
export type NodeSource = (addresses: NodeAddress[]) => Promise<StoredNode[]>;

const EMPTY_ROOT = Uint8Array.from(atob('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='), (c) =>
  c.charCodeAt(0),
);

/**
 * Appends leaf hashes to the tree whose frontier (its perfect subtrees, largest first,
 * as {@link perfectSubtrees}(0, n) gives them) is `frontier`. Returns every node that
 * became complete, leaves included, and the new frontier.
 */
export function appendLeaves(
  frontier: readonly StoredNode[],
  leaves: readonly Uint8Array[],
  hasher: Hasher = webHasher,
): { nodes: StoredNode[]; frontier: StoredNode[] } {
  const stack = [...frontier];
  const nodes: StoredNode[] = [];
  let next = stack.reduce((n, s) => n + 2 ** s.level, 0);
  for (const hash of leaves) {
    let top: StoredNode = { level: 0, index: next, hash };
    next += 1;
    nodes.push(top);
    for (let left = stack.at(-1); left?.level === top.level; left = stack.at(-1)) {
      stack.pop();
      top = { level: top.level + 1, index: left.index / 2, hash: hasher.node(left.hash, top.hash) };
      nodes.push(top);
    }
    stack.push(top);
  }
  return { nodes, frontier: stack };
}

/** The root of the tree whose frontier is given (RFC 9162 MTH); SHA-256("") when empty. */
export function frontierRoot(frontier: readonly StoredNode[], hasher: Hasher = webHasher) {
  return foldRight(
    frontier.map((n) => n.hash),
    hasher,
  );
}

/** The root of the tree of the first `size` leaves, from stored nodes. */
export async function rootFromNodes(
  size: number,
  source: NodeSource,
  hasher: Hasher = webHasher,
): Promise<Uint8Array> {
  const [root] = await proofFromNodes([[0, size]], source, hasher);
  return root ?? EMPTY_ROOT.slice();
}

/** The subtree roots of `ranges` (from inclusionRanges or consistencyRanges), in one read. */
export async function proofFromNodes(
  ranges: readonly LeafRange[],
  source: NodeSource,
  hasher: Hasher = webHasher,
): Promise<Uint8Array[]> {
  const perRange = ranges.map(([lo, hi]) => perfectSubtrees(lo, hi));
  const wanted = new Map<string, NodeAddress>();
  for (const a of perRange.flat()) wanted.set(key(a), a);
  const found = new Map<string, Uint8Array>();
  if (wanted.size > 0) {
    for (const n of await source([...wanted.values()])) found.set(key(n), n.hash);
  }
  return perRange.map((addresses) =>
    foldRight(
      addresses.map((a) => {
        const h = found.get(key(a));
        if (!h) throw new Error(`knoop ${a.level}/${a.index} van de boom ontbreekt`);
        return h;
      }),
      hasher,
    ),
  );
}

/** A NodeSource that looks in `nodes` first and asks `source` for the rest. */
export function withNodes(nodes: readonly StoredNode[], source: NodeSource): NodeSource {
  const extra = new Map(nodes.map((n) => [key(n), n]));
  return async (addresses) => {
    const hier = addresses.filter((a) => extra.has(key(a))).map((a) => extra.get(key(a))!);
    const rest = addresses.filter((a) => !extra.has(key(a)));
    return rest.length === 0 ? hier : [...hier, ...(await source(rest))];
  };
}

/** MTH of consecutive perfect subtree roots, largest first: node(a, node(b, node(c, ...))). */
function foldRight(hashes: readonly Uint8Array[], hasher: Hasher): Uint8Array {
  if (hashes.length === 0) return EMPTY_ROOT.slice();
  let r = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) r = hasher.node(hashes[i]!, r);
  return r;
}

function key(a: NodeAddress): string {
  return `${a.level}/${a.index}`;
}

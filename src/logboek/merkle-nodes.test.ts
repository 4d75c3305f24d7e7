import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeSha256, webHasher } from './hash.js';
import {
  consistencyProof,
  consistencyRanges,
  inclusionProof,
  inclusionRanges,
  leafHash,
  treeRoot,
} from './merkle.js';
import {
  appendLeaves,
  frontierRoot,
  type NodeSource,
  proofFromNodes,
  rootFromNodes,
  type StoredNode,
  withNodes,
} from './merkle-nodes.js';
import { perfectSubtrees } from './merkle-ranges.js';

const sha = (...delen: Uint8Array[]) => {
  const h = createHash('sha256');
  for (const d of delen) h.update(d);
  return new Uint8Array(h.digest());
};

describe('hashes', () => {
  it('nodeSha256 is SHA-256(0x01 || left || right) for random inputs', () => {
    for (let i = 0; i < 200; i++) {
      const l = randomBytes(32);
      const r = randomBytes(32);
      expect(Buffer.from(nodeSha256(l, r)).toString('hex')).toBe(
        Buffer.from(sha(Uint8Array.of(1), l, r)).toString('hex'),
      );
    }
    expect(() => nodeSha256(new Uint8Array(31), new Uint8Array(32))).toThrow(TypeError);
  });

  it('webHasher.leaf is SHA-256(0x00 || leaf) for every length up to 300', () => {
    for (let n = 0; n < 300; n++) {
      const b = randomBytes(n);
      expect(webHasher.leaf(b)).toEqual(sha(Uint8Array.of(0), b));
    }
  });
});

function opslag(): {
  source: NodeSource;
  schrijf: (n: StoredNode[]) => void;
  aantal: () => number;
} {
  const map = new Map<string, Uint8Array>();
  return {
    source: async (adressen) =>
      adressen.flatMap((a) => {
        const h = map.get(`${a.level}/${a.index}`);
        return h ? [{ ...a, hash: h }] : [];
      }),
    schrijf: (nodes) => {
      for (const n of nodes) map.set(`${n.level}/${n.index}`, n.hash);
    },
    aantal: () => map.size,
  };
}

describe('stored nodes', () => {
  const leaves = Array.from({ length: 70 }, (_, i) => leafHash(new TextEncoder().encode(`r${i}`)));

  it('appending in uneven chunks stores 2n - popcount(n) nodes and gives every root and proof', async () => {
    const o = opslag();
    let frontier: StoredNode[] = [];
    for (let n = 0; n < leaves.length; ) {
      const stuk = leaves.slice(n, n + 1 + (n % 5));
      const r = appendLeaves(frontier, stuk);
      o.schrijf(r.nodes);
      frontier = r.frontier;
      n += stuk.length;
      expect(frontierRoot(frontier)).toEqual(treeRoot(leaves.slice(0, n)));
      expect(frontier.map(({ level, index }) => ({ level, index }))).toEqual(perfectSubtrees(0, n));
    }
    const popcount = (70).toString(2).replaceAll('0', '').length;
    expect(o.aantal()).toBe(2 * 70 - popcount);
    for (let size = 0; size <= 70; size++) {
      expect(await rootFromNodes(size, o.source)).toEqual(treeRoot(leaves.slice(0, size)));
      for (let m = 0; m < size && size <= 40; m++) {
        const p = await proofFromNodes(inclusionRanges(m, size), o.source);
        expect(p).toEqual(inclusionProof(m, leaves.slice(0, size)));
        const c = await proofFromNodes(consistencyRanges(m + 1, size), o.source);
        expect(c).toEqual(consistencyProof(m + 1, leaves.slice(0, size)));
      }
    }
  });

  it('names a missing node instead of computing a wrong proof', async () => {
    const o = opslag();
    o.schrijf(appendLeaves([], leaves.slice(0, 8)).nodes.filter((n) => n.level !== 2));
    await expect(rootFromNodes(8, o.source)).resolves.toEqual(treeRoot(leaves.slice(0, 8)));
    await expect(proofFromNodes(inclusionRanges(0, 8), o.source)).rejects.toThrow(
      'knoop 2/1 van de boom ontbreekt',
    );
  });

  it('withNodes serves unsaved nodes before asking the store', async () => {
    const o = opslag();
    const eerst = appendLeaves([], leaves.slice(0, 5));
    o.schrijf(eerst.nodes);
    const daarna = appendLeaves(eerst.frontier, leaves.slice(5, 9));
    const bron = withNodes(daarna.nodes, o.source);
    expect(await rootFromNodes(9, bron)).toEqual(treeRoot(leaves.slice(0, 9)));
    await expect(rootFromNodes(9, o.source)).rejects.toThrow('ontbreekt');
  });

  it('refuses ranges that do not start on a subtree', () => {
    expect(() => perfectSubtrees(1, 3)).toThrow(RangeError);
    expect(perfectSubtrees(4, 7)).toEqual([
      { level: 1, index: 2 },
      { level: 0, index: 6 },
    ]);
  });
});

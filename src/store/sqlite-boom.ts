/**
 * @module
 * The stored tree of the SQLite store on prepared statements: every write request reads the
 * frontier and the tree size, and (by default) makes a checkpoint, so these reads are hot.
 * Same answers as `maakLogboekBoom`, which D1 keeps using.
 */
import type { StoredNode } from '../logboek/merkle-nodes.js';
import type { NodeAddress } from '../logboek/merkle-ranges.js';
import type { LogboekBoom } from './boom.js';
import { ADRESSEN_PER_QUERY } from './logboek-queries.js';
import type { Statements } from './sqlite-statements.js';

/** `boom` with its size, node and last-checkpoint reads on prepared statements. */
export function snelleBoom(boom: LogboekBoom, st: Statements): LogboekBoom {
  return {
    ...boom,
    grootte: async () => st.bladeren.get()?.n ?? 0,
    knopen: async (adressen) => leesKnopen(st, adressen),
    laatsteCheckpoint: async () => {
      const rij = st.laatsteCheckpoint.get();
      return rij && { ...rij, root: new Uint8Array(rij.root) };
    },
  };
}

/** Stored nodes at `adressen`, as plain bytes; those not stored are left out. */
export function leesKnopen(st: Statements, adressen: readonly NodeAddress[]): StoredNode[] {
  const uit: StoredNode[] = [];
  for (let i = 0; i < adressen.length; i += ADRESSEN_PER_QUERY) {
    const deel = adressen.slice(i, i + ADRESSEN_PER_QUERY);
    const waarden: Record<string, number> = {};
    deel.forEach((a, k) => {
      waarden[`l${k}`] = a.level;
      waarden[`i${k}`] = a.index;
    });
    for (const n of st.knopen(deel.length).all(waarden)) {
      uit.push({ level: n.level, index: n.index, hash: new Uint8Array(n.hash) });
    }
  }
  return uit;
}

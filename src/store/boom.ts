/**
 * @module
 * The logboek's stored tree, checkpoints and cosignatures, behind one small interface that
 * both adapters expose as `store.boom`. The tree grows in the same transaction (SQLite) or
 * batch (D1) as the entries it covers (`src/matching/schrijfplan.ts`). Reads are plain queries,
 * so one implementation serves both drivers (awaiting a synchronous result is harmless).
 */
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { NodeSource, StoredNode } from '../logboek/merkle-nodes.js';
import type { NodeAddress } from '../logboek/merkle-ranges.js';
import type { OpgeslagenBlad } from '../logboek/verifieer-entry.js';
import {
  ADRESSEN_PER_QUERY,
  cosignaturenQuery,
  knopenQuery,
  knopenReeksQuery,
  laatsteCheckpointQuery,
  omvangQuery,
  rijenVanBladenQuery,
  standQuery,
  vanafQuery,
} from './logboek-queries.js';
import * as schema from './schema.js';

export type CheckpointRij = typeof schema.checkpoints.$inferSelect;
export type CosignatuurRij = typeof schema.cosignaturen.$inferSelect;
/** A logboek row exactly as stored: every column, for verification. */
export type LogboekRij = typeof schema.logboek.$inferSelect;

export interface LogboekBoom {
  /** The number of leaves in the stored tree: one per committed request. */
  grootte(): Promise<number>;
  /** Stored nodes at the given addresses (a {@link NodeSource}). */
  knopen: NodeSource;
  /** Stored nodes of one level with index in [van, tot]. */
  knopenReeks(niveau: number, van: number, tot: number): Promise<StoredNode[]>;
  laatsteCheckpoint(): Promise<CheckpointRij | undefined>;
  /** Checkpoints of size >= `vanaf`, smallest first. */
  checkpoints(vanaf: number, limiet: number): Promise<CheckpointRij[]>;
  /** Keeps a checkpoint; one of the same size that exists already is left as it is. */
  bewaarCheckpoint(rij: CheckpointRij): Promise<void>;
  /** Keeps a cosignature; false when this witness key already cosigned this checkpoint. */
  bewaarCosignatuur(rij: CosignatuurRij): Promise<boolean>;
  /** The cosignatures of the checkpoints of the given sizes. */
  cosignaturen(grootten: readonly number[]): Promise<CosignatuurRij[]>;
  /** Logboek rows as stored, from volgnummer `vanaf`, in order. */
  rijen(vanaf: number, limiet: number): Promise<LogboekRij[]>;
  /** Leaves as stored from number `vanaf`, in order, each with its logboek rows. */
  bladen(vanaf: number, limiet: number): Promise<OpgeslagenBlad[]>;
  /** How many entry rows are stored, leaf or no leaf, and the last volgnummer. */
  omvang(): Promise<{ regels: number; laatste: number }>;
  /** One leaf as stored with its logboek rows, if it exists. */
  blad(nummer: number): Promise<OpgeslagenBlad | undefined>;
}

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

/**
 * The {@link LogboekBoom} over a drizzle database of either driver. `leesKnopen` may replace
 * the node reads (SQLite passes a prepared statement; D1 keeps one query per proof).
 */
export function maakLogboekBoom(
  db: Db,
  leesKnopen?: (adressen: NodeAddress[]) => StoredNode[],
): LogboekBoom {
  const d = db as BaseSQLiteDatabase<'async', unknown, typeof schema>;
  const knopen: NodeSource = async (adressen) => {
    if (leesKnopen) return leesKnopen(adressen).map(metBytes);
    const uit: StoredNode[] = [];
    for (let i = 0; i < adressen.length; i += ADRESSEN_PER_QUERY) {
      uit.push(...(await knopenQuery(d, adressen.slice(i, i + ADRESSEN_PER_QUERY)).all()));
    }
    return uit.map(metBytes);
  };
  return {
    grootte: async () => (await standQuery(d))?.bladeren ?? 0,
    knopen,
    knopenReeks: async (niveau, van, tot) =>
      (await knopenReeksQuery(d, niveau, van, tot).all()).map(metBytes),
    laatsteCheckpoint: async () => {
      const [rij] = await laatsteCheckpointQuery(d).all();
      return rij && { ...rij, root: bytes(rij.root) };
    },
    checkpoints: async (vanaf, limiet) =>
      (
        await vanafQuery(d, schema.checkpoints, schema.checkpoints.grootte, vanaf, limiet).all()
      ).map((r) => ({ ...r, root: bytes(r.root) })),
    bewaarCheckpoint: async (rij) => {
      await d.insert(schema.checkpoints).values(rij).onConflictDoNothing().run();
    },
    bewaarCosignatuur: async (rij) => {
      const r = (await d.insert(schema.cosignaturen).values(rij).onConflictDoNothing().run()) as {
        changes?: number;
        meta?: { changes?: number };
      };
      return (r.changes ?? r.meta?.changes) === 1;
    },
    cosignaturen: async (grootten) => {
      const uit: CosignatuurRij[] = [];
      for (let i = 0; i < grootten.length; i += 90) {
        uit.push(...(await cosignaturenQuery(d, grootten.slice(i, i + 90)).all()));
      }
      return uit;
    },
    rijen: (vanaf, limiet) =>
      vanafQuery(d, schema.logboek, schema.logboek.volgnummer, vanaf, limiet).all(),
    bladen: (vanaf, limiet) => leesBladen(d, vanaf, limiet),
    omvang: async () => (await omvangQuery(d)) ?? { regels: 0, laatste: 0 },
    blad: async (nummer) => {
      const [b] = await leesBladen(d, nummer, 1);
      return b?.nummer === nummer ? b : undefined;
    },
  };
}

/** Leaves from `vanaf` with their rows: two queries per page. */
async function leesBladen(
  d: BaseSQLiteDatabase<'async', unknown, typeof schema>,
  vanaf: number,
  limiet: number,
): Promise<OpgeslagenBlad[]> {
  const b = schema.bladen;
  const bladen = await vanafQuery(d, b, b.nummer, vanaf, limiet).all();
  if (bladen.length === 0) return [];
  const rijen = await rijenVanBladenQuery(d, bladen[0]!.nummer, bladen.at(-1)!.nummer).all();
  const per = new Map<number, LogboekRij[]>();
  for (const r of rijen) {
    const lijst = per.get(r.blad);
    if (lijst) lijst.push(r);
    else per.set(r.blad, [r]);
  }
  return bladen.map((b) => ({
    nummer: b.nummer,
    tijdstip: b.tijdstip,
    inhoud: b.inhoud,
    zouten: b.zouten ?? null,
    regels: per.get(b.nummer) ?? [],
  }));
}

/** Drivers return blobs as Buffer (better-sqlite3) or as arrays (D1); the tree wants plain bytes. */
function bytes(b: Uint8Array | ArrayBuffer | number[]): Uint8Array {
  return b instanceof Uint8Array ? new Uint8Array(b) : new Uint8Array(b as ArrayBuffer);
}

function metBytes(n: StoredNode): StoredNode {
  return { level: n.level, index: n.index, hash: bytes(n.hash) };
}

/**
 * @module
 * The logboek's own retention, as both adapters run it: the leaves older than the cut-off,
 * as a prefix 1..N, lose their content (the leaf text becomes empty, its entry rows, openings
 * and index rows go) and keep their number, time and leaf hash (in the stored tree). The
 * leaf with the newest entry is never erased, so the next volgnummer stays known.
 */
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

/** A built query whose result is synchronous or a promise, as the driver's mode says. */
type Query<K extends 'sync' | 'async', T> = { all(): K extends 'sync' ? T[] : Promise<T[]> };

const b = schema.bladen;
const l = schema.logboek;

/** The text an erased leaf keeps: none. */
export const GEWIST = '';

/** What to read before erasing: earlier erasures, the time cut-off, and the newest entry's leaf. */
export function wisStandQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  grens: number,
): Query<K, { gewist: number; ouder: number; laatsteMetRegel: number }> {
  return (db as Db<'sync'>)
    .select({
      // The erased leaves are always a prefix: the first leaf that was not erased ends it. Read
      // from the front, this stops there instead of scanning every leaf (0 ms instead of
      // 0.9 s on 1,000,000 leaves, every hour).
      gewist: sql<number>`coalesce((select min(${b.nummer}) from ${b} where ${b.inhoud} <> ${GEWIST}) - 1, (select max(${b.nummer}) from ${b}), 0)`,
      ouder: sql<number>`coalesce((select min(${b.nummer}) from ${b} where ${b.tijdstip} >= ${grens}) - 1, (select max(${b.nummer}) from ${b}), 0)`,
      laatsteMetRegel: sql<number>`coalesce((select max(${l.blad}) from ${l}), 0)`,
    })
    .from(sql`(select 1)`) as never;
}

/** The last volgnummer in leaves up to `n` that still has its row (null when none). */
export function laatsteRegelTotQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  n: number,
): Query<K, { v: number | null }> {
  return (db as Db<'sync'>)
    .select({ v: sql<number | null>`max(${l.volgnummer})` })
    .from(l)
    .where(lte(l.blad, n)) as never;
}

/** Leaves up to: the prefix to erase, or undefined when nothing new is past the term. */
export function teWissen(stand: { gewist: number; ouder: number; laatsteMetRegel: number }) {
  const n = Math.min(stand.ouder, stand.laatsteMetRegel - 1);
  return n > stand.gewist ? n : undefined;
}

/** The statements that erase leaves `van`..`n`: index rows, openings, entry rows, leaf text. */
export function wisBladen<K extends 'sync' | 'async'>(db: Db<K>, van: number, n: number) {
  const { openingen: o, openingPseudoniemen: op } = schema;
  const regels = db
    .select({ v: l.volgnummer })
    .from(l)
    .where(and(gte(l.blad, van), lte(l.blad, n)));
  return [
    db.delete(op).where(inArray(op.volgnummer, regels)),
    db.delete(o).where(inArray(o.volgnummer, regels)),
    db.delete(l).where(and(gte(l.blad, van), lte(l.blad, n))),
    db
      .update(b)
      .set({ inhoud: GEWIST, zouten: null })
      .where(and(gte(b.nummer, van), lte(b.nummer, n))),
  ] as const;
}

/** The most recent erasure entry's text, for the last erased volgnummer. */
export function laatsteWissingQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
): Query<K, { inhoud: string }> {
  return (db as Db<'sync'>)
    .select({ inhoud: l.inhoud })
    .from(l)
    .where(eq(l.actie, 'logboek-gewist'))
    .orderBy(sql`${l.volgnummer} desc`)
    .limit(1) as never;
}

/**
 * The last erased volgnummer: the newest row in the erased leaves, or, when those leaves hold
 * none (a request may commit no entry), the one the previous erasure named.
 */
export function laatsteRegelTot(rij: number | null, vorigeWissing: string | undefined): number {
  if (rij !== null) return rij;
  if (vorigeWissing === undefined) return 0;
  const w = (JSON.parse(vorigeWissing) as { wissing?: { totEnMetRegel?: number } }).wissing;
  return w?.totEnMetRegel ?? 0;
}

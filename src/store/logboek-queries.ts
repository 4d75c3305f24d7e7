/**
 * @module
 * Queries of the logboek's stored RFC 9162 tree (merkle_knopen), its checkpoints and
 * cosignatures, shared by both adapters: better-sqlite3 runs them synchronously inside its
 * transaction, D1 awaits them. Every statement stays under D1's 100 bound parameters.
 */
import { and, asc, between, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Entry } from '../logboek/entry.js';
import type { StoredNode } from '../logboek/merkle-nodes.js';
import type { NodeAddress } from '../logboek/merkle-ranges.js';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

/** A built query whose result is synchronous or a promise, as the driver's mode says. */
type Query<K extends 'sync' | 'async', T> = { all(): K extends 'sync' ? T[] : Promise<T[]> };

/** D1 binds at most 100 parameters per statement: two per node address, three per node row. */
export const ADRESSEN_PER_QUERY = 45;
export const KNOPEN_PER_INSERT = 30;

/** The row of the logboek table for a committed entry: its canonical text plus search columns. */
export function logboekRij(entry: Entry, nu: number, inhoud: string) {
  return {
    volgnummer: entry.volgnummer,
    blad: entry.blad ?? 0,
    tijdstip: nu,
    actie: entry.actie,
    partner: entry.partner,
    bron: entry.bron,
    ontvanger: entry.ontvanger,
    signaal: entry.signaal,
    doel: entry.doel,
    bronZicht: entry.bronZicht ?? null,
    inhoud,
  } satisfies typeof schema.logboek.$inferInsert;
}

/**
 * The last volgnummer, the last leaf, and the number of leaves in the stored tree (equal to
 * the last leaf, except after an upgrade).
 */
export function standQuery<K extends 'sync' | 'async'>(db: Db<K>) {
  return db.get<{ entries: number; bladen: number; bladeren: number }>(sql`SELECT
    (SELECT coalesce(max(volgnummer), 0) FROM logboek) AS entries,
    (SELECT coalesce(max(nummer), 0) FROM bladen) AS bladen,
    (SELECT coalesce(max(positie) + 1, 0) FROM merkle_knopen WHERE niveau = 0) AS bladeren`);
}

/** How many logboek rows there are and the last volgnummer, for verification. */
export function omvangQuery<K extends 'sync' | 'async'>(db: Db<K>) {
  return db.get<{ regels: number; laatste: number }>(sql`SELECT count(*) AS regels,
    coalesce(max(volgnummer), 0) AS laatste FROM logboek`);
}

/** The texts of leaves `van` .. `van + aantal - 1`, in order (those the stored tree lacks). */
export function bladTekstenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  van: number,
  aantal: number,
): Query<K, { inhoud: string }> {
  const b = schema.bladen;
  return (db as Db<'sync'>)
    .select({ inhoud: b.inhoud })
    .from(b)
    .where(between(b.nummer, van, van + aantal - 1))
    .orderBy(asc(b.nummer)) as never;
}

/**
 * Rows of `tabel` (all columns, as stored) whose `kolom` is at least `vanaf`, in that order:
 * logboek rows by volgnummer, leaves by number, checkpoints by size.
 */
export function vanafQuery<K extends 'sync' | 'async', T extends SQLiteTable>(
  db: Db<K>,
  tabel: T,
  kolom: SQLiteColumn,
  vanaf: number,
  limiet: number,
): Query<K, T['$inferSelect']> {
  return (db as Db<'sync'>)
    .select()
    .from(tabel as SQLiteTable)
    .where(gte(kolom, vanaf))
    .orderBy(asc(kolom))
    .limit(limiet) as never;
}

/** Every logboek row (all columns) of the leaves `van` .. `tot`, in volgnummer order. */
export function rijenVanBladenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  van: number,
  tot: number,
): Query<K, typeof schema.logboek.$inferSelect> {
  const l = schema.logboek;
  return (db as Db<'sync'>)
    .select()
    .from(l)
    .where(between(l.blad, van, tot))
    .orderBy(asc(l.volgnummer)) as never;
}

/** Stored nodes at `adressen` (at most {@link ADRESSEN_PER_QUERY}). */
export function knopenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  adressen: readonly NodeAddress[],
): Query<K, StoredNode> {
  const k = schema.merkleKnopen;
  return (db as Db<'sync'>)
    .select({ level: k.niveau, index: k.positie, hash: k.hash })
    .from(k)
    .where(or(...adressen.map((a) => and(eq(k.niveau, a.level), eq(k.positie, a.index))))) as never;
}

/**
 * One stored node by address, as a prepared statement with placeholders `niveau` and
 * `positie`: SQLite runs it many times for the cost of one parse (proofs need ~log n nodes).
 */
export function knoopStatement(db: BetterSQLite3Database<typeof schema>) {
  const k = schema.merkleKnopen;
  return db
    .select({ level: k.niveau, index: k.positie, hash: k.hash })
    .from(k)
    .where(and(eq(k.niveau, sql.placeholder('niveau')), eq(k.positie, sql.placeholder('positie'))))
    .prepare();
}

/** Stored nodes of one level with index in [van, tot], in order. */
export function knopenReeksQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  niveau: number,
  van: number,
  tot: number,
): Query<K, StoredNode> {
  const k = schema.merkleKnopen;
  return (db as Db<'sync'>)
    .select({ level: k.niveau, index: k.positie, hash: k.hash })
    .from(k)
    .where(and(eq(k.niveau, niveau), between(k.positie, van, tot)))
    .orderBy(asc(k.positie)) as never;
}

/** Inserts for new tree nodes; a node that exists already fails the statement (PRIMARY KEY). */
export function knopenInserts<K extends 'sync' | 'async'>(db: Db<K>, knopen: StoredNode[]) {
  const inserts = [];
  for (let i = 0; i < knopen.length; i += KNOPEN_PER_INSERT) {
    const deel = knopen.slice(i, i + KNOPEN_PER_INSERT);
    inserts.push(
      db
        .insert(schema.merkleKnopen)
        .values(deel.map((n) => ({ niveau: n.level, positie: n.index, hash: n.hash }))),
    );
  }
  return inserts;
}

/** The checkpoint of the largest tree. */
export function laatsteCheckpointQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
): Query<K, typeof schema.checkpoints.$inferSelect> {
  const c = schema.checkpoints;
  return (db as Db<'sync'>).select().from(c).orderBy(desc(c.grootte)).limit(1) as never;
}

/** The cosignatures of the checkpoints of the given sizes (at most 90). */
export function cosignaturenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  grootten: number[],
): Query<K, typeof schema.cosignaturen.$inferSelect> {
  const c = schema.cosignaturen;
  return (db as Db<'sync'>)
    .select()
    .from(c)
    .where(inArray(c.grootte, grootten))
    .orderBy(asc(c.grootte), asc(c.getuige)) as never;
}

/** The text of the last entry with action `actie`. */
export function laatsteEntryQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  actie: string,
): Query<K, { inhoud: string }> {
  const l = schema.logboek;
  return (db as Db<'sync'>)
    .select({ inhoud: l.inhoud })
    .from(l)
    .where(eq(l.actie, actie))
    .orderBy(desc(l.volgnummer))
    .limit(1) as never;
}

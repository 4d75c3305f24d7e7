/**
 * @module
 * Queries of regie (issue 17) both adapters share. {@link bewaarRegie} is the one place an
 * accepted or claimed regie is written, inside the write of the event that gives it: a
 * counter (issue 19's time-to-regie) hooks in there.
 */
import { and, eq, or, type SQLWrapper, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { POORT } from '../logboek/zoeken.js';
import type { Casusinzage, Regie, Regievoorstel } from '../matching/regie.js';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

/**
 * Writes regie `r`: the first of its casus is inserted, a handover replaces the row. The
 * database allows the first only while none is stored and a handover only from `r.vorige`
 * (migration 0015's triggers): of two racing claims one fails whole.
 */
export function bewaarRegie<K extends 'sync' | 'async'>(db: Db<K>, r: Regie) {
  if (r.vorige === null) return db.insert(schema.regie).values(r);
  const { casus, ...rest } = r;
  return db.update(schema.regie).set(rest).where(eq(schema.regie.casus, casus));
}

/** Writes a proposal: an open one is inserted, an answer replaces the row while it is open. */
export function bewaarRegievoorstel<K extends 'sync' | 'async'>(db: Db<K>, v: Regievoorstel) {
  if (v.status === 'open') return db.insert(schema.regievoorstellen).values(v);
  const { id, ...rest } = v;
  return db.update(schema.regievoorstellen).set(rest).where(eq(schema.regievoorstellen.id, id));
}

/** Whether `fout` is the database refusing a second regisseur or a second answer. */
export function isRegieAlBeslist(fout: unknown): boolean {
  for (let f: unknown = fout, diepte = 0; f && diepte < 5; diepte++) {
    if (f instanceof Error && f.message.includes('regie-al-beslist')) return true;
    f = (f as { cause?: unknown }).cause;
  }
  return false;
}

/** The regie of casus `casus`. */
export function regieQuery<K extends 'sync' | 'async'>(db: Db<K>, casus: string) {
  return db.select().from(schema.regie).where(eq(schema.regie.casus, casus));
}

/** Regie proposal `id`. */
export function regievoorstelQuery<K extends 'sync' | 'async'>(db: Db<K>, id: string) {
  return db.select().from(schema.regievoorstellen).where(eq(schema.regievoorstellen.id, id));
}

/** The open regie proposals on casus `casus` (the werkplek's regie page), in no fixed order. */
export function openVoorstellenOpQuery<K extends 'sync' | 'async'>(db: Db<K>, casus: string) {
  const t = schema.regievoorstellen;
  return db
    .select()
    .from(t)
    .where(and(eq(t.casus, casus), eq(t.status, 'open')));
}

/**
 * The ids among `casussen` with a regisseur, an open proposal, or a proposal of the gateway
 * itself, answered or not (issue 17): read in the write of a registration, so the gateway
 * proposes a default regisseur once per casus and only where no regie or proposal exists.
 * `casussen`: the ids as a JSON array, or a placeholder for one (the Node store prepares the
 * queries once; an IN list would be a new statement per number of ids).
 */
export function belegdeCasussenQueries<K extends 'sync' | 'async'>(
  db: Db<K>,
  casussen: string | SQLWrapper,
) {
  const r = schema.regie;
  const v = schema.regievoorstellen;
  const onder = (kolom: SQLWrapper) => sql`${kolom} IN (SELECT value FROM json_each(${casussen}))`;
  return [
    db.select({ casus: r.casus }).from(r).where(onder(r.casus)),
    db
      .select({ casus: v.casus })
      .from(v)
      .where(and(onder(v.casus), or(eq(v.status, 'open'), eq(v.van, POORT)))),
  ] as const;
}

/** The last casussen answer of signal `signaal` (issue 17). */
export function casusinzageQuery<K extends 'sync' | 'async'>(db: Db<K>, signaal: string) {
  return db.select().from(schema.casusinzagen).where(eq(schema.casusinzagen.signaal, signaal));
}

/** Keeps `c` as the last casussen answer of its signal, in the write of the leaf that logged it. */
export function bewaarCasusinzage<K extends 'sync' | 'async'>(db: Db<K>, c: Casusinzage) {
  const { signaal, ...rest } = c;
  return db
    .insert(schema.casusinzagen)
    .values(c)
    .onConflictDoUpdate({ target: schema.casusinzagen.signaal, set: rest });
}

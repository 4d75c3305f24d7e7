/**
 * @module
 * The quota's statements, shared by both adapters: the one conditional upsert that counts a
 * try, the warnings for the FG, and their purge.
 */
import { and, asc, eq, gt, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Waarschuwing, WaarschuwingRij } from '../policy/fg-waarschuwing.js';
import type { Telling } from '../policy/quota.js';
import type { Query } from './queries.js';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

/**
 * Adds every telling to its counter only if each one stays within its limit, in ONE statement:
 * SQLite runs a statement atomically and D1 (one writer per database) runs statements one after
 * another, so of two concurrent tries for the last free slot the second sees the first's count
 * and adds nothing. A separate statement per counter could not do that on D1: a batch rolls
 * back only on an error, not on an update that changed no row. Changes: one per telling if the
 * try is counted, 0 if any counter is full.
 */
export function reserveerQuery(tellingen: readonly Telling[]): SQL {
  const rijen = sql.join(
    tellingen.map((t) => sql`(${sql.join(reserveerWaarden(t), sql`, `)})`),
    sql`, `,
  );
  return sql`WITH v(partner, teller, venster, vanaf, tot, aantal, limiet) AS (VALUES ${rijen})
INSERT INTO quota_tellers (partner, teller, venster, vanaf, tot, aantal)
SELECT partner, teller, venster, vanaf, tot, aantal FROM v
WHERE NOT EXISTS (
  SELECT 1 FROM v AS w LEFT JOIN quota_tellers AS q
    ON q.partner = w.partner AND q.teller = w.teller AND q.venster = w.venster AND q.vanaf = w.vanaf
  WHERE coalesce(q.aantal, 0) + w.aantal > w.limiet
)
ON CONFLICT (partner, teller, venster, vanaf) DO UPDATE SET aantal = quota_tellers.aantal + excluded.aantal`;
}

/**
 * The values of one telling in {@link reserveerQuery}'s VALUES row, in its column order: the
 * statement's parameters are these, row after row.
 */
export function reserveerWaarden(t: Telling): Array<string | number> {
  return [t.partner, t.teller, t.venster, t.vanaf, t.tot, t.aantal, t.limiet];
}

/** The current counts of the counters of `tellingen`. */
export function tellerStandQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  tellingen: readonly Telling[],
) {
  const q = schema.quotaTellers;
  return db
    .select({ teller: q.teller, venster: q.venster, vanaf: q.vanaf, aantal: q.aantal })
    .from(q)
    .where(
      or(
        ...tellingen.map((t) =>
          and(
            eq(q.partner, t.partner),
            eq(q.teller, t.teller),
            eq(q.venster, t.venster),
            eq(q.vanaf, t.vanaf),
          ),
        ),
      ),
    );
}

/** The tellingen that would go above their limit, given the counts read just now. */
export function volleTellingen(
  tellingen: readonly Telling[],
  stand: ReadonlyArray<{ teller: string; venster: string; vanaf: number; aantal: number }>,
): Telling[] {
  const vol = tellingen.filter((t) => {
    const nu = stand.find(
      (s) => s.teller === t.teller && s.venster === t.venster && s.vanaf === t.vanaf,
    );
    return (nu?.aantal ?? 0) + t.aantal > t.limiet;
  });
  // The statement refused, so at least one was full; a count read later cannot show less.
  return vol.length > 0 ? vol : [...tellingen];
}

/** Records warning `w` at `nu`: once per partner, gebruiker, counter and window, then counted up. */
export function waarschuwQuery<K extends 'sync' | 'async'>(db: Db<K>, w: Waarschuwing, nu: number) {
  const t = schema.waarschuwingen;
  return db
    .insert(t)
    .values({ ...w, aantal: 1, eersteOp: nu, laatsteOp: nu })
    .onConflictDoUpdate({
      target: [t.partner, t.gebruiker, t.aanleiding, t.teller, t.venster, t.vanaf],
      set: {
        aantal: sql`${t.aantal} + 1`,
        laatsteOp: sql`max(${t.laatsteOp}, excluded.laatste_op)`,
      },
    });
}

/** Warnings after id `na`, oldest first; only those of `partner` when given. */
export function waarschuwingenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  partner: string | undefined,
  na: number,
  limiet: number,
): Query<K, WaarschuwingRij> {
  const t = schema.waarschuwingen;
  return (db as Db<'sync'>)
    .select()
    .from(t)
    .where(and(gt(t.id, na), partner === undefined ? undefined : eq(t.partner, partner)))
    .orderBy(asc(t.id))
    .limit(limiet) as never;
}

/** Counters whose window has ended at `nu`. */
export function verlopenTellers<K extends 'sync' | 'async'>(db: Db<K>, nu: number) {
  return db.delete(schema.quotaTellers).where(lte(schema.quotaTellers.tot, nu));
}

/** Warnings last seen before `grens`. */
export function oudeWaarschuwingen<K extends 'sync' | 'async'>(db: Db<K>, grens: number) {
  return db.delete(schema.waarschuwingen).where(lt(schema.waarschuwingen.laatsteOp, grens));
}

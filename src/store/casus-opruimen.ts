/**
 * @module
 * Purging what issue 17 keeps about casussen and termijnen, as both adapters run it: the rows
 * of regie, regie proposals, stapelmeldingen and reported termijnen go with the signals they
 * are about. A casus's rows go once the casus no longer exists (its members were destroyed or
 * withdrawn; the use case decides which, src/use-cases/casussen-opruimen.ts); the reported
 * termijnen of overdrachten and requests go with their signal, before those rows do.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Query } from './queries.js';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

const t = schema.termijnmeldingen;
const v = schema.regievoorstellen;

/** Every casus id that has a regie, a proposal, a stapelmelding or a reported termijn. */
export function casussenMetRijenQuery<K extends 'sync' | 'async'>(db: Db<K>) {
  const sdb = db as Db<'sync'>;
  return sdb
    .select({ casus: schema.regie.casus })
    .from(schema.regie)
    .union(sdb.select({ casus: v.casus }).from(v))
    .union(sdb.select({ casus: schema.stapelmeldingen.casus }).from(schema.stapelmeldingen))
    .union(
      sdb
        .select({ casus: sql<string>`substr(${t.onderwerp}, 7)` })
        .from(t)
        .where(eq(t.soort, 'casus')),
    ) as unknown as Query<K, { casus: string }>;
}

/** The statements that delete every row of casussen `ids`, proposals' termijnen first. */
export function wisCasussenQueries<K extends 'sync' | 'async'>(db: Db<K>, ids: string[]) {
  const voorstellen = db
    .select({ o: sql`'regie:' || ${v.id}` })
    .from(v)
    .where(inArray(v.casus, ids));
  return [
    db.delete(t).where(inArray(t.onderwerp, voorstellen)),
    db.delete(t).where(
      inArray(
        t.onderwerp,
        ids.map((id) => `casus:${id}`),
      ),
    ),
    db.delete(v).where(inArray(v.casus, ids)),
    db.delete(schema.regie).where(inArray(schema.regie.casus, ids)),
    db.delete(schema.stapelmeldingen).where(inArray(schema.stapelmeldingen.casus, ids)),
  ] as const;
}

/** The statements that delete the reported termijnen of the overdrachten and requests of `ids`. */
export function termijnenVanSignalenQueries<K extends 'sync' | 'async'>(db: Db<K>, ids: string[]) {
  const o = schema.overdrachten;
  const q = schema.terugkoppelingsvragen;
  return [
    db.delete(t).where(
      inArray(
        t.onderwerp,
        db
          .select({ o: sql`'overdracht:' || ${o.id}` })
          .from(o)
          .where(inArray(o.signaal, ids)),
      ),
    ),
    db.delete(t).where(
      inArray(
        t.onderwerp,
        db
          .select({ o: sql`'terugkoppeling:' || ${q.id}` })
          .from(q)
          .where(inArray(q.signaal, ids)),
      ),
    ),
  ] as const;
}

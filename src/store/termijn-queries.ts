/**
 * @module
 * Queries of termijnen and stapelmeldingen (issue 17) both adapters share: what is open and
 * was not yet reported as passed (no row in `termijnmeldingen` for it), and
 * {@link bewaarStapelmelding}, the one place a stapelmelding is written (issue 19 counts there).
 */
import { and, eq, ne, notExists, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { POORT } from '../logboek/zoeken.js';
import type { Stapelmelding } from '../matching/stapelmelding.js';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

const t = schema.termijnmeldingen;

/** No termijn reported for `<soort>:<id>`. */
function nietGemeld<K extends 'sync' | 'async'>(db: Db<K>, soort: string, id: unknown) {
  return notExists(
    db
      .select({ o: t.onderwerp })
      .from(t)
      .where(eq(t.onderwerp, sql`${soort} || ':' || ${id}`)),
  );
}

/** Open overdrachten without a report. */
export function openOverdrachten<K extends 'sync' | 'async'>(db: Db<K>) {
  const o = schema.overdrachten;
  return db
    .select()
    .from(o)
    .where(and(eq(o.status, 'open'), nietGemeld(db, 'overdracht', o.id)));
}

/**
 * Open regie proposals of a partner without a report. A default regisseur the gateway proposed
 * itself (`van` the gateway) has no partner waiting for the answer.
 */
export function openVoorstellen<K extends 'sync' | 'async'>(db: Db<K>) {
  const v = schema.regievoorstellen;
  return db
    .select()
    .from(v)
    .where(and(eq(v.status, 'open'), ne(v.van, POORT), nietGemeld(db, 'regie', v.id)));
}

/** Requests for terugkoppeling without a report. */
export function openVragen<K extends 'sync' | 'async'>(db: Db<K>) {
  const v = schema.terugkoppelingsvragen;
  return db
    .select()
    .from(v)
    .where(nietGemeld(db, 'terugkoppeling', v.id));
}

/** Writes stapelmelding `m`, inside the write of the registration that completed the stapel. */
export function bewaarStapelmelding<K extends 'sync' | 'async'>(db: Db<K>, m: Stapelmelding) {
  return db.insert(schema.stapelmeldingen).values(m);
}

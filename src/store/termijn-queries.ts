/**
 * @module
 * Queries of termijnen and stapelmeldingen (issue 17) both adapters share: what is open and
 * was not yet reported as passed (no row in `termijnmeldingen` for it), every casus member for
 * the termijn of a casus without regie, and
 * {@link bewaarStapelmelding}, the one place a stapelmelding is written (issue 19 counts there).
 */
import { and, asc, eq, exists, gt, isNull, ne, notExists, sql } from 'drizzle-orm';
import { alias, type BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { POORT } from '../logboek/zoeken.js';
import type { Stapelmelding } from '../matching/stapelmelding.js';
import type { KandidaatRij, Query } from './queries.js';
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

/** Requests for terugkoppeling without a report, while the owner set no status since. */
export function openVragen<K extends 'sync' | 'async'>(db: Db<K>) {
  const v = schema.terugkoppelingsvragen;
  const st = schema.statussen;
  const gegeven = db
    .select({ een: sql`1` })
    .from(st)
    .where(and(eq(st.signaal, v.signaal), sql`${st.gewijzigdOp} >= ${v.aangemaaktOp}`));
  return db
    .select()
    .from(v)
    .where(and(nietGemeld(db, 'terugkoppeling', v.id), notExists(gegeven)));
}

/**
 * Every active signal holding a stored pseudonym that an active signal of another partner
 * holds too, one row per such pseudonym: the members of every casus (grouped by `groepeer`).
 */
export function alleCasusLedenQuery<K extends 'sync' | 'async'>(db: Db<K>, nu: number) {
  const { signalen: s, pseudoniemen: p, statussen: st } = schema;
  const p2 = alias(schema.pseudoniemen, 'p2');
  const s2 = alias(schema.signalen, 's2');
  // Built on the sync type only because drizzle's join types do not follow a generic mode.
  const sdb = db as Db<'sync'>;
  const ander = sdb
    .select({ een: sql`1` })
    .from(p2)
    .innerJoin(s2, eq(s2.id, p2.signaalId))
    .where(
      and(
        eq(p2.soort, p.soort),
        eq(p2.waarde, p.waarde),
        ne(s2.partner, s.partner),
        eq(s2.voorlopig, false),
        isNull(s2.ingetrokkenOp),
        gt(s2.vervaltOp, nu),
      ),
    );
  return sdb
    .select({ signaal: s, soort: p.soort, waarde: p.waarde, status: st })
    .from(p)
    .innerJoin(s, eq(s.id, p.signaalId))
    .leftJoin(st, eq(st.signaal, s.id))
    .where(and(eq(s.voorlopig, false), isNull(s.ingetrokkenOp), gt(s.vervaltOp, nu), exists(ander)))
    .orderBy(asc(s.volgorde), asc(s.id)) as unknown as Query<K, KandidaatRij>;
}

/**
 * The casus ids with a regisseur or an open regie proposal of a partner. The gateway's own
 * proposal of the default regisseur does not count: no partner waits for its answer, so the
 * termijn of the casus is what notices that nobody took regie.
 */
export function belegdeCasussenQuery<K extends 'sync' | 'async'>(db: Db<K>) {
  const v = schema.regievoorstellen;
  const sdb = db as Db<'sync'>;
  return sdb
    .select({ casus: schema.regie.casus })
    .from(schema.regie)
    .union(
      sdb
        .select({ casus: v.casus })
        .from(v)
        .where(and(eq(v.status, 'open'), ne(v.van, POORT))),
    ) as unknown as Query<K, { casus: string }>;
}

/** The casus ids whose termijn was reported. */
export function gemeldeCasussenQuery<K extends 'sync' | 'async'>(db: Db<K>) {
  return db
    .select({ casus: sql<string>`substr(${t.onderwerp}, 7)` })
    .from(t)
    .where(eq(t.soort, 'casus'));
}

/** Writes stapelmelding `m`, inside the write of the registration that completed the stapel. */
export function bewaarStapelmelding<K extends 'sync' | 'async'>(db: Db<K>, m: Stapelmelding) {
  return db.insert(schema.stapelmeldingen).values(m);
}

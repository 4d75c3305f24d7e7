/**
 * @module
 * Queries of termijnen and stapelmeldingen (issue 17) both adapters share: what is open and
 * was not yet reported as passed (no row in `termijnmeldingen` for it), every casus member for
 * the termijn of a casus without regie, and
 * {@link bewaarStapelmelding}, the one place a stapelmelding is written (issue 19 counts there).
 */
import { and, asc, eq, gt, isNull, ne, notExists, sql } from 'drizzle-orm';
import { type AnySQLiteColumn, alias, type BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
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

/** An active signal at `nu`: final, not withdrawn, not expired. */
function actief(
  s: Record<'voorlopig' | 'ingetrokkenOp' | 'vervaltOp', AnySQLiteColumn>,
  nu: number,
) {
  return and(eq(s.voorlopig, false), isNull(s.ingetrokkenOp), gt(s.vervaltOp, nu));
}

/** A stored pseudonym as `[soort, waarde]`, the order both the pages and the index follow. */
type Sleutel = readonly [string, string];
type Sleutelrij = { soort: string; waarde: string };
type MaybePromise<T> = T | Promise<T>;

/**
 * Every active signal holding a stored pseudonym that an active signal of another partner
 * holds too, one row per such pseudonym: the members of every casus, handed to `perBladzijde`
 * page by page, each page in commit order. A page holds at most `bladzijde` stored pseudonyms
 * (in index order) and every group whole, so no single query scans them all: the Node store
 * waits a turn of the event loop between pages (`pauze`). With `'alles'`, one page.
 */
export async function leesCasusLeden<K extends 'sync' | 'async'>(
  db: Db<K>,
  nu: number,
  bladzijde: number | 'alles',
  perBladzijde: (rijen: KandidaatRij[]) => void,
  pauze: () => Promise<void> = async () => {},
): Promise<void> {
  for (let na: Sleutel | undefined; ; await pauze()) {
    const grens = bladzijde === 'alles' ? undefined : await grensQuery(db, na, bladzijde).get();
    const tot: Sleutel | undefined = grens && [grens.soort, grens.waarde];
    const rijen = await casusLedenTussenQuery(db, nu, na, tot).all();
    // Commit order, as the casus members came in (rows from before migration 0001 share 0).
    perBladzijde(
      rijen.sort((a, b) => a.volgorde - b.volgorde || vergelijk(a.signaal.id, b.signaal.id)),
    );
    if (!tot) return;
    na = tot;
  }
}

function vergelijk(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `(soort, waarde) > na`, or nothing without `na`. */
function voorbij(p: Record<'soort' | 'waarde', AnySQLiteColumn>, na: Sleutel | undefined) {
  return na && sql`(${p.soort}, ${p.waarde}) > (${na[0]}, ${na[1]})`;
}

/** The last stored pseudonym of the page after `na` of `bladzijde` pseudonyms; none at the end. */
function grensQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  na: Sleutel | undefined,
  bladzijde: number,
) {
  const p = schema.pseudoniemen;
  return (db as Db<'sync'>)
    .select({ soort: p.soort, waarde: p.waarde })
    .from(p)
    .where(voorbij(p, na))
    .orderBy(asc(p.soort), asc(p.waarde))
    .limit(1)
    .offset(bladzijde - 1) as unknown as { get(): MaybePromise<Sleutelrij | undefined> };
}

/** The casus member rows of the stored pseudonyms after `na` up to and with `tot` (or the end). */
function casusLedenTussenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  nu: number,
  na: Sleutel | undefined,
  tot: Sleutel | undefined,
) {
  const { signalen: s, pseudoniemen: p, statussen: st } = schema;
  const p2 = alias(schema.pseudoniemen, 'p2');
  const s2 = alias(schema.signalen, 's2');
  // Built on the sync type only because drizzle's join types do not follow a generic mode.
  const sdb = db as Db<'sync'>;
  const p3 = alias(schema.pseudoniemen, 'p3');
  // Only pseudonyms stored more than once need their signals read: from the index alone.
  const meervoudig = sdb
    .select({ soort: p3.soort, waarde: p3.waarde })
    .from(p3)
    .where(and(voorbij(p3, na), tot && sql`(${p3.soort}, ${p3.waarde}) <= (${tot[0]}, ${tot[1]})`))
    .groupBy(p3.soort, p3.waarde)
    .having(sql`count(*) > 1`);
  const gedeeld = sdb
    .select({ soort: p2.soort, waarde: p2.waarde })
    .from(p2)
    .innerJoin(s2, eq(s2.volgorde, p2.signaal))
    .where(and(sql`(${p2.soort}, ${p2.waarde}) in ${meervoudig}`, actief(s2, nu)))
    .groupBy(p2.soort, p2.waarde)
    .having(sql`count(distinct ${s2.partner}) > 1`);
  return sdb
    .select({ signaal: s, soort: p.soort, waarde: p.waarde, status: st, volgorde: s.volgorde })
    .from(p)
    .innerJoin(s, eq(s.volgorde, p.signaal))
    .leftJoin(st, eq(st.signaal, s.id))
    .where(and(sql`(${p.soort}, ${p.waarde}) in ${gedeeld}`, actief(s, nu))) as unknown as Query<
    K,
    KandidaatRij & { volgorde: number }
  >;
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

/**
 * @module
 * Logboek queries for the FG (search, inzage, retention) that both adapters share, built
 * once with drizzle. Grondslag, regel and beleid live only in the canonical entry text, so
 * those filters read it with SQLite's JSON functions (available in better-sqlite3 and D1).
 */
import {
  and,
  asc,
  type Column,
  eq,
  exists,
  gt,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  ne,
  not,
  notInArray,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { BronZicht } from '../logboek/entry.js';
import {
  ALLEEN_POORT,
  ALS_VERSTREKKING,
  BRON_ZIET,
  type LogboekFilter,
} from '../logboek/zoeken.js';
import { termijnenVanSignalenQueries } from './casus-opruimen.js';
import * as schema from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

/** A built query whose result is synchronous or a promise, as the driver's mode says. */
type Query<K extends 'sync' | 'async', T> = {
  all(): K extends 'sync' ? T[] : Promise<T[]>;
};

const l = schema.logboek;

/** The WHERE conditions of a filter. */
export function filterVoorwaarden(f: LogboekFilter): SQL | undefined {
  const gelijk = (kolom: Column, waarde: string | undefined) =>
    waarde === undefined ? undefined : eq(kolom, waarde);
  return and(
    f.van === undefined ? undefined : gte(l.tijdstip, f.van),
    f.tot === undefined ? undefined : lt(l.tijdstip, f.tot),
    gelijk(l.actie, f.actie),
    gelijk(l.partner, f.partner),
    gelijk(l.bron, f.bron),
    gelijk(l.ontvanger, f.ontvanger),
    gelijk(l.doel, f.doel),
    gelijk(l.signaal, f.signaal),
    f.grondslag === undefined ? undefined : bevat('$.grondslagen', f.grondslag),
    f.regel === undefined ? undefined : bevat('$.regels', f.regel),
    f.beleid === undefined ? undefined : sql`json_extract(${l.inhoud}, '$.beleid') = ${f.beleid}`,
    f.partij === undefined ? undefined : binnenBereikVan(f.partij),
    f.partij === undefined || !zoektVerborgen(f, f.partij) ? undefined : nietAfgeschermd(f.partij),
    f.naBlad === undefined ? undefined : gt(l.blad, f.naBlad),
    f.blad === undefined ? undefined : eq(l.blad, f.blad),
  );
}

/**
 * True when `f` filters on a field a partner's FG does not see of a verstrekking to a shielded
 * recipient (`fgWeergave`): the recipient, its doel and grondslagen, or another actor. Such a
 * filter must not match on the hidden value, or it would name the recipient.
 */
function zoektVerborgen(f: LogboekFilter, partij: string): boolean {
  return (
    f.ontvanger !== undefined ||
    f.doel !== undefined ||
    f.grondslag !== undefined ||
    (f.partner !== undefined && f.partner !== partij)
  );
}

/** Not a verstrekking that `partij` sees as given to a shielded recipient (`afgeschermdVoor`). */
function nietAfgeschermd(partij: string): SQL | undefined {
  return or(ne(l.actie, 'verstrekking'), eq(l.ontvanger, partij), eq(l.bronZicht, 'volledig'));
}

/**
 * The entries an FG of `partij` may see, as `binnenBereik` in src/logboek/zoeken.ts says: never
 * a weigering; a verstrekking as its ontvanger, or as its bron where the ontvanger's rule lets
 * the bron know of it; any other entry where `partij` acts, is bron or ontvanger; a herstel.
 */
function binnenBereikVan(partij: string): SQL | undefined {
  // A notice of regie or of a passed termijn (issue 17) is seen like a verstrekking.
  const gedeeld = or(
    eq(l.actie, 'verstrekking'),
    and(inArray(l.actie, [...ALS_VERSTREKKING]), isNotNull(l.ontvanger)),
  );
  return and(
    notInArray(l.actie, [...ALLEEN_POORT]),
    or(
      and(
        gedeeld,
        or(eq(l.ontvanger, partij), and(eq(l.bron, partij), inArray(l.bronZicht, [...BRON_ZIET]))),
      ),
      and(
        not(gedeeld as SQL),
        or(eq(l.partner, partij), eq(l.bron, partij), eq(l.ontvanger, partij)),
      ),
      // A restore or a key handover concerns every witness of the log (binnenBereik).
      eq(l.actie, 'herstel'),
      eq(l.actie, 'sleutelwissel'),
    ),
  );
}

function bevat(pad: string, waarde: string): SQL {
  return sql`exists (select 1 from json_each(${l.inhoud}, ${pad}) where json_each.value = ${waarde})`;
}

/** Entry texts matching `filter` after volgnummer `na` (exclusive), in order. */
export function zoekLogboekQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  filter: LogboekFilter,
  na: number,
  limiet: number,
): Query<K, { inhoud: string; bronZicht: BronZicht | null; blad: number }> {
  return (db as Db<'sync'>)
    .select({ inhoud: l.inhoud, bronZicht: l.bronZicht, blad: l.blad })
    .from(l)
    .where(and(gt(l.volgnummer, na), filterVoorwaarden(filter)))
    .orderBy(asc(l.volgnummer))
    .limit(limiet) as never;
}

/** Entries whose opening is indexed under one of `waarden` (stored pseudonyms), with it. */
export function overPseudoniemenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  waarden: string[],
): Query<
  K,
  {
    waarde: string;
    inhoud: string;
    bronZicht: BronZicht | null;
    blad: number;
    opening: Uint8Array;
  }
> {
  const { openingen: o, openingPseudoniemen: op } = schema;
  return (db as Db<'sync'>)
    .select({
      waarde: op.waarde,
      inhoud: l.inhoud,
      bronZicht: l.bronZicht,
      blad: l.blad,
      opening: o.opening,
    })
    .from(op)
    .innerJoin(o, eq(o.volgnummer, op.volgnummer))
    .innerJoin(l, eq(l.volgnummer, op.volgnummer))
    .where(inArray(op.waarde, waarden))
    .orderBy(asc(op.volgnummer)) as never;
}

/** Every entry naming one of the signals `ids` (at most 90 for D1), in volgnummer order. */
export function vanSignalenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  ids: string[],
): Query<K, { inhoud: string; bronZicht: BronZicht | null; blad: number }> {
  return (db as Db<'sync'>)
    .select({ inhoud: l.inhoud, bronZicht: l.bronZicht, blad: l.blad })
    .from(l)
    .where(inArray(l.signaal, ids))
    .orderBy(asc(l.volgnummer)) as never;
}

/** Signals whose bewaartermijn has passed at `nu`, with what their vernietiging entry names. */
export function verlopenSignalenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  nu: number,
): Query<K, { id: string; partner: string; doel: string }> {
  const s = schema.signalen;
  return (db as Db<'sync'>)
    .select({ id: s.id, partner: s.partner, doel: s.doel })
    .from(s)
    .where(and(lte(s.vervaltOp, nu), eq(s.voorlopig, false)))
    .orderBy(asc(s.volgorde)) as never;
}

/** How long a signal may stay voorlopig (D1: between its two batches) before it counts as abandoned. */
export const VOORLOPIG_HOOGSTENS_MS = 10 * 60_000;

/**
 * Deletes signals left voorlopig by a registration that never finished (a Worker stopped
 * between its two batches): never matched, read or logged, so nothing else refers to them.
 */
export function verlatenVoorlopig<K extends 'sync' | 'async'>(db: Db<K>, nu: number) {
  const s = schema.signalen;
  return db
    .delete(s)
    .where(and(eq(s.voorlopig, true), lt(s.geregistreerdOp, nu - VOORLOPIG_HOOGSTENS_MS)));
}

/**
 * The statements that purge the given signals (at most 90 ids, for D1's limit of 100 bound
 * parameters): the openings of every entry about them, their inbox notices, pseudonyms and rows.
 */
export function vernietigSignalen<K extends 'sync' | 'async'>(db: Db<K>, ids: string[]) {
  const { openingen: o, meldingen: m, pseudoniemen: p, signalen: s } = schema;
  const op = schema.openingPseudoniemen;
  const entries = db.select({ v: l.volgnummer }).from(l).where(inArray(l.signaal, ids));
  return [
    db.delete(o).where(inArray(o.volgnummer, entries)),
    db.delete(op).where(inArray(op.volgnummer, entries)),
    db.delete(m).where(inArray(m.signaalId, ids)),
    meldingenOverSignalen(db, ids),
    db
      .delete(p)
      .where(inArray(p.signaal, db.select({ v: s.volgorde }).from(s).where(inArray(s.id, ids)))),
    db.delete(s).where(inArray(s.id, ids)),
    // Issue 17: the reported termijnen of its overdrachten and requests, before those go.
    ...termijnenVanSignalenQueries(db, ids),
    db.delete(schema.overdrachten).where(inArray(schema.overdrachten.signaal, ids)),
    db.delete(schema.statussen).where(inArray(schema.statussen.signaal, ids)),
    db
      .delete(schema.terugkoppelingsvragen)
      .where(inArray(schema.terugkoppelingsvragen.signaal, ids)),
    // The fingerprint of its last casussen answer (issue 17).
    db.delete(schema.casusinzagen).where(inArray(schema.casusinzagen.signaal, ids)),
  ] as const;
}

/**
 * Deletes the inbox notices in other partners' inboxes that describe the given signals: a
 * withdrawn or destroyed signal is no longer shown to anyone. A notice names the leaf of the
 * registration that caused it (`logboek`), and hangs on the verstrekking to its recipient in
 * that leaf, whose `signaal` is the signal it describes; every notice in one leaf describes
 * the one signal that request registered.
 */
export function meldingenOverSignalen<K extends 'sync' | 'async'>(db: Db<K>, ids: string[]) {
  const m = schema.meldingen;
  const verstrekking = db
    .select({ een: sql`1` })
    .from(l)
    .where(
      and(
        eq(l.blad, m.logboek),
        eq(l.ontvanger, m.partner),
        eq(l.actie, 'verstrekking'),
        inArray(l.signaal, ids),
      ),
    );
  return db.delete(m).where(exists(verstrekking));
}

/** Openings whose own expiry has passed at `nu`; their index rows go with them. */
export function verlopenOpeningen<K extends 'sync' | 'async'>(db: Db<K>, nu: number) {
  return db.delete(schema.openingen).where(lte(schema.openingen.vervaltOp, nu));
}

/** The index rows of openings whose expiry has passed at `nu` (run with `verlopenOpeningen`). */
export function verlopenOpeningPseudoniemen<K extends 'sync' | 'async'>(db: Db<K>, nu: number) {
  const op = schema.openingPseudoniemen;
  return db.delete(op).where(lte(op.vervaltOp, nu));
}

/** How many openings have expired at `nu` (for the purge's report). */
export function verlopenOpeningenAantal<K extends 'sync' | 'async'>(db: Db<K>, nu: number) {
  const o = schema.openingen;
  return db.select({ aantal: sql<number>`count(*)` }).from(o).where(lte(o.vervaltOp, nu));
}

/** How many openings of entries about `ids` have not yet expired (for the purge's report). */
export function openingenVanSignalenAantal<K extends 'sync' | 'async'>(
  db: Db<K>,
  nu: number,
  ids: string[],
) {
  const o = schema.openingen;
  const entries = db.select({ v: l.volgnummer }).from(l).where(inArray(l.signaal, ids));
  return db
    .select({ aantal: sql<number>`count(*)` })
    .from(o)
    .where(and(gt(o.vervaltOp, nu), inArray(o.volgnummer, entries)));
}

/** How many entries are older than `grens`, and the range of their volgnummers. */
export function ouderDanQuery<K extends 'sync' | 'async'>(db: Db<K>, grens: number) {
  return db
    .select({
      aantal: sql<number>`count(*)`,
      eerste: sql<number | null>`min(${l.volgnummer})`,
      laatste: sql<number | null>`max(${l.volgnummer})`,
    })
    .from(l)
    .where(lt(l.tijdstip, grens));
}

/**
 * @module
 * Queries both adapters share, built once with drizzle: the better-sqlite3 adapter runs
 * them synchronously inside its transaction, the D1 adapter awaits them.
 */

import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  ne,
  or,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteInsertValue } from 'drizzle-orm/sqlite-core';
import type { Tabel, Teltoename } from '../cijfers/tellingen.js';
import type { Soort } from '../identity/soorten.js';
import type { Overdracht } from '../matching/overdracht.js';
import type { Kandidaat, Signaal } from '../matching/signaal.js';
import type { SignaalStatus } from '../matching/terugkoppeling.js';
import * as schema from './schema.js';
import type { Bladzijde, MeldingRij, SignaalRij } from './store.js';

// biome-ignore lint/suspicious/noExplicitAny: both the sync and the async SQLite drivers fit here.
type Db<K extends 'sync' | 'async'> = BaseSQLiteDatabase<K, any, typeof schema>;

/** A value, or a placeholder filled in each time a prepared statement runs (better-sqlite3). */
export type Param<T> = T | Placeholder;

/** The owner and commit order of a signal. */
export function eigenaarQuery<K extends 'sync' | 'async'>(db: Db<K>, signaalId: Param<string>) {
  const s = schema.signalen;
  return db.select({ partner: s.partner, volgorde: s.volgorde }).from(s).where(eq(s.id, signaalId));
}

/** The `volgorde` of the signal `signaalId`, the key of its pseudonyms, as a subquery. */
export function volgordeVan(signaalId: Param<string>): SQL<number> {
  const s = schema.signalen;
  return sql<number>`(select ${s.volgorde} from ${s} where ${s.id} = ${signaalId})`;
}

/** The stored pseudonyms of a signal. */
export function pseudoniemenQuery<K extends 'sync' | 'async'>(db: Db<K>, signaalId: Param<string>) {
  const p = schema.pseudoniemen;
  return db
    .select({ soort: p.soort, waarde: p.waarde })
    .from(p)
    .where(eq(p.signaal, volgordeVan(signaalId)));
}

/**
 * Other partners' signals, active at `nu`, sharing a stored pseudonym with `eigen`;
 * with `voor`, only those committed before that commit order. Without `partner`, every
 * partner's (the members of a casus, issue 17).
 */
export function kandidatenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  eigen: ReadonlyArray<{ soort: Param<Soort>; waarde: Param<string> }>,
  partner: Param<string> | undefined,
  nu: Param<number>,
  voor: Param<number> | undefined,
): Query<K, KandidaatRij> {
  const { signalen: s, pseudoniemen: p, statussen: st } = schema;
  // Built on the sync type only because drizzle's join types do not follow a generic mode.
  return (db as Db<'sync'>)
    .select({ signaal: s, soort: p.soort, waarde: p.waarde, status: st })
    .from(p)
    .innerJoin(s, eq(s.volgorde, p.signaal))
    .leftJoin(st, eq(st.signaal, s.id))
    .where(
      and(
        or(...eigen.map((e) => and(eq(p.soort, e.soort), eq(p.waarde, e.waarde)))),
        partner === undefined ? undefined : ne(s.partner, partner),
        voor === undefined ? undefined : lt(s.volgorde, voor),
        eq(s.voorlopig, false),
        isNull(s.ingetrokkenOp),
        gt(s.vervaltOp, nu),
      ),
    )
    .orderBy(asc(s.volgorde), asc(s.id)) as never;
}

/** One row of a candidate query: a signal, one pseudonym it shares, and its status. */
export type KandidaatRij = {
  signaal: Signaal;
  status: SignaalStatus | null;
} & Kandidaat['gedeeld'][number];

/** A built query whose result is synchronous or a promise, as the driver's mode says. */
export type Query<K extends 'sync' | 'async', T> = {
  all(): K extends 'sync' ? T[] : Promise<T[]>;
  /** Prepares it once; `all` then fills in the placeholders. */
  prepare(): { all(waarden?: Record<string, unknown>): K extends 'sync' ? T[] : Promise<T[]> };
};

/** Groups candidate rows per signal, collecting the shared pseudonyms. */
export function groepeer(rijen: readonly KandidaatRij[]): Kandidaat[] {
  const perSignaal = new Map<string, Kandidaat>();
  for (const r of rijen) {
    const k: Kandidaat = perSignaal.get(r.signaal.id) ?? {
      signaal: r.signaal,
      gedeeld: [],
      ...(r.status && { status: r.status }),
    };
    k.gedeeld.push({ soort: r.soort, waarde: r.waarde });
    perSignaal.set(r.signaal.id, k);
  }
  return [...perSignaal.values()];
}

/** One signal by id. */
export function signaalQuery<K extends 'sync' | 'async'>(db: Db<K>, id: Param<string>) {
  const s = schema.signalen;
  return db
    .select()
    .from(s)
    .where(and(eq(s.id, id), eq(s.voorlopig, false)));
}

/**
 * A page of at most `limiet` signals of `partner` (withdrawn ones too) by commit order: with
 * `bladzijde.voor`, the newest committed before it, newest first; with `bladzijde.na`, the
 * oldest committed after it, oldest first (the page before, read backwards); else the newest.
 */
export function signalenVanQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  partner: string,
  limiet: number,
  bladzijde: Bladzijde = {},
): Query<K, SignaalRij> {
  const s = schema.signalen;
  const terug = bladzijde.na !== undefined;
  return (db as Db<'sync'>)
    .select()
    .from(s)
    .where(
      and(
        eq(s.partner, partner),
        eq(s.voorlopig, false),
        bladzijde.voor !== undefined ? lt(s.volgorde, bladzijde.voor) : undefined,
        bladzijde.na !== undefined ? gt(s.volgorde, bladzijde.na) : undefined,
      ),
    )
    .orderBy(terug ? asc(s.volgorde) : desc(s.volgorde))
    .limit(limiet) as never;
}

/** The inbox of `partner` after cursor `na`, oldest first. */
export function meldingenQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  partner: string,
  na: number,
  limiet: number,
): Query<K, MeldingRij> {
  const m = schema.meldingen;
  return (db as Db<'sync'>)
    .select({
      id: m.nummer,
      signaalId: m.signaalId,
      inhoud: m.inhoud,
      logboek: m.logboek,
      aangemaaktOp: m.aangemaaktOp,
    })
    .from(m)
    .where(and(eq(m.partner, partner), gt(m.nummer, na)))
    .orderBy(asc(m.nummer))
    .limit(limiet) as never;
}

/**
 * Counting a partner's next notice: bump its counter (run before inserting the notice, in the
 * same transaction or batch), then {@link laatsteMeldingnummer} is the notice's number.
 */
export function telMelding<K extends 'sync' | 'async'>(db: Db<K>, partner: string | Placeholder) {
  const t = schema.meldingtellers;
  return db
    .insert(t)
    .values({ partner: partner as string, laatste: 1 })
    .onConflictDoUpdate({ target: t.partner, set: { laatste: sql`${t.laatste} + 1` } });
}

/** The number just counted for `partner` by {@link telMelding}. */
export function laatsteMeldingnummer(partner: unknown): SQL {
  return sql`(SELECT laatste FROM meldingtellers WHERE partner = ${partner})`;
}

/** Logboek texts from volgnummer `vanaf`, in order. */
export function logboekQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  vanaf: number,
  limiet: number,
): Query<K, { inhoud: string }> {
  const l = schema.logboek;
  return (db as Db<'sync'>)
    .select({ inhoud: l.inhoud })
    .from(l)
    .where(gte(l.volgnummer, vanaf))
    .orderBy(asc(l.volgnummer))
    .limit(limiet) as never;
}

/**
 * Writes overdracht `o`: an open one is inserted; an answered one replaces the stored row,
 * which the database allows only while that row is still open (trigger
 * `overdracht_een_antwoord`, migration 0014): of two racing answers one fails whole.
 */
export function bewaarOverdracht<K extends 'sync' | 'async'>(db: Db<K>, o: Overdracht) {
  if (o.status === 'open') return db.insert(schema.overdrachten).values(o);
  const { id, ...rest } = o;
  return db.update(schema.overdrachten).set(rest).where(eq(schema.overdrachten.id, id));
}

/** Whether `fout` is the database refusing a second answer to one overdracht. */
export function isAlBeantwoord(fout: unknown): boolean {
  for (let f: unknown = fout, diepte = 0; f && diepte < 5; diepte++) {
    if (f instanceof Error && f.message.includes('overdracht-al-beantwoord')) return true;
    f = (f as { cause?: unknown }).cause;
  }
  return false;
}

/** Overdracht `id`. */
export function overdrachtQuery<K extends 'sync' | 'async'>(db: Db<K>, id: string) {
  return db.select().from(schema.overdrachten).where(eq(schema.overdrachten.id, id));
}

/** Sets the status of a signal (issue 16), replacing the one it had. */
export function bewaarStatus<K extends 'sync' | 'async'>(db: Db<K>, st: SignaalStatus) {
  const { signaal: _, ...rest } = st;
  return db
    .insert(schema.statussen)
    .values(st)
    .onConflictDoUpdate({ target: schema.statussen.signaal, set: rest });
}

/** The status of signal `id`. */
export function statusQuery<K extends 'sync' | 'async'>(db: Db<K>, id: string) {
  return db.select().from(schema.statussen).where(eq(schema.statussen.signaal, id));
}

/** The partners a signal was disclosed to as a match: per partner and doel, the first leaf. */
export function verstrektAanQuery<K extends 'sync' | 'async'>(
  db: Db<K>,
  signaalId: string,
): Query<K, { partner: string; doel: string; blad: number }> {
  const l = schema.logboek;
  // Built on the sync type only because drizzle's group types do not follow a generic mode.
  return (db as Db<'sync'>)
    .select({
      partner: sql<string>`${l.ontvanger}`,
      doel: sql<string>`${l.doel}`,
      blad: sql<number>`min(${l.blad})`,
    })
    .from(l)
    .where(and(eq(l.signaal, signaalId), eq(l.actie, 'verstrekking')))
    .groupBy(l.ontvanger, l.doel) as never;
}

/** The overdracht signal `id` was taken on from, if any. */
export function overdrachtVanSignaalQuery<K extends 'sync' | 'async'>(db: Db<K>, id: string) {
  return db.select().from(schema.overdrachten).where(eq(schema.overdrachten.signaalNaar, id));
}

/** The requests for terugkoppeling on signal `id`. */
export function vragenOverQuery<K extends 'sync' | 'async'>(db: Db<K>, id: string) {
  const v = schema.terugkoppelingsvragen;
  return db.select().from(v).where(eq(v.signaal, id));
}

/**
 * Adds a counter of the figures (issue 19): inserted at its amount, or added to. `t` may hold
 * placeholders: the Node store prepares it once.
 */
export function telOp<K extends 'sync' | 'async'>(
  db: Db<K>,
  t: Teltoename | SQLiteInsertValue<typeof schema.tellingen>,
) {
  const c = schema.tellingen;
  return db
    .insert(c)
    .values(t)
    .onConflictDoUpdate({
      target: [c.tabel, c.periode, c.partner, c.a, c.b],
      set: { aantal: sql`${c.aantal} + excluded.aantal` },
    });
}

/** The counters of the figures' tables `tabellen` (issue 19). */
export function tellingenQuery<K extends 'sync' | 'async'>(db: Db<K>, tabellen: readonly Tabel[]) {
  const c = schema.tellingen;
  return db
    .select()
    .from(c)
    .where(inArray(c.tabel, [...tabellen]));
}

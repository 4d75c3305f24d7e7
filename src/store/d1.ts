/**
 * @module
 * The Workers store: D1 through drizzle. D1 has no interactive transactions, only atomic
 * batches, so a registration is commit-then-match: batch 1 stores the signal (with its
 * commit order), then matching reads committed state, then batch 2 writes every logboek
 * entry, notice and tree node before anything is returned. Logboek volgnummers are explicit
 * primary keys read just before the batch; a racing batch that took them fails whole and is
 * planned again, so volgnummers stay gap-free and in commit order.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types/index';
import { eq, is, lt, SQL, sql } from 'drizzle-orm';
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { type Entry, entryTekst } from '../logboek/entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import {
  controleerStand,
  frontier,
  type LogboekBoom,
  maakLogboekBoom,
  nieuweKnopen,
} from './boom.js';
import { knopenInserts, logboekRij, standQuery } from './logboek-queries.js';
import {
  meldingenOverSignalen,
  openingenQuery,
  openingenVanSignalenAantal,
  ouderDanQuery,
  verlopenOpeningen,
  verlopenOpeningenAantal,
  verlopenSignalenQuery,
  vernietigSignalen,
  zoekLogboekQuery,
} from './logboek-zoeken.js';
import {
  eigenaarQuery,
  groepeer,
  kandidatenQuery,
  logboekQuery,
  meldingenQuery,
  pseudoniemenQuery,
  signaalQuery,
} from './queries.js';
import * as schema from './schema.js';
import type {
  EntryMetOpening,
  GeplandeEntry,
  KoppelItem,
  LogboekOmvang,
  NieuwSignaal,
  OpgeslagenPseudoniem,
  Opruiming,
  Plan,
  Planner,
  SignaalRij,
  Store,
  Vastgelegd,
  VerlopenSignaal,
} from './store.js';

type Db = DrizzleD1Database<typeof schema>;
/** One statement of an atomic D1 batch. */
type Stap = D1PreparedStatement;
/** A drizzle query builder or a raw `sql` fragment, turned into a bound D1 statement. */
type Query = SQL | { toSQL(): { sql: string; params: unknown[] } };

const dialect = new SQLiteAsyncDialect();

/** D1 allows at most 100 bound parameters per statement. */
const MAX_IDS_PER_STATEMENT = 90;

/**
 * How often a write is planned again after a racing writer took its volgnummers. Each round
 * one of the racing writers commits, so N simultaneous writers need at most N rounds.
 */
const MAX_POGINGEN = 50;

/** A primary key taken by a racing writer: the batch wrote nothing and may be planned again. */
function isBotsing(fout: unknown): boolean {
  const tekst = `${fout instanceof Error ? fout.message : ''} ${String((fout as { cause?: unknown })?.cause ?? '')}`;
  return /UNIQUE constraint failed|SQLITE_CONSTRAINT/.test(tekst);
}

export class D1Store implements Store {
  private readonly db: Db;
  readonly boom: LogboekBoom;

  constructor(readonly d1: D1Database) {
    this.db = drizzle(d1 as never, { schema });
    this.boom = maakLogboekBoom(this.db);
  }

  async koppel(
    signaalId: string,
    nu: number,
    plan: Planner,
    nieuw?: NieuwSignaal,
  ): Promise<Vastgelegd> {
    if (nieuw) await this.batch(this.voegToe(nieuw));
    try {
      const eigen = (await pseudoniemenQuery(this.db, signaalId).all()) as OpgeslagenPseudoniem[];
      const eigenaar = await eigenaarQuery(this.db, signaalId).get();
      const kandidaten =
        eigenaar && eigen.length > 0
          ? groepeer(
              await kandidatenQuery(
                this.db,
                eigen,
                eigenaar.partner,
                nu,
                nieuw ? eigenaar.volgorde : undefined,
              ).all(),
            )
          : [];
      return await this.schrijf(nu, plan(kandidaten, eigen));
    } catch (fout) {
      // Nothing was disclosed; take the signal back so no unlogged registration remains.
      if (nieuw) await this.db.delete(schema.signalen).where(eq(schema.signalen.id, signaalId));
      throw fout;
    }
  }

  /** D1 has no interactive transactions: each item is its own commit-then-match, in order. */
  async koppelReeks(items: readonly KoppelItem[]): Promise<Array<Vastgelegd | Error>> {
    const uit: Array<Vastgelegd | Error> = [];
    for (const { nu, plan, nieuw } of items) {
      uit.push(await this.koppel(nieuw.signaal.id, nu, plan, nieuw).catch(alsFout));
    }
    return uit;
  }

  async trekIn(signaalId: string, nu: number, entry: GeplandeEntry): Promise<Vastgelegd> {
    return this.schrijf(nu, { entries: [entry], meldingen: [] }, [
      this.stap(
        this.db
          .update(schema.signalen)
          .set({ ingetrokkenOp: nu })
          .where(eq(schema.signalen.id, signaalId)),
      ),
      this.stap(
        this.db.delete(schema.pseudoniemen).where(eq(schema.pseudoniemen.signaalId, signaalId)),
      ),
      this.stap(meldingenOverSignalen(this.db, [signaalId])),
    ]);
  }

  log(nu: number, entries: GeplandeEntry[]): Promise<Vastgelegd> {
    return this.schrijf(nu, { entries, meldingen: [] });
  }

  async signaal(id: string): Promise<SignaalRij | undefined> {
    return signaalQuery(this.db, id).get();
  }

  meldingen(partner: string, na: number, limiet: number) {
    return meldingenQuery(this.db, partner, na, limiet).all();
  }

  async logboek(vanaf: number, limiet: number): Promise<Entry[]> {
    const rijen = await logboekQuery(this.db, vanaf, limiet).all();
    return rijen.map((r) => JSON.parse(r.inhoud) as Entry);
  }

  async gebruikTokenEenmaal(sleutel: string, vervaltOp: number, nu: number): Promise<boolean> {
    const [, ingevoegd] = await this.batch([
      this.stap(this.db.delete(schema.replay).where(lt(schema.replay.vervaltOp, nu))),
      this.stap(this.db.insert(schema.replay).values({ sleutel, vervaltOp }).onConflictDoNothing()),
    ]);
    return ingevoegd?.meta.changes === 1;
  }

  async verwijderVerlopen(
    nu: number,
    log: (signalen: VerlopenSignaal[]) => GeplandeEntry[],
  ): Promise<Opruiming> {
    const verlopen = await verlopenSignalenQuery(this.db, nu).all();
    const stappen: Stap[] = [];
    // D1 reports no row counts per batch step here, so the openings are counted just before.
    let openingen = (await verlopenOpeningenAantal(this.db, nu).get())?.aantal ?? 0;
    for (let i = 0; i < verlopen.length; i += MAX_IDS_PER_STATEMENT) {
      const ids = verlopen.slice(i, i + MAX_IDS_PER_STATEMENT).map((v) => v.id);
      openingen += (await openingenVanSignalenAantal(this.db, nu, ids).get())?.aantal ?? 0;
      stappen.push(...vernietigSignalen(this.db, ids).map((q) => this.stap(q)));
    }
    stappen.push(this.stap(verlopenOpeningen(this.db, nu)));
    const plan = { entries: verlopen.length > 0 ? log(verlopen) : [], meldingen: [] };
    await this.schrijf(nu, plan, stappen);
    return { signalen: verlopen.map((v) => v.id), openingen };
  }

  async zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Promise<Entry[]> {
    const rijen = await zoekLogboekQuery(this.db, filter, na, limiet).all();
    return rijen.map((r) => JSON.parse(r.inhoud) as Entry);
  }

  async logboekMetOpening(na: number, limiet: number): Promise<EntryMetOpening[]> {
    const rijen = await openingenQuery(this.db, na, limiet).all();
    return rijen.map((r) => ({
      entry: JSON.parse(r.inhoud) as Entry,
      opening: new Uint8Array(r.opening),
    }));
  }

  async logboekOuderDan(grens: number): Promise<LogboekOmvang> {
    const r = await ouderDanQuery(this.db, grens).get();
    return { aantal: r?.aantal ?? 0, eerste: r?.eerste ?? null, laatste: r?.laatste ?? null };
  }

  async close(): Promise<void> {}

  private voegToe({ signaal, pseudoniemen }: NieuwSignaal): Stap[] {
    const volgorde = sql`(SELECT coalesce(max(volgorde), 0) + 1 FROM signalen)`;
    return [
      this.stap(this.db.insert(schema.signalen).values({ ...signaal, volgorde })),
      this.stap(
        this.db
          .insert(schema.pseudoniemen)
          .values(pseudoniemen.map((p) => ({ signaalId: signaal.id, ...p }))),
      ),
    ];
  }

  /**
   * Writes `voor`, then every planned entry with its opening and notices, and the tree nodes
   * the entries complete, as one atomic batch. Volgnummers and tree positions are read first
   * and written as explicit primary keys, so a racing writer makes the batch fail as a whole
   * (nothing is written) and it is planned again on the new state.
   */
  private async schrijf(nu: number, plan: Plan, voor: Stap[] = []): Promise<Vastgelegd> {
    return (await this.schrijfMet(nu, plan, voor)).vastgelegd;
  }

  /** As {@link schrijf}, also returning the batch results (the steps of `voor` come first). */
  private async schrijfMet(nu: number, plan: Plan, voor: Stap[]) {
    for (let poging = 1; ; poging++) {
      const { stappen, entries } = await this.planSchrijven(nu, plan, voor);
      if (stappen.length === 0)
        return { vastgelegd: { entries: [] } as Vastgelegd, resultaten: [] };
      try {
        const resultaten = await this.batch(stappen);
        return { vastgelegd: { entries } as Vastgelegd, resultaten };
      } catch (fout) {
        if (poging >= MAX_POGINGEN || !isBotsing(fout)) throw fout;
      }
    }
  }

  private async planSchrijven(nu: number, plan: Plan, voor: Stap[]) {
    const stand = (await standQuery(this.db)) ?? { regels: 0, bladeren: 0 };
    if (plan.entries.length > 0) controleerStand(stand);
    const tijdstip = new Date(nu).toISOString();
    const stappen: Stap[] = [...voor];
    const teksten: string[] = [];
    let volgnummer = stand.regels;
    const entries = plan.entries.map((e, i) => {
      volgnummer += 1;
      const entry: Entry = { volgnummer, tijdstip, ...e.concept };
      const inhoud = entryTekst(entry);
      teksten.push(inhoud);
      stappen.push(this.stap(this.db.insert(schema.logboek).values(logboekRij(entry, nu, inhoud))));
      if (e.opening) {
        const opening = { volgnummer, opening: e.opening, vervaltOp: e.openingVervaltOp };
        stappen.push(this.stap(this.db.insert(schema.openingen).values(opening)));
      }
      for (const m of plan.meldingen.filter((m) => m.entry === i)) {
        const melding = {
          partner: m.partner,
          signaalId: m.signaalId,
          inhoud: m.inhoud,
          logboek: volgnummer,
          aangemaaktOp: nu,
        };
        stappen.push(this.stap(this.db.insert(schema.meldingen).values(melding)));
      }
      return entry;
    });
    if (teksten.length > 0) stappen.push(...(await this.boomStappen(stand, teksten)));
    return { stappen, entries };
  }

  /** The inserts of the tree nodes for `teksten` (and for any entries the tree lacks). */
  private async boomStappen(stand: { regels: number; bladeren: number }, teksten: string[]) {
    const achter = stand.regels - stand.bladeren;
    const achterstand =
      achter > 0
        ? (await logboekQuery(this.db, stand.bladeren + 1, achter).all()).map((r) => r.inhoud)
        : [];
    const f = frontier(stand.bladeren);
    const knopen = nieuweKnopen(f.orden(await this.boom.knopen(f.adressen)), [
      ...achterstand,
      ...teksten,
    ]);
    return knopenInserts(this.db, knopen).map((q) => this.stap(q));
  }

  /** Binds a drizzle query as a D1 statement, for `batch`. */
  private stap(q: Query): Stap {
    const { sql: tekst, params } = is(q, SQL) ? dialect.sqlToQuery(q) : q.toSQL();
    return this.d1.prepare(tekst).bind(...params);
  }

  /** Runs the statements as one atomic D1 batch: all of them commit, or none. */
  private batch(stappen: Stap[]) {
    return this.d1.batch<Record<string, unknown>>(stappen);
  }
}

function alsFout(fout: unknown): Error {
  return fout instanceof Error ? fout : new Error(String(fout));
}

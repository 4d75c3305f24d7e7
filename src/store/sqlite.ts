/**
 * @module
 * The Node store: better-sqlite3 through drizzle, WAL, migrations from ./migrations.
 * Every `koppel` runs in one IMMEDIATE transaction, so matching reads committed state
 * and its entries and notices commit together or not at all.
 */
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { type Entry, entryTekst } from '../logboek/entry.js';
import type { StoredNode } from '../logboek/merkle-nodes.js';
import type { NodeAddress } from '../logboek/merkle-ranges.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { controleerStand, frontier, groei, type LogboekBoom, maakLogboekBoom } from './boom.js';
import { knoopStatement, logboekRij } from './logboek-queries.js';
import {
  meldingenOverSignalen,
  openingenQuery,
  ouderDanQuery,
  verlopenOpeningen,
  verlopenSignalenQuery,
  vernietigSignalen,
  zoekLogboekQuery,
} from './logboek-zoeken.js';
import { groepeer, logboekQuery, meldingenQuery } from './queries.js';
import * as schema from './schema.js';
import { snelleBoom } from './sqlite-boom.js';
import { bereidStatements, type Statements } from './sqlite-statements.js';
import type {
  EntryMetOpening,
  GeplandeEntry,
  Kandidaat,
  KoppelItem,
  LogboekOmvang,
  OpgeslagenPseudoniem,
  Opruiming,
  Plan,
  SignaalRij,
  Store,
  Vastgelegd,
  VerlopenSignaal,
} from './store.js';

type Db = BetterSQLite3Database<typeof schema>;
type KnoopLezer = (adressen: NodeAddress[]) => StoredNode[];
/** A transaction, or the connection itself inside a transaction it did not open. */
type Tx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

/**
 * Opens (and migrates) a SQLite database; `':memory:'` gives a fresh one for tests.
 * `walAutocheckpoint`: WAL pages after which a commit copies the log into the database
 * itself (SQLite's default is 1,000); raise it when something else checkpoints.
 */
export function openSqliteStore(
  pad: string,
  { walAutocheckpoint = 1000 }: { walAutocheckpoint?: number } = {},
): SqliteStore {
  const sqlite = new Database(pad);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Savepoints (one per batch item) keep their undo pages in a sub-journal: in memory, not in
  // a temporary file. Measured (issue 6): a third less CPU per signal in POST /v1/signalen/batch.
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma(`wal_autocheckpoint = ${Math.trunc(walAutocheckpoint)}`);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return new SqliteStore(sqlite, db);
}

export class SqliteStore implements Store {
  private readonly st: Statements;
  readonly boom: LogboekBoom;
  /** Stored tree nodes by address, through one prepared statement (also inside transactions). */
  private readonly leesKnopen: KnoopLezer;

  constructor(
    /** The raw connection, for tests that inject storage failures and for benchmarks. */
    readonly sqlite: Database.Database,
    private readonly db: Db,
  ) {
    this.st = bereidStatements(db);
    const knoop = knoopStatement(db);
    this.leesKnopen = (adressen) =>
      adressen.flatMap((a) => knoop.get({ niveau: a.level, positie: a.index }) ?? []);
    this.boom = snelleBoom(maakLogboekBoom(db, this.leesKnopen), this.st);
  }

  async koppel(
    signaalId: string,
    nu: number,
    plan: (k: Kandidaat[], p: OpgeslagenPseudoniem[]) => Plan,
    nieuw?: { signaal: SignaalRij; pseudoniemen: OpgeslagenPseudoniem[] },
  ): Promise<Vastgelegd> {
    return this.koppelNu(signaalId, nu, plan, nieuw).vastgelegd;
  }

  /**
   * All items in one IMMEDIATE transaction: the batch pays for one commit instead of one per
   * signal, and being synchronous, no other request runs in between. First without
   * savepoints (they cost about 15% of the CPU per item); if an item fails, which only an
   * unexpected error does, that attempt rolls back whole and the batch runs again with a
   * savepoint per item, so that only the failing item fails. Planners may run twice: the
   * last run is the one committed.
   */
  async koppelReeks(items: readonly KoppelItem[]): Promise<Array<Vastgelegd | Error>> {
    try {
      return this.reeks(items, false);
    } catch {
      return this.reeks(items, true);
    }
  }

  private reeks(items: readonly KoppelItem[], savepoints: boolean): Array<Vastgelegd | Error> {
    return this.db.transaction(
      () => {
        // The transaction holds the write lock, so the tree's size and frontier after one
        // item are those the next item finds: it need not read them again.
        let stand: Stand | undefined;
        return items.map(({ nu, plan, nieuw }) => {
          const args: KoppelArgumenten = [nieuw.signaal.id, nu, plan, nieuw, stand];
          try {
            const uit = savepoints ? this.koppelNu(...args) : this.koppelZonderTransactie(...args);
            stand = uit.stand;
            return uit.vastgelegd;
          } catch (fout) {
            if (!savepoints) throw fout; // the whole attempt rolls back; koppelReeks retries
            stand = undefined; // the item rolled back to its savepoint: read again
            return fout instanceof Error ? fout : new Error(String(fout));
          }
        });
      },
      { behavior: 'immediate' },
    );
  }

  /**
   * `koppel`, synchronously; inside another transaction it becomes a savepoint. `stand` is
   * the tree as the previous item of the same transaction left it (read when absent).
   */
  private koppelNu(...args: KoppelArgumenten): { vastgelegd: Vastgelegd; stand: Stand } {
    return this.db.transaction(() => this.koppelZonderTransactie(...args), {
      behavior: 'immediate',
    });
  }

  /** The writes of `koppel`; only inside a transaction that rolls back whole if this throws. */
  private koppelZonderTransactie(...[signaalId, nu, plan, nieuw, stand]: KoppelArgumenten): {
    vastgelegd: Vastgelegd;
    stand: Stand;
  } {
    const st = this.st;
    if (nieuw) {
      st.voegSignaalToe.run({ ...nieuw.signaal });
      for (const p of nieuw.pseudoniemen) st.voegPseudoniemToe.run({ signaalId, ...p });
    }
    const eigen = st.pseudoniemen.all({ id: signaalId }) as OpgeslagenPseudoniem[];
    // A new registration is matched against what committed before it; a recomputation against all.
    const uitkomst = plan(kandidaten(st, signaalId, eigen, nu, nieuw !== undefined), eigen);
    return schrijfMet(this.db, st, this.leesKnopen, nu, uitkomst, stand);
  }

  async trekIn(signaalId: string, nu: number, entry: GeplandeEntry): Promise<Vastgelegd> {
    return this.db.transaction(
      (tx) => {
        tx.update(schema.signalen)
          .set({ ingetrokkenOp: nu })
          .where(eq(schema.signalen.id, signaalId))
          .run();
        tx.delete(schema.pseudoniemen).where(eq(schema.pseudoniemen.signaalId, signaalId)).run();
        meldingenOverSignalen(tx, [signaalId]).run();
        return schrijf(tx, this.st, this.leesKnopen, nu, { entries: [entry], meldingen: [] });
      },
      { behavior: 'immediate' },
    );
  }

  async log(nu: number, entries: GeplandeEntry[]): Promise<Vastgelegd> {
    return this.db.transaction(
      (tx) => schrijf(tx, this.st, this.leesKnopen, nu, { entries, meldingen: [] }),
      { behavior: 'immediate' },
    );
  }

  async signaal(id: string): Promise<SignaalRij | undefined> {
    return this.st.signaal.get({ id });
  }

  async meldingen(partner: string, na: number, limiet: number) {
    return meldingenQuery(this.db, partner, na, limiet).all();
  }

  async logboek(vanaf: number, limiet: number): Promise<Entry[]> {
    return logboekQuery(this.db, vanaf, limiet)
      .all()
      .map((r) => JSON.parse(r.inhoud) as Entry);
  }

  async gebruikTokenEenmaal(sleutel: string, vervaltOp: number, nu: number): Promise<boolean> {
    const st = this.st;
    return this.db.transaction(() => {
      st.ruimTokensOp.run({ nu });
      return st.gebruikToken.run({ sleutel, vervaltOp }).changes === 1;
    });
  }

  async verwijderVerlopen(
    nu: number,
    log: (signalen: VerlopenSignaal[]) => GeplandeEntry[],
  ): Promise<Opruiming> {
    return this.db.transaction(
      (tx) => {
        const verlopen = verlopenSignalenQuery(tx, nu).all();
        let openingen = 0;
        for (let i = 0; i < verlopen.length; i += 500) {
          const ids = verlopen.slice(i, i + 500).map((v) => v.id);
          const [weg, ...rest] = vernietigSignalen(tx, ids);
          openingen += weg.run().changes;
          for (const q of rest) q.run();
        }
        openingen += verlopenOpeningen(tx, nu).run().changes;
        if (verlopen.length > 0)
          schrijf(tx, this.st, this.leesKnopen, nu, { entries: log(verlopen), meldingen: [] });
        return { signalen: verlopen.map((v) => v.id), openingen };
      },
      { behavior: 'immediate' },
    );
  }

  async zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Promise<Entry[]> {
    return zoekLogboekQuery(this.db, filter, na, limiet)
      .all()
      .map((r) => JSON.parse(r.inhoud) as Entry);
  }

  async logboekMetOpening(na: number, limiet: number): Promise<EntryMetOpening[]> {
    return openingenQuery(this.db, na, limiet)
      .all()
      .map((r) => ({ entry: JSON.parse(r.inhoud) as Entry, opening: r.opening }));
  }

  async logboekOuderDan(grens: number): Promise<LogboekOmvang> {
    const r = ouderDanQuery(this.db, grens).get();
    return { aantal: r?.aantal ?? 0, eerste: r?.eerste ?? null, laatste: r?.laatste ?? null };
  }

  async close(): Promise<void> {
    this.sqlite.close();
  }
}

/** Candidates for signal `signaalId`; with `eerder`, only those committed before it. */
function kandidaten(
  st: Statements,
  signaalId: string,
  eigen: OpgeslagenPseudoniem[],
  nu: number,
  eerder: boolean,
): Kandidaat[] {
  const eigenaar = st.eigenaar.get({ id: signaalId });
  if (!eigenaar || eigen.length === 0) return [];
  const waarden: Record<string, unknown> = { partner: eigenaar.partner, nu };
  if (eerder) waarden.voor = eigenaar.volgorde;
  eigen.forEach((e, i) => {
    waarden[`s${i}`] = e.soort;
    waarden[`w${i}`] = e.waarde;
  });
  return groepeer(st.kandidaten(eigen.length, eerder).all(waarden));
}

/**
 * Assigns gap-free volgnummers in commit order and writes entries, openings, notices and
 * the tree nodes the entries complete.
 */
function schrijf(
  tx: Tx,
  st: Statements,
  leesKnopen: KnoopLezer,
  nu: number,
  plan: Plan,
): Vastgelegd {
  return schrijfMet(tx, st, leesKnopen, nu, plan).vastgelegd;
}

/** What `koppel` needs: the signal, the time, its planner, the new signal's rows, the tree. */
type KoppelArgumenten = [
  signaalId: string,
  nu: number,
  plan: (k: Kandidaat[], p: OpgeslagenPseudoniem[]) => Plan,
  nieuw?: { signaal: SignaalRij; pseudoniemen: OpgeslagenPseudoniem[] },
  stand?: Stand,
];

/** The logboek and its tree as a write finds them: entries, leaves, and (once known) frontier. */
interface Stand {
  regels: number;
  bladeren: number;
  frontier?: StoredNode[];
}

/** {@link schrijf}, starting from `bekend` (the state this transaction left) when given. */
function schrijfMet(
  tx: Tx,
  st: Statements,
  leesKnopen: KnoopLezer,
  nu: number,
  plan: Plan,
  bekend?: Stand,
): { vastgelegd: Vastgelegd; stand: Stand } {
  const stand = bekend ?? {
    regels: st.regels.get()?.n ?? 0,
    bladeren: st.bladeren.get()?.n ?? 0,
  };
  controleerStand(stand);
  let volgnummer = stand.regels;
  const tijdstip = new Date(nu).toISOString();
  const teksten: string[] = [];
  const entries: Entry[] = plan.entries.map(({ concept, opening, openingVervaltOp }) => {
    volgnummer += 1;
    const entry: Entry = { volgnummer, tijdstip, ...concept };
    const inhoud = entryTekst(entry);
    teksten.push(inhoud);
    st.voegEntryToe.run(logboekRij(entry, nu, inhoud));
    if (opening) st.voegOpeningToe.run({ volgnummer, opening, vervaltOp: openingVervaltOp });
    return entry;
  });
  for (const m of plan.meldingen) {
    const entry = entries[m.entry];
    if (!entry) throw new Error('melding verwijst naar een onbekende logboekregel');
    st.voegMeldingToe.run({
      partner: m.partner,
      signaalId: m.signaalId,
      inhoud: m.inhoud,
      logboek: entry.volgnummer,
      aangemaaktOp: nu,
    });
  }
  const boom = groeiBoom(tx, st, leesKnopen, stand, teksten);
  return { vastgelegd: { entries }, stand: { regels: volgnummer, ...boom } };
}

/**
 * Appends the leaves of `teksten` (and of any entries the tree lacks) to the stored tree;
 * returns its new size and frontier.
 */
function groeiBoom(
  tx: Tx,
  st: Statements,
  leesKnopen: KnoopLezer,
  stand: Stand,
  teksten: string[],
): { bladeren: number; frontier?: StoredNode[] } {
  if (teksten.length === 0) return { bladeren: stand.bladeren, frontier: stand.frontier };
  const achter = stand.regels - stand.bladeren;
  const achterstand =
    achter > 0
      ? logboekQuery(tx, stand.bladeren + 1, achter)
          .all()
          .map((r) => r.inhoud)
      : [];
  const bladeren = [...achterstand, ...teksten];
  const f = stand.frontier ?? frontierVan(stand.bladeren, leesKnopen);
  const { nodes, frontier: nieuw } = groei(f, bladeren);
  for (const n of nodes) st.voegKnoopToe.run({ niveau: n.level, positie: n.index, hash: n.hash });
  return { bladeren: stand.bladeren + bladeren.length, frontier: nieuw };
}

/** The stored frontier of a tree of `grootte` leaves. */
function frontierVan(grootte: number, leesKnopen: KnoopLezer): StoredNode[] {
  const f = frontier(grootte);
  return f.orden(leesKnopen(f.adressen));
}

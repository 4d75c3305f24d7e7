/**
 * @module
 * The Node store: better-sqlite3 through drizzle, WAL, migrations from ./migrations.
 * Every `koppel` runs in one IMMEDIATE transaction, so matching reads committed state
 * and its entries and notices commit together or not at all.
 */

import Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Tabel, Teltoename } from '../cijfers/tellingen.js';
import type { Soort } from '../identity/soorten.js';
import type { Actie, Entry } from '../logboek/entry.js';
import { entryUitRij } from '../logboek/entry.js';
import type { Hasher } from '../logboek/hash.js';
import type { StoredNode } from '../logboek/merkle-nodes.js';
import type { NodeAddress } from '../logboek/merkle-ranges.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { mogelijkeCasussen } from '../matching/casus.js';
import { type Overdracht, OverdrachtAlBeantwoord } from '../matching/overdracht.js';
import type { Plan, Planner, Vastgelegd } from '../matching/plan.js';
import {
  type Casusinzage,
  type Regie,
  RegieAlBeslist,
  type Regievoorstel,
} from '../matching/regie.js';
import {
  frontierAdressen,
  ordenFrontier,
  type Stand,
  schrijfplan,
} from '../matching/schrijfplan.js';
import type {
  Kandidaat,
  NieuwSignaal,
  OpgeslagenPseudoniem,
  Signaal,
} from '../matching/signaal.js';
import type { SignaalStatus, Terugkoppelingsvraag } from '../matching/terugkoppeling.js';
import type { Waarschuwing } from '../policy/fg-waarschuwing.js';
import type { Telling } from '../policy/quota.js';
import { type BezorgOpslag, bezorgOpslag } from './bezorgingen.js';
import { type LogboekBoom, maakLogboekBoom } from './boom.js';
import { casussenMetRijenQuery, wisCasussenQueries } from './casus-opruimen.js';
import { groepscommit, metSavepointsBijFout } from './groepscommit.js';
import { bladTekstenQuery, knoopStatement, laatsteEntryQuery } from './logboek-queries.js';
import {
  laatsteRegelTot,
  laatsteRegelTotQuery,
  laatsteWissingQuery,
  teWissen,
  wisBladen,
  wisStandQuery,
} from './logboek-wissen.js';
import {
  meldingenOverSignalen,
  ouderDanQuery,
  overPseudoniemenQuery,
  vanSignalenQuery,
  verlopenOpeningen,
  verlopenOpeningPseudoniemen,
  verlopenSignalenQuery,
  vernietigSignalen,
  zoekLogboekQuery,
} from './logboek-zoeken.js';
import { alsFout, metVertaaldeFouten } from './opslag-fout.js';
import {
  bewaarOverdracht,
  bewaarStatus,
  groepeer,
  isAlBeantwoord,
  type KandidaatRij,
  kandidatenQuery,
  logboekQuery,
  meldingenQuery,
  overdrachtQuery,
  overdrachtVanSignaalQuery,
  signalenVanQuery,
  statusQuery,
  tellingenQuery,
  verstrektAanQuery,
  volgordeVan,
  vragenOverQuery,
} from './queries.js';
import {
  oudeWaarschuwingen,
  tellerStandQuery,
  verlopenTellers,
  volleTellingen,
  waarschuwingenQuery,
  waarschuwQuery,
} from './quota-queries.js';
import {
  bewaarCasusinzage,
  bewaarRegie,
  bewaarRegievoorstel,
  casusinzageQuery,
  isRegieAlBeslist,
  openVoorstellenOpQuery,
  regieQuery,
  regievoorstelQuery,
} from './regie-queries.js';
import * as schema from './schema.js';
import { schrijfRijen } from './schrijf-rijen.js';
import { type SessieOpslag, sessieOpslag } from './sessies.js';
import { schrijfMetHerhaling } from './sqlite-bezet.js';
import { snelleBoom } from './sqlite-boom.js';
import { bereidStatements, type Statements } from './sqlite-statements.js';
import {
  type Bladzijde,
  type Eenmalig,
  type EntryMetPseudoniem,
  type LogboekOmvang,
  type Openstaand,
  type Opruiming,
  QuotumVol,
  type Registratiestap,
  type SignaalRij,
  type Store,
  TokenAlGebruikt,
  type VerlopenSignaal,
} from './store.js';
import {
  belegdeCasussenQuery,
  bewaarStapelmelding,
  gemeldeCasussenQuery,
  leesCasusLeden,
  openOverdrachten,
  openVoorstellen,
  openVragen,
} from './termijn-queries.js';

type Db = BetterSQLite3Database<typeof schema>;
type KnoopLezer = (adressen: NodeAddress[]) => StoredNode[];

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

/**
 * Stored pseudonyms per page of the hourly job's casus read: one page holds the event loop
 * for about 10 ms (measured on 1,000,000 signals, README "Prestaties").
 */
const CASUS_BLADZIJDE = 5_000;

/**
 * Opens (and migrates) a SQLite database; `':memory:'` gives a fresh one for tests.
 * `walAutocheckpoint`: WAL pages after which a commit copies the log into the database
 * itself (SQLite's default is 1,000); raise it when something else checkpoints. `hasher`: the
 * SHA-256 of new leaves (the gateway passes node:crypto; the default is web-standard).
 * `casusBladzijde`: stored pseudonyms per page of the hourly job's casus read.
 */
export function openSqliteStore(
  pad: string,
  {
    walAutocheckpoint = 1000,
    hasher,
    casusBladzijde = CASUS_BLADZIJDE,
  }: { walAutocheckpoint?: number; hasher?: Hasher; casusBladzijde?: number } = {},
): SqliteStore {
  const sqlite = new Database(pad);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Savepoints (one per batch item) keep their undo pages in a sub-journal: in memory, not in
  // a temporary file. Measured (issue 6): a third less CPU per signal in POST /v1/signalen/batch.
  sqlite.pragma('temp_store = MEMORY');
  // A page cache of 64 MiB instead of SQLite's 2 MiB: a registration touches pages of a dozen
  // indexes, and every page not cached is a read from the file. Measured (issue 13): about a
  // tenth less CPU per registration through the store.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma(`wal_autocheckpoint = ${Math.trunc(walAutocheckpoint)}`);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  // Errors leave the store translated: a failed query's message holds its parameters.
  return metVertaaldeFouten(new SqliteStore(sqlite, db, hasher, casusBladzijde));
}

/** A registration of a group commit: its step and the token id it records, if any. */
type Groepsstap<A = unknown> = Registratiestap<A> & {
  eenmalig?: Eenmalig | undefined;
  quotum?: readonly Telling[] | undefined;
};

export class SqliteStore implements Store {
  private readonly st: Statements;
  readonly boom: LogboekBoom;
  readonly sessies: SessieOpslag;
  readonly bezorgingen: BezorgOpslag;
  /** Stored tree nodes by address, through one prepared statement (also inside transactions). */
  private readonly leesKnopen: KnoopLezer;
  /** How often a write transaction found the write lock taken and tried again (sqlite-bezet.ts). */
  bezetHerhalingen = 0;
  private readonly voorSluiten: Array<() => void> = [];
  /** The hourly job's read connection (doorloopCasusLeden), opened at its first read. */
  private lezer: ReturnType<typeof openLezer> | undefined;

  constructor(
    /** The raw connection, for tests that inject storage failures and for benchmarks. */
    readonly sqlite: Database.Database,
    private readonly db: Db,
    private readonly hasher?: Hasher,
    /** Stored pseudonyms per page of the hourly job's casus read (tests make it small). */
    private readonly casusBladzijde = CASUS_BLADZIJDE,
  ) {
    this.st = bereidStatements(db, sqlite);
    this.transactie = sqlite.transaction((werk: () => unknown) => werk());
    const knoop = knoopStatement(db);
    this.leesKnopen = (adressen) =>
      adressen.flatMap((a) => knoop.get({ niveau: a.level, positie: a.index }) ?? []);
    this.boom = metVertaaldeFouten(
      snelleBoom(maakLogboekBoom(db, this.leesKnopen), this.st, (werk) =>
        this.schrijfMetHerhaling(werk),
      ),
    );
    this.sessies = metVertaaldeFouten(sessieOpslag(db));
    this.bezorgingen = metVertaaldeFouten(bezorgOpslag(db));
  }

  /**
   * Registrations that reach the store in the same turn of the event loop commit together, in
   * order, each as its own transaction would leave it (src/store/groepscommit.ts).
   */
  private readonly inGroep = groepscommit<Groepsstap, Vastgelegd<unknown>>((stappen, savepoints) =>
    this.reeksVastleggen(stappen, savepoints),
  );

  async registreer<A>(
    nieuw: NieuwSignaal,
    nu: number,
    planner: Planner<A>,
    eenmalig?: Eenmalig,
    quotum?: readonly Telling[],
  ): Promise<Vastgelegd<A>> {
    // The quota count and the token id in the registration's own transaction: no commit and
    // no turn of the event loop of their own per request.
    return (await this.inGroep({ nieuw, nu, planner, eenmalig, quotum })) as Vastgelegd<A>;
  }

  /**
   * Counts `tellingen` inside the current transaction. Above a limit it counts nothing (one
   * conditional statement) and returns the refusal, so the group need not roll back for it.
   */
  private reserveerNu(tellingen: readonly Telling[]): QuotumVol | undefined {
    if (tellingen.length === 0 || this.st.reserveer(tellingen) === tellingen.length) return;
    return new QuotumVol(volleTellingen(tellingen, tellerStandQuery(this.db, tellingen).all()));
  }

  /** Records a token id inside the current transaction; throws when it was used before. */
  private gebruikTokenNu({ sleutel, bewaarTot }: Eenmalig) {
    if (this.st.gebruikToken.run({ sleutel, vervaltOp: bewaarTot }).changes !== 1) {
      throw new TokenAlGebruikt('Dit token is al gebruikt.');
    }
  }

  async herbereken<A>(signaalId: string, nu: number, planner: Planner<A>): Promise<Vastgelegd<A>> {
    return (
      await this.schrijf(() => this.koppelNu(signaalId, nu, planner, { alleenEerder: false }))
    ).vastgelegd;
  }

  /**
   * All registrations in one IMMEDIATE transaction: the batch pays for one commit instead of
   * one per signal, and being synchronous, no other request runs in between. Only a failing
   * registration fails (metSavepointsBijFout); planners may so run twice: each run returns its
   * own answer, and the committed run's is the one returned. A write lock held elsewhere is no
   * failed registration: the fast path tries again (sqlite-bezet.ts).
   */
  async registreerReeks<A>(
    stappen: readonly Registratiestap<A>[],
  ): Promise<Array<Vastgelegd<A> | Error>> {
    return metSavepointsBijFout(this.reeksVastleggen<A>, stappen);
  }

  /** `stappen` in one transaction (see `reeks`), tried again promptly while another connection writes. */
  private readonly reeksVastleggen = <A>(stappen: readonly Groepsstap<A>[], savepoints: boolean) =>
    this.schrijfMetHerhaling(() => this.reeks(stappen, { savepoints }));

  private reeks<A>(
    stappen: readonly Groepsstap<A>[],
    { savepoints }: { savepoints: boolean },
  ): Array<Vastgelegd<A> | Error> {
    return this.inTransactie(() => {
      const eerste = stappen[0];
      if (eerste && stappen.some((s) => s.eenmalig)) this.st.ruimTokensOp.run({ nu: eerste.nu });
      // The transaction holds the write lock, so the logboek as one registration leaves it
      // is what the next one finds: it need not be read again.
      let stand: Stand | undefined;
      const registreer = (stap: Groepsstap<A>) => {
        // A count is the item's first write: above a quota nothing of it is written, and its
        // refusal is its outcome without a rollback (the others' planners do not run again).
        const vol = stap.quotum && this.reserveerNu(stap.quotum);
        if (vol) return vol;
        if (stap.eenmalig) this.gebruikTokenNu(stap.eenmalig);
        return this.registreerNu(stap, stand);
      };
      return stappen.map((stap) => {
        const uit = this.groepsitem(savepoints, () => registreer(stap));
        if (uit instanceof QuotumVol) return uit;
        // Rolled back to its savepoint: the logboek is read again.
        stand = uit instanceof Error ? undefined : uit.stand;
        return uit instanceof Error ? uit : uit.vastgelegd;
      });
    });
  }

  /**
   * One item of a group in its transaction (src/store/groepscommit.ts): without savepoints its
   * failure throws and the whole attempt rolls back; with them it runs in a savepoint of its
   * own, and its failure is its outcome.
   */
  private groepsitem<T>(savepoints: boolean, werk: () => T): T | Error {
    if (!savepoints) return werk();
    try {
      return this.inTransactie(werk);
    } catch (fout) {
      return alsFout(fout);
    }
  }

  /** `werk` in an IMMEDIATE transaction, tried again promptly while another connection writes. */
  private schrijf<T>(werk: () => T): Promise<T> {
    return this.schrijfMetHerhaling(() => this.inTransactie(werk));
  }

  private schrijfMetHerhaling<T>(transactie: () => T): Promise<T> {
    return schrijfMetHerhaling(this.sqlite, transactie, () => {
      this.bezetHerhalingen += 1;
    });
  }

  /** An IMMEDIATE transaction; inside another transaction, a savepoint. */
  private inTransactie<T>(werk: () => T): T {
    return this.transactie.immediate(werk) as T;
  }

  /**
   * better-sqlite3's transaction, made once: BEGIN IMMEDIATE … COMMIT, or a savepoint when
   * already inside one. drizzle's db.transaction made it, and a drizzle transaction object that
   * no write here uses, anew for every write.
   */
  private readonly transactie: Database.Transaction<(werk: () => unknown) => unknown>;

  /** Inserts the new signal and plans its matching; only inside a transaction. */
  private registreerNu<A>({ nieuw, nu, planner }: Registratiestap<A>, stand?: Stand) {
    const { doelen, ...signaal } = nieuw.signaal;
    this.st.voegSignaalToe.run({
      herkomst: null,
      aard: 'signaal',
      melder: 'professional',
      ...signaal,
      doelenJson: doelen ? JSON.stringify(doelen) : null,
    });
    for (const p of nieuw.pseudoniemen) {
      this.st.voegPseudoniemToe.run({ signaalId: nieuw.signaal.id, ...p });
    }
    // A new registration is matched against what committed before it.
    return this.koppelNu(nieuw.signaal.id, nu, planner, { alleenEerder: true }, stand);
  }

  /**
   * Reads the candidates of `signaalId`, lets `planner` decide and executes its write plan;
   * only inside a transaction. `stand`: the logboek as this transaction left it, if known.
   */
  private koppelNu<A>(
    signaalId: string,
    nu: number,
    planner: Planner<A>,
    { alleenEerder }: { alleenEerder: boolean },
    stand?: Stand,
  ): { vastgelegd: Vastgelegd<A>; stand: Stand | undefined } {
    const eigen = this.st.pseudoniemen.all({ id: signaalId });
    const kandidaten = leesKandidaten(this.st, signaalId, eigen, nu, alleenEerder);
    const { plan, antwoord } = planner(kandidaten, eigen, {
      belegd: this.belegd(eigen, kandidaten),
    });
    const uit = this.voerUit(nu, plan, stand);
    return { vastgelegd: { blad: uit.blad, entries: uit.entries, antwoord }, stand: uit.stand };
  }

  /** The casussen of a signal with pseudonyms `eigen` that have regie or an open proposal. */
  private belegd(eigen: OpgeslagenPseudoniem[], kandidaten: readonly Kandidaat[]): Set<string> {
    // Without another signal on its pseudonyms the new signal forms no casus: nothing to read.
    if (eigen.length === 0 || kandidaten.length === 0) return new Set();
    const casussen = JSON.stringify(mogelijkeCasussen(eigen));
    return new Set(this.st.belegd.flatMap((q) => q.all({ casussen }).map((r) => r.casus)));
  }

  /** Executes the write plan of `plan`: one leaf and its rows; only inside a transaction. */
  private voerUit(nu: number, plan: Plan, bekend?: Stand) {
    const s = schrijfplan(bekend ?? this.leesStand(), nu, plan, this.hasher);
    const rijen = schrijfRijen(s, nu);
    const st = this.st;
    st.voegBladToe.run({ ...rijen.blad });
    for (const r of rijen.logboek) st.voegEntryToe.run(r);
    for (const o of rijen.openingen) st.voegOpeningToe.run(o);
    for (const o of rijen.openingPseudoniemen) st.voegOpeningPseudoniemToe.run(o);
    for (const m of rijen.meldingen) {
      st.telMelding.run({ partner: m.partner });
      st.voegMeldingToe.run(m);
    }
    for (const k of rijen.knopen) st.voegKnoopToe.run(k);
    for (const o of rijen.overdrachten) {
      try {
        bewaarOverdracht(this.db, o).run();
      } catch (fout) {
        if (isAlBeantwoord(fout)) throw new OverdrachtAlBeantwoord(o.id);
        throw fout;
      }
    }
    for (const st of rijen.statussen) bewaarStatus(this.db, st).run();
    for (const v of rijen.vragen) this.db.insert(schema.terugkoppelingsvragen).values(v).run();
    for (const t of rijen.tellingen) st.telOp.run({ ...t });
    for (const t of rijen.termijnmeldingen) this.db.insert(schema.termijnmeldingen).values(t).run();
    for (const m of rijen.stapelmeldingen) bewaarStapelmelding(this.db, m).run();
    for (const c of rijen.casusinzagen) bewaarCasusinzage(this.db, c).run();
    try {
      for (const v of rijen.regievoorstellen) bewaarRegievoorstel(this.db, v).run();
      for (const r of rijen.regie) bewaarRegie(this.db, r).run();
    } catch (fout) {
      if (isRegieAlBeslist(fout)) throw new RegieAlBeslist();
      throw fout;
    }
    return { blad: s.blad.nummer, entries: s.entries.map((e) => e.entry), stand: s.na };
  }

  /** The logboek as a write finds it: sizes, the tree's frontier, leaves the tree lacks. */
  private leesStand(): Stand {
    const entries = this.st.entries.get()?.n ?? 0;
    const bladen = this.st.bladen.get()?.n ?? 0;
    const bladeren = this.st.bladeren.get()?.n ?? 0;
    const achter = bladen - bladeren;
    return {
      entries,
      bladen,
      bladeren,
      frontier: ordenFrontier(bladeren, this.leesKnopen(frontierAdressen(bladeren))),
      achterstand:
        achter > 0
          ? bladTekstenQuery(this.db, bladeren + 1, achter)
              .all()
              .map((r) => r.inhoud)
          : [],
    };
  }

  async trekIn(signaalId: string, nu: number, plan: Plan): Promise<Vastgelegd> {
    return this.db.transaction(
      (tx) => {
        tx.update(schema.signalen)
          .set({ ingetrokkenOp: nu })
          .where(eq(schema.signalen.id, signaalId))
          .run();
        tx.delete(schema.pseudoniemen)
          .where(eq(schema.pseudoniemen.signaal, volgordeVan(signaalId)))
          .run();
        meldingenOverSignalen(tx, [signaalId]).run();
        const { blad, entries } = this.voerUit(nu, plan);
        return { blad, entries, antwoord: undefined };
      },
      { behavior: 'immediate' },
    );
  }

  async legVast(nu: number, plan: Plan): Promise<Vastgelegd> {
    return this.schrijf(() => {
      const { blad, entries } = this.voerUit(nu, plan);
      return { blad, entries, antwoord: undefined };
    });
  }

  async signaal(id: string): Promise<Signaal | undefined> {
    return this.st.signaal.get({ id });
  }

  async signalenVan(partner: string, limiet: number, bladzijde?: Bladzijde): Promise<SignaalRij[]> {
    return signalenVanQuery(this.db, partner, limiet, bladzijde).all();
  }

  async pseudoniemen(signaalId: string): Promise<OpgeslagenPseudoniem[]> {
    return this.st.pseudoniemen.all({ id: signaalId });
  }

  async overdracht(id: string): Promise<Overdracht | undefined> {
    return overdrachtQuery(this.db, id).get();
  }

  async overdrachtVanSignaal(signaalId: string): Promise<Overdracht | undefined> {
    return overdrachtVanSignaalQuery(this.db, signaalId).get();
  }

  async tellingen(tabellen: readonly Tabel[]): Promise<Teltoename[]> {
    return tellingenQuery(this.db, tabellen).all();
  }

  async status(signaalId: string): Promise<SignaalStatus | undefined> {
    return statusQuery(this.db, signaalId).get();
  }

  async verstrektAan(signaalId: string) {
    return verstrektAanQuery(this.db, signaalId).all();
  }

  async vragenOver(signaalId: string): Promise<Terugkoppelingsvraag[]> {
    return vragenOverQuery(this.db, signaalId).all();
  }

  async casusLeden(signaalId: string, nu: number): Promise<Kandidaat[]> {
    const eigen = this.st.pseudoniemen.all({ id: signaalId });
    if (eigen.length === 0) return [];
    return groepeer(kandidatenQuery(this.db, eigen, undefined, nu, undefined).all());
  }

  async regie(casus: string): Promise<Regie | undefined> {
    return regieQuery(this.db, casus).get();
  }

  async regievoorstel(id: string): Promise<Regievoorstel | undefined> {
    return regievoorstelQuery(this.db, id).get();
  }

  async openVoorstellenOp(casus: string): Promise<Regievoorstel[]> {
    return openVoorstellenOpQuery(this.db, casus).all();
  }

  async casusinzage(signaal: string): Promise<Casusinzage | undefined> {
    return casusinzageQuery(this.db, signaal).get();
  }

  async openstaand(): Promise<Openstaand> {
    return this.db.transaction(() => ({
      overdrachten: openOverdrachten(this.db).all(),
      voorstellen: openVoorstellen(this.db).all(),
      vragen: openVragen(this.db).all(),
      belegd: belegdeCasussenQuery(this.db)
        .all()
        .map((r) => r.casus),
      casusGemeld: gemeldeCasussenQuery(this.db)
        .all()
        .map((r) => r.casus),
    }));
  }

  /**
   * Between pages a turn of the event loop, so requests are not held up by the hourly job. The
   * pages are read on a connection of their own inside one read transaction: one snapshot,
   * whatever commits in between (a registration between two pages would otherwise make a
   * casus that never existed). An in-memory database has no second connection: one page.
   */
  async doorloopCasusLeden(nu: number, perBladzijde: (leden: Kandidaat[]) => void) {
    const per = (r: KandidaatRij[]) => perBladzijde(groepeer(r));
    if (this.sqlite.memory) {
      await leesCasusLeden(this.db, nu, 'alles', per);
      return;
    }
    this.lezer ??= openLezer(this.sqlite.name);
    const { sqlite, db } = this.lezer;
    const pauze = () => new Promise<void>((klaar) => setImmediate(klaar));
    sqlite.exec('BEGIN');
    try {
      await leesCasusLeden(db, nu, this.casusBladzijde, per, pauze);
    } finally {
      sqlite.exec('COMMIT');
    }
  }

  async casussenMetRijen(): Promise<string[]> {
    return casussenMetRijenQuery(this.db)
      .all()
      .map((r) => r.casus);
  }

  async wisCasussen(ids: readonly string[]): Promise<void> {
    await this.schrijf(() => {
      for (let i = 0; i < ids.length; i += 500) {
        for (const q of wisCasussenQueries(this.db, ids.slice(i, i + 500))) q.run();
      }
    });
  }

  async meldingen(partner: string, na: number, limiet: number) {
    return meldingenQuery(this.db, partner, na, limiet).all();
  }

  async logboek(vanaf: number, limiet: number): Promise<Entry[]> {
    return logboekQuery(this.db, vanaf, limiet)
      .all()
      .map((r) => entryUitRij(r));
  }

  async controleerOpslagsleutel(vingerafdruk: string): Promise<'gelijk' | 'nieuw' | 'anders'> {
    const t = schema.opslagsleutel;
    return this.db.transaction(
      (tx) => {
        const rij = tx.select().from(t).where(eq(t.id, 1)).get();
        if (rij) return rij.vingerafdruk === vingerafdruk ? 'gelijk' : 'anders';
        tx.insert(t).values({ id: 1, vingerafdruk }).run();
        return 'nieuw';
      },
      { behavior: 'immediate' },
    );
  }

  /**
   * Re-keys every stored pseudonym with `herversleutel` and records the new keys' fingerprint,
   * in one IMMEDIATE transaction, only when the stored fingerprint is `vorige` (or none is
   * stored): a storage key rotation (`ketenpoort beheer opslagsleutel roteer`). Returns how
   * many pseudonyms were re-keyed.
   */
  roteerOpslagsleutel(
    vorige: string,
    nieuwe: string,
    herversleutel: (soort: Soort, waarde: string) => string,
  ): number {
    const t = schema.opslagsleutel;
    const p = schema.pseudoniemen;
    return this.db.transaction(
      (tx) => {
        const rij = tx.select().from(t).where(eq(t.id, 1)).get();
        if (rij && rij.vingerafdruk !== vorige) {
          throw new Error(
            'De opgeslagen pseudoniemen horen niet bij de geconfigureerde opslagsleutel(s); er is niets gewijzigd.',
          );
        }
        const rijen = tx.select().from(p).all();
        for (const r of rijen) {
          tx.update(p)
            .set({ waarde: herversleutel(r.soort, r.waarde) })
            .where(and(eq(p.signaal, r.signaal), eq(p.soort, r.soort), eq(p.waarde, r.waarde)))
            .run();
        }
        tx.insert(t)
          .values({ id: 1, vingerafdruk: nieuwe })
          .onConflictDoUpdate({ target: t.id, set: { vingerafdruk: nieuwe } })
          .run();
        return rijen.length;
      },
      { behavior: 'exclusive' },
    );
  }

  async gebruikTokenEenmaal(sleutel: string, bewaarTot: number, nu: number): Promise<boolean> {
    const st = this.st;
    return this.db.transaction(() => {
      st.ruimTokensOp.run({ nu });
      return st.gebruikToken.run({ sleutel, vervaltOp: bewaarTot }).changes === 1;
    });
  }

  async verwijderVerlopen(
    nu: number,
    planVoor: (signalen: VerlopenSignaal[]) => Plan,
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
        verlopenOpeningPseudoniemen(tx, nu).run();
        // Every run is one leaf, also when nothing expired: the tree's growth says nothing
        // about whether anyone's signals ran out.
        this.voerUit(nu, planVoor(verlopen));
        return { signalen: verlopen.map((v) => v.id), openingen };
      },
      { behavior: 'immediate' },
    );
  }

  async wisLogboek(
    nu: number,
    grens: number,
    planVoor: (w: { totEnMetBlad: number; totEnMetRegel: number }) => Plan,
  ) {
    return this.db.transaction(
      (tx) => {
        const [stand] = wisStandQuery(tx, grens).all();
        const n = stand ? teWissen(stand) : undefined;
        if (!stand || n === undefined) return undefined;
        const totEnMetRegel = laatsteRegelTot(
          laatsteRegelTotQuery(tx, n).all()[0]?.v ?? null,
          laatsteWissingQuery(tx).all()[0]?.inhoud,
        );
        for (const q of wisBladen(tx, stand.gewist + 1, n)) q.run();
        this.voerUit(nu, planVoor({ totEnMetBlad: n, totEnMetRegel }));
        return { totEnMetBlad: n, totEnMetRegel, bladen: n - stand.gewist };
      },
      { behavior: 'immediate' },
    );
  }

  async laatsteEntry(actie: Actie): Promise<Entry | undefined> {
    const [rij] = laatsteEntryQuery(this.db, actie).all();
    return rij && (JSON.parse(rij.inhoud) as Entry);
  }

  async zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Promise<Entry[]> {
    return zoekLogboekQuery(this.db, filter, na, limiet)
      .all()
      .map((r) => entryUitRij(r));
  }

  async logboekOverPseudoniemen(opgeslagen: readonly string[]): Promise<EntryMetPseudoniem[]> {
    if (opgeslagen.length === 0) return [];
    return overPseudoniemenQuery(this.db, [...opgeslagen])
      .all()
      .map((r) => ({ entry: entryUitRij(r), opening: r.opening, waarde: r.waarde }));
  }

  async logboekVanSignalen(ids: readonly string[]): Promise<Entry[]> {
    const uit: Entry[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const rijen = vanSignalenQuery(this.db, ids.slice(i, i + 500)).all();
      for (const r of rijen) uit.push(entryUitRij(r));
    }
    return uit;
  }

  async logboekOuderDan(grens: number): Promise<LogboekOmvang> {
    const r = ouderDanQuery(this.db, grens).get();
    return { aantal: r?.aantal ?? 0, eerste: r?.eerste ?? null, laatste: r?.laatste ?? null };
  }

  /**
   * Reservations that reach the store in the same turn of the event loop commit together: each
   * is one atomic statement, so sharing a transaction changes no outcome, and under load a
   * request no longer pays a commit of its own for its quota (src/store/groepscommit.ts).
   */
  private readonly reserveerInGroep = groepscommit<readonly Telling[], number>(
    (groep, savepoints) =>
      // Without blocking the event loop while the WAL worker restarts the log (wal-checkpointer.ts).
      this.schrijf(() =>
        groep.map((tellingen) => this.groepsitem(savepoints, () => this.st.reserveer(tellingen))),
      ),
  );

  async reserveer(tellingen: readonly Telling[]): Promise<Telling[]> {
    if (tellingen.length === 0) return [];
    const geteld = await this.reserveerInGroep(tellingen);
    if (geteld === tellingen.length) return [];
    return volleTellingen(tellingen, tellerStandQuery(this.db, tellingen).all());
  }

  async waarschuw(waarschuwingen: readonly Waarschuwing[], nu: number): Promise<void> {
    this.db.transaction((tx) => {
      for (const w of waarschuwingen) waarschuwQuery(tx, w, nu).run();
    });
  }

  async waarschuwingen(partner: string | undefined, na: number, limiet: number) {
    return waarschuwingenQuery(this.db, partner, na, limiet).all();
  }

  async ruimQuotaOp(nu: number, grens: number): Promise<void> {
    this.db.transaction((tx) => {
      verlopenTellers(tx, nu).run();
      oudeWaarschuwingen(tx, grens).run();
    });
  }

  /** Runs `f` when the store closes, before its connection does (the gateway's kept checkpoint). */
  bijSluiten(f: () => void): void {
    this.voorSluiten.push(f);
  }

  async close(): Promise<void> {
    for (const f of this.voorSluiten.splice(0)) f();
    this.lezer?.sqlite.close();
    this.sqlite.close();
  }
}

/** A read-only connection to the database file at `pad`, for reads that span event-loop turns. */
function openLezer(pad: string) {
  const sqlite = new Database(pad, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  // As the main connection: grouping in memory, and a page cache that holds an index range.
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('cache_size = -65536');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/** Candidates for signal `signaalId`; with `alleenEerder`, only those committed before it. */
function leesKandidaten(
  st: Statements,
  signaalId: string,
  eigen: OpgeslagenPseudoniem[],
  nu: number,
  alleenEerder: boolean,
): Kandidaat[] {
  const eigenaar = st.eigenaar.get({ id: signaalId });
  if (!eigenaar || eigen.length === 0) return [];
  const waarden: Record<string, unknown> = { nu };
  if (alleenEerder) waarden.voor = eigenaar.volgorde;
  eigen.forEach((e, i) => {
    waarden[`s${i}`] = e.soort;
    waarden[`w${i}`] = e.waarde;
  });
  return groepeer(st.kandidaten(eigen.length, alleenEerder).all(waarden));
}

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
import type { Tabel, Teltoename } from '../cijfers/tellingen.js';
import type { Actie, Entry } from '../logboek/entry.js';
import { entryUitRij } from '../logboek/entry.js';
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
  type Schrijfplan,
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
import {
  bladTekstenQuery,
  knopenInserts,
  laatsteEntryQuery,
  standQuery,
} from './logboek-queries.js';
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
  openingenVanSignalenAantal,
  ouderDanQuery,
  overPseudoniemenQuery,
  vanSignalenQuery,
  verlatenVoorlopig,
  verlopenOpeningen,
  verlopenOpeningenAantal,
  verlopenOpeningPseudoniemen,
  verlopenSignalenQuery,
  vernietigSignalen,
  zoekLogboekQuery,
} from './logboek-zoeken.js';
import { alsFout, metVertaaldeFouten } from './opslag-fout.js';
import {
  bewaarOverdracht,
  bewaarStatus,
  eigenaarQuery,
  groepeer,
  isAlBeantwoord,
  kandidatenQuery,
  laatsteMeldingnummer,
  logboekQuery,
  meldingenQuery,
  overdrachtQuery,
  overdrachtVanSignaalQuery,
  pseudoniemenQuery,
  signaalQuery,
  signalenVanQuery,
  statusQuery,
  tellingenQuery,
  telMelding,
  telOp,
  verstrektAanQuery,
  volgordeVan,
  vragenOverQuery,
} from './queries.js';
import {
  oudeWaarschuwingen,
  reserveerQuery,
  tellerStandQuery,
  verlopenTellers,
  volleTellingen,
  waarschuwingenQuery,
  waarschuwQuery,
} from './quota-queries.js';
import {
  belegdeCasussenQueries,
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

/** The store on D1; errors leave it translated (a failed query's message holds its parameters). */
export function openD1Store(d1: D1Database): D1Store {
  return metVertaaldeFouten(new D1Store(d1));
}

export class D1Store implements Store {
  private readonly db: Db;
  readonly boom: LogboekBoom;
  readonly sessies: SessieOpslag;
  readonly bezorgingen: BezorgOpslag;

  constructor(readonly d1: D1Database) {
    this.db = drizzle(d1 as never, { schema });
    this.boom = metVertaaldeFouten(maakLogboekBoom(this.db));
    this.sessies = metVertaaldeFouten(sessieOpslag(this.db));
    this.bezorgingen = metVertaaldeFouten(bezorgOpslag(this.db));
  }

  async registreer<A>(
    nieuw: NieuwSignaal,
    nu: number,
    planner: Planner<A>,
    eenmalig?: Eenmalig,
    quotum?: readonly Telling[],
  ): Promise<Vastgelegd<A>> {
    // D1 runs no transaction across batches: the token id gets a write of its own first, as
    // before; what is refused for it stores nothing, and is not counted (as in SQLite, where
    // the count rolls back with it).
    if (eenmalig && !(await this.gebruikTokenEenmaal(eenmalig.sleutel, eenmalig.bewaarTot, nu))) {
      throw new TokenAlGebruikt('Dit token is al gebruikt.');
    }
    // Then the count, in one statement of its own (reserveer).
    const vol = quotum ? await this.reserveer(quotum) : [];
    if (vol.length > 0) throw new QuotumVol(vol);
    // Batch 1: the signal, voorlopig (nobody matches against it or reads it yet).
    await this.batch(this.voegToe(nieuw));
    const id = nieuw.signaal.id;
    try {
      // Batch 2 makes it final together with its entries: the later of two racing
      // registrations to become final sees the other (see koppel).
      return await this.koppel(id, nu, planner, [
        this.stap(
          this.db
            .update(schema.signalen)
            .set({ voorlopig: false })
            .where(eq(schema.signalen.id, id)),
        ),
      ]);
    } catch (fout) {
      // Nothing was disclosed and nobody saw it; take the signal back. Should this fail too,
      // it stays voorlopig, invisible, and the purge removes it.
      await this.db.delete(schema.signalen).where(eq(schema.signalen.id, id));
      throw fout;
    }
  }

  herbereken<A>(signaalId: string, nu: number, planner: Planner<A>): Promise<Vastgelegd<A>> {
    return this.koppel(signaalId, nu, planner);
  }

  /** D1 has no interactive transactions: each registration is its own commit-then-match, in order. */
  async registreerReeks<A>(
    stappen: readonly Registratiestap<A>[],
  ): Promise<Array<Vastgelegd<A> | Error>> {
    const uit: Array<Vastgelegd<A> | Error> = [];
    for (const { nieuw, nu, planner } of stappen) {
      uit.push(await this.registreer(nieuw, nu, planner).catch(alsFout));
    }
    return uit;
  }

  /**
   * Matches signal `signaalId` against the final signals sharing a pseudonym and commits the
   * plan (with `voor`) in one batch. The logboek's state is read before the candidates, and
   * the batch takes the next leaf number as a primary key: if another write committed in
   * between (such as a registration becoming final), the batch fails whole and everything is
   * read and planned again. So of two racing registrations the later to become final sees the
   * earlier, exactly once.
   */
  private async koppel<A>(
    signaalId: string,
    nu: number,
    planner: Planner<A>,
    voor: Stap[] = [],
  ): Promise<Vastgelegd<A>> {
    const eigen: OpgeslagenPseudoniem[] = await pseudoniemenQuery(this.db, signaalId).all();
    const eigenaar = await eigenaarQuery(this.db, signaalId).get();
    for (let poging = 1; ; poging++) {
      const stand = await this.leesStand();
      const kandidaten =
        eigenaar && eigen.length > 0
          ? groepeer(await kandidatenQuery(this.db, eigen, undefined, nu, undefined).all())
          : [];
      const { plan, antwoord } = planner(kandidaten, eigen, {
        belegd: await this.belegd(eigen, kandidaten),
      });
      const s = schrijfplan(stand, nu, plan);
      try {
        await this.batch([...voor, ...this.stappen(s, nu)]);
        return { blad: s.blad.nummer, entries: s.entries.map((e) => e.entry), antwoord };
      } catch (fout) {
        if (isAlBeantwoord(fout)) throw new OverdrachtAlBeantwoord(alBeantwoord(plan));
        if (isRegieAlBeslist(fout)) throw new RegieAlBeslist();
        if (poging >= MAX_POGINGEN || !isBotsing(fout)) throw fout;
      }
    }
  }

  async trekIn(signaalId: string, nu: number, plan: Plan): Promise<Vastgelegd> {
    const { blad, entries } = await this.schrijf(nu, plan, [
      this.stap(
        this.db
          .update(schema.signalen)
          .set({ ingetrokkenOp: nu })
          .where(eq(schema.signalen.id, signaalId)),
      ),
      this.stap(
        this.db
          .delete(schema.pseudoniemen)
          .where(eq(schema.pseudoniemen.signaal, volgordeVan(signaalId))),
      ),
      this.stap(meldingenOverSignalen(this.db, [signaalId])),
    ]);
    return { blad, entries, antwoord: undefined };
  }

  async legVast(nu: number, plan: Plan): Promise<Vastgelegd> {
    return { ...(await this.schrijf(nu, plan)), antwoord: undefined };
  }

  async signaal(id: string): Promise<Signaal | undefined> {
    return signaalQuery(this.db, id).get();
  }

  async signalenVan(partner: string, limiet: number, bladzijde?: Bladzijde): Promise<SignaalRij[]> {
    return signalenVanQuery(this.db, partner, limiet, bladzijde).all();
  }

  pseudoniemen(signaalId: string): Promise<OpgeslagenPseudoniem[]> {
    return pseudoniemenQuery(this.db, signaalId).all();
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

  meldingen(partner: string, na: number, limiet: number) {
    return meldingenQuery(this.db, partner, na, limiet).all();
  }

  async logboek(vanaf: number, limiet: number): Promise<Entry[]> {
    const rijen = await logboekQuery(this.db, vanaf, limiet).all();
    return rijen.map((r) => entryUitRij(r));
  }

  async controleerOpslagsleutel(vingerafdruk: string): Promise<'gelijk' | 'nieuw' | 'anders'> {
    const t = schema.opslagsleutel;
    // Insert-if-absent, then read: of two isolates starting at once, both see the first one's row.
    const ingevoegd = await this.db
      .insert(t)
      .values({ id: 1, vingerafdruk })
      .onConflictDoNothing()
      .run();
    if (ingevoegd.meta.changes === 1) return 'nieuw';
    const rij = await this.db.select().from(t).where(eq(t.id, 1)).get();
    return rij?.vingerafdruk === vingerafdruk ? 'gelijk' : 'anders';
  }

  async gebruikTokenEenmaal(sleutel: string, bewaarTot: number, nu: number): Promise<boolean> {
    const [, ingevoegd] = await this.batch([
      this.stap(this.db.delete(schema.replay).where(lt(schema.replay.vervaltOp, nu))),
      this.stap(
        this.db
          .insert(schema.replay)
          .values({ sleutel, vervaltOp: bewaarTot })
          .onConflictDoNothing(),
      ),
    ]);
    return ingevoegd?.meta.changes === 1;
  }

  async verwijderVerlopen(
    nu: number,
    planVoor: (signalen: VerlopenSignaal[]) => Plan,
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
    stappen.push(this.stap(verlopenOpeningPseudoniemen(this.db, nu)));
    stappen.push(this.stap(verlatenVoorlopig(this.db, nu)));
    // Every run is one leaf, also when nothing expired (see the SQLite store).
    await this.schrijf(nu, planVoor(verlopen), stappen);
    return { signalen: verlopen.map((v) => v.id), openingen };
  }

  async wisLogboek(
    nu: number,
    grens: number,
    planVoor: (w: { totEnMetBlad: number; totEnMetRegel: number }) => Plan,
  ) {
    const [stand] = await wisStandQuery(this.db, grens).all();
    const n = stand ? teWissen(stand) : undefined;
    if (!stand || n === undefined) return undefined;
    const totEnMetRegel = laatsteRegelTot(
      (await laatsteRegelTotQuery(this.db, n).all())[0]?.v ?? null,
      (await laatsteWissingQuery(this.db).all())[0]?.inhoud,
    );
    const stappen = wisBladen(this.db, stand.gewist + 1, n).map((q) => this.stap(q));
    await this.schrijf(nu, planVoor({ totEnMetBlad: n, totEnMetRegel }), stappen);
    return { totEnMetBlad: n, totEnMetRegel, bladen: n - stand.gewist };
  }

  async laatsteEntry(actie: Actie): Promise<Entry | undefined> {
    const [rij] = await laatsteEntryQuery(this.db, actie).all();
    return rij && (JSON.parse(rij.inhoud) as Entry);
  }

  async zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Promise<Entry[]> {
    const rijen = await zoekLogboekQuery(this.db, filter, na, limiet).all();
    return rijen.map((r) => entryUitRij(r));
  }

  async logboekOverPseudoniemen(opgeslagen: readonly string[]): Promise<EntryMetPseudoniem[]> {
    const uit: EntryMetPseudoniem[] = [];
    for (let i = 0; i < opgeslagen.length; i += MAX_IDS_PER_STATEMENT) {
      const deel = opgeslagen.slice(i, i + MAX_IDS_PER_STATEMENT);
      for (const r of await overPseudoniemenQuery(this.db, deel).all()) {
        uit.push({ entry: entryUitRij(r), opening: new Uint8Array(r.opening), waarde: r.waarde });
      }
    }
    return uit;
  }

  async logboekVanSignalen(ids: readonly string[]): Promise<Entry[]> {
    const uit: Entry[] = [];
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_STATEMENT) {
      const deel = ids.slice(i, i + MAX_IDS_PER_STATEMENT);
      for (const r of await vanSignalenQuery(this.db, deel).all()) uit.push(entryUitRij(r));
    }
    return uit;
  }

  async logboekOuderDan(grens: number): Promise<LogboekOmvang> {
    const r = await ouderDanQuery(this.db, grens).get();
    return { aantal: r?.aantal ?? 0, eerste: r?.eerste ?? null, laatste: r?.laatste ?? null };
  }

  async reserveer(tellingen: readonly Telling[]): Promise<Telling[]> {
    if (tellingen.length === 0) return [];
    const uit = await this.stap(reserveerQuery(tellingen)).run();
    if (uit.meta.changes === tellingen.length) return [];
    return volleTellingen(tellingen, await tellerStandQuery(this.db, tellingen).all());
  }

  async waarschuw(waarschuwingen: readonly Waarschuwing[], nu: number): Promise<void> {
    if (waarschuwingen.length === 0) return;
    await this.batch(waarschuwingen.map((w) => this.stap(waarschuwQuery(this.db, w, nu))));
  }

  async waarschuwingen(partner: string | undefined, na: number, limiet: number) {
    return await waarschuwingenQuery(this.db, partner, na, limiet).all();
  }

  async ruimQuotaOp(nu: number, grens: number): Promise<void> {
    await this.batch([
      this.stap(verlopenTellers(this.db, nu)),
      this.stap(oudeWaarschuwingen(this.db, grens)),
    ]);
  }

  async casusLeden(signaalId: string, nu: number): Promise<Kandidaat[]> {
    const eigen = await pseudoniemenQuery(this.db, signaalId).all();
    if (eigen.length === 0) return [];
    return groepeer(await kandidatenQuery(this.db, eigen, undefined, nu, undefined).all());
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
    const [overdrachten, voorstellen, vragen, belegd, gemeld] = await Promise.all([
      openOverdrachten(this.db).all(),
      openVoorstellen(this.db).all(),
      openVragen(this.db).all(),
      belegdeCasussenQuery(this.db).all(),
      gemeldeCasussenQuery(this.db).all(),
    ]);
    return {
      overdrachten,
      voorstellen,
      vragen,
      belegd: belegd.map((r) => r.casus),
      casusGemeld: gemeld.map((r) => r.casus),
    };
  }

  /**
   * One query, so one snapshot: D1 has no read transaction that spans statements, and pages
   * read one after the other could make a casus that never existed from a registration that
   * committed between two of them. Its cost lies with D1, not with the Worker's requests.
   */
  async doorloopCasusLeden(nu: number, perBladzijde: (leden: Kandidaat[]) => void) {
    await leesCasusLeden(this.db, nu, 'alles', (r) => perBladzijde(groepeer(r)));
  }

  async casussenMetRijen(): Promise<string[]> {
    return (await casussenMetRijenQuery(this.db).all()).map((r) => r.casus);
  }

  async wisCasussen(ids: readonly string[]): Promise<void> {
    const stappen: Stap[] = [];
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_STATEMENT) {
      const deel = ids.slice(i, i + MAX_IDS_PER_STATEMENT);
      stappen.push(...wisCasussenQueries(this.db, deel).map((q) => this.stap(q)));
    }
    if (stappen.length > 0) await this.batch(stappen);
  }

  async close(): Promise<void> {}

  private voegToe({ signaal, pseudoniemen }: NieuwSignaal): Stap[] {
    const volgorde = sql`(SELECT coalesce(max(volgorde), 0) + 1 FROM signalen)`;
    return [
      this.stap(this.db.insert(schema.signalen).values({ ...signaal, volgorde, voorlopig: true })),
      this.stap(
        this.db
          .insert(schema.pseudoniemen)
          .values(pseudoniemen.map((p) => ({ signaal: volgordeVan(signaal.id), ...p }))),
      ),
    ];
  }

  /**
   * Writes `voor`, then the write plan of `plan` (entries, openings, notices, tree nodes), as
   * one atomic batch. Volgnummers and tree positions are read first and written as explicit
   * primary keys, so a racing writer makes the batch fail as a whole (nothing is written)
   * and it is planned again on the new state. Returns the committed entries.
   */
  private async schrijf(
    nu: number,
    plan: Plan,
    voor: Stap[] = [],
  ): Promise<{ blad: number; entries: Entry[] }> {
    for (let poging = 1; ; poging++) {
      const s = schrijfplan(await this.leesStand(), nu, plan);
      try {
        await this.batch([...voor, ...this.stappen(s, nu)]);
        return { blad: s.blad.nummer, entries: s.entries.map((e) => e.entry) };
      } catch (fout) {
        if (isAlBeantwoord(fout)) throw new OverdrachtAlBeantwoord(alBeantwoord(plan));
        if (isRegieAlBeslist(fout)) throw new RegieAlBeslist();
        if (poging >= MAX_POGINGEN || !isBotsing(fout)) throw fout;
      }
    }
  }

  /** The logboek as a write finds it: sizes, the tree's frontier, leaves the tree lacks. */
  private async leesStand(): Promise<Stand> {
    const { entries, bladen, bladeren } = (await standQuery(this.db)) ?? {
      entries: 0,
      bladen: 0,
      bladeren: 0,
    };
    const achter = bladen - bladeren;
    const achterstand =
      achter > 0
        ? (await bladTekstenQuery(this.db, bladeren + 1, achter).all()).map((r) => r.inhoud)
        : [];
    const frontier = ordenFrontier(bladeren, await this.boom.knopen(frontierAdressen(bladeren)));
    return { entries, bladen, bladeren, frontier, achterstand };
  }

  /** The inserts of a write plan, as batch statements. */
  private stappen(s: Schrijfplan, nu: number): Stap[] {
    const rijen = schrijfRijen(s, nu);
    const stappen: Stap[] = [this.stap(this.db.insert(schema.bladen).values(rijen.blad))];
    for (const r of rijen.logboek)
      stappen.push(this.stap(this.db.insert(schema.logboek).values(r)));
    for (const o of rijen.openingen) {
      stappen.push(this.stap(this.db.insert(schema.openingen).values(o)));
    }
    for (const o of rijen.openingPseudoniemen) {
      const insert = this.db.insert(schema.openingPseudoniemen).values(o);
      stappen.push(this.stap(insert.onConflictDoNothing()));
    }
    for (const m of rijen.meldingen) {
      const nummer = laatsteMeldingnummer(m.partner);
      stappen.push(this.stap(telMelding(this.db, m.partner)));
      stappen.push(this.stap(this.db.insert(schema.meldingen).values({ ...m, nummer })));
    }
    const knopen = s.knopen;
    stappen.push(...knopenInserts(this.db, knopen).map((q) => this.stap(q)));
    for (const o of rijen.overdrachten) stappen.push(this.stap(bewaarOverdracht(this.db, o)));
    for (const st of rijen.statussen) stappen.push(this.stap(bewaarStatus(this.db, st)));
    for (const v of rijen.vragen) {
      stappen.push(this.stap(this.db.insert(schema.terugkoppelingsvragen).values(v)));
    }
    for (const t of rijen.tellingen) stappen.push(this.stap(telOp(this.db, t)));
    for (const v of rijen.regievoorstellen)
      stappen.push(this.stap(bewaarRegievoorstel(this.db, v)));
    for (const r of rijen.regie) stappen.push(this.stap(bewaarRegie(this.db, r)));
    for (const m of rijen.stapelmeldingen) stappen.push(this.stap(bewaarStapelmelding(this.db, m)));
    for (const c of rijen.casusinzagen) stappen.push(this.stap(bewaarCasusinzage(this.db, c)));
    for (const t of rijen.termijnmeldingen) {
      stappen.push(this.stap(this.db.insert(schema.termijnmeldingen).values(t)));
    }
    return stappen;
  }

  /** The casussen of a signal with pseudonyms `eigen` that have regie or an open proposal. */
  private async belegd(
    eigen: OpgeslagenPseudoniem[],
    kandidaten: readonly Kandidaat[],
  ): Promise<Set<string>> {
    // Without another signal on its pseudonyms the new signal forms no casus: nothing to read.
    if (eigen.length === 0 || kandidaten.length === 0) return new Set();
    const queries = belegdeCasussenQueries(this.db, JSON.stringify(mogelijkeCasussen(eigen)));
    const rijen = await Promise.all(queries.map((q) => q.all()));
    return new Set(rijen.flat().map((r) => r.casus));
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

/** The overdracht `plan` answers, for the error of a refused second answer. */
function alBeantwoord(plan: Plan): string {
  return plan.overdrachten?.find((o) => o.status !== 'open')?.id ?? '';
}

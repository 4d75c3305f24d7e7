/**
 * @module
 * The one small async storage interface. Adapters: better-sqlite3 (Node) and D1 (Workers).
 * Every write that discloses something is one atomic step together with its logboek entries,
 * so nothing is disclosed unless its entry is committed.
 */
import type { Tabel, Teltoename } from '../cijfers/tellingen.js';
import type { Actie, Entry } from '../logboek/entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import type { Overdracht } from '../matching/overdracht.js';
import type { Plan, Planner, Vastgelegd } from '../matching/plan.js';
import type { Casusinzage, Regie, Regievoorstel } from '../matching/regie.js';
import type {
  Kandidaat,
  NieuwSignaal,
  OpgeslagenPseudoniem,
  Signaal,
} from '../matching/signaal.js';
import type { SignaalStatus, Terugkoppelingsvraag } from '../matching/terugkoppeling.js';
import type { Waarschuwing, WaarschuwingRij } from '../policy/fg-waarschuwing.js';
import type { Telling } from '../policy/quota.js';
import type { BezorgOpslag } from './bezorgingen.js';
import type { LogboekBoom } from './boom.js';
import type { SessieOpslag } from './sessies.js';

/** One registration of {@link Store.registreerReeks}: as the arguments of `registreer`. */
export interface Registratiestap<A> {
  nieuw: NieuwSignaal;
  nu: number;
  planner: Planner<A>;
}

/**
 * A request's token id, to be recorded with the write it causes (issue 13 item 5): `sleutel`
 * as {@link Store.gebruikTokenEenmaal} takes it, kept until `bewaarTot`.
 */
export interface Eenmalig {
  sleutel: string;
  bewaarTot: number;
}

/** The token id of a write was used before: nothing of the write is committed. */
export class TokenAlGebruikt extends Error {
  override readonly name = 'TokenAlGebruikt';
}

/**
 * A write's quota count went above a limit: nothing of the write is committed, the count
 * included. `vol` holds the counters at or above their limit, as {@link Store.reserveer} gives them.
 */
export class QuotumVol extends Error {
  override readonly name = 'QuotumVol';
  constructor(readonly vol: Telling[]) {
    super('Een quotum is vol.');
  }
}

export interface Store {
  /**
   * Atomically: insert `nieuw`, read the other partners' active signals committed before it
   * that share a pseudonym, let `planner` decide, and commit its entries and notices.
   * Whichever of two racing registrations commits later sees the other. With `quotum`, the
   * try is counted as {@link Store.reserveer} counts (SQLite: first, in the same transaction;
   * D1: in a statement of its own, after the token id); above a limit it throws
   * {@link QuotumVol} and stores nothing. With `eenmalig`, the token id is recorded in the same
   * step; one used before throws {@link TokenAlGebruikt} and leaves no count.
   */
  registreer<A>(
    nieuw: NieuwSignaal,
    nu: number,
    planner: Planner<A>,
    eenmalig?: Eenmalig,
    quotum?: readonly Telling[],
  ): Promise<Vastgelegd<A>>;
  /**
   * Atomically: read the other partners' active signals that share a pseudonym with signal
   * `signaalId` (whenever registered), let `planner` decide, and commit what it planned.
   */
  herbereken<A>(signaalId: string, nu: number, planner: Planner<A>): Promise<Vastgelegd<A>>;
  /**
   * Registers new signals in order, each exactly as `registreer` (a later one sees the
   * earlier ones; a failing one leaves nothing and gets its Error in its place), and
   * resolves once all of them are committed: an adapter may commit them together.
   */
  registreerReeks<A>(stappen: readonly Registratiestap<A>[]): Promise<Array<Vastgelegd<A> | Error>>;
  /** Withdraws a signal: marks it, erases its pseudonyms, and commits `plan`, atomically. */
  trekIn(signaalId: string, nu: number, plan: Plan): Promise<Vastgelegd>;
  /** Commits a plan of entries that disclose nothing (policy loads, inzage) as one leaf. */
  legVast(nu: number, plan: Plan): Promise<Vastgelegd>;
  signaal(id: string): Promise<Signaal | undefined>;
  /**
   * At most `limiet` signals of `partner`, withdrawn ones too (the werkplek): the newest,
   * or those before `bladzijde.voor` newest first, or those after `bladzijde.na` oldest first.
   */
  signalenVan(partner: string, limiet: number, bladzijde?: Bladzijde): Promise<SignaalRij[]>;
  /** The stored (re-keyed) pseudonyms of signal `id`; empty once it is withdrawn. */
  pseudoniemen(signaalId: string): Promise<OpgeslagenPseudoniem[]>;
  /** Overdracht `id` (issue 16); plans write them (`Plan.overdrachten`). */
  overdracht(id: string): Promise<Overdracht | undefined>;
  /** The overdracht signal `signaalId` was taken on from (issue 16), if any. */
  overdrachtVanSignaal(signaalId: string): Promise<Overdracht | undefined>;
  /** The counters of the figures' tables `tabellen` (issue 19), as plans wrote them. */
  tellingen(tabellen: readonly Tabel[]): Promise<Teltoename[]>;
  /** The status of signal `signaalId` (issue 16); plans set them (`Plan.statussen`). */
  status(signaalId: string): Promise<SignaalStatus | undefined>;
  /** The partners signal `signaalId` was disclosed to as a match, per doel, with the first leaf. */
  verstrektAan(signaalId: string): Promise<Array<{ partner: string; doel: string; blad: number }>>;
  /** The requests for terugkoppeling on signal `signaalId` (issue 16); plans add them. */
  vragenOver(signaalId: string): Promise<Terugkoppelingsvraag[]>;
  /**
   * The active signals of every partner (signal `signaalId` itself included) sharing a stored
   * pseudonym with signal `signaalId`, each with what it shares: the casus members (issue 17).
   */
  casusLeden(signaalId: string, nu: number): Promise<Kandidaat[]>;
  /** Who leads casus `casus` (issue 17); plans write it (`Plan.regie`). */
  regie(casus: string): Promise<Regie | undefined>;
  /** Regie proposal `id` (issue 17); plans write them (`Plan.regievoorstellen`). */
  regievoorstel(id: string): Promise<Regievoorstel | undefined>;
  /** The open regie proposals on casus `casus` (the werkplek's regie page), in no fixed order. */
  openVoorstellenOp(casus: string): Promise<Regievoorstel[]>;
  /** The last casussen answer of signal `signaal` (issue 17); plans write it (`Plan.casusinzage`). */
  casusinzage(signaal: string): Promise<Casusinzage | undefined>;
  /**
   * What may wait past its termijn at `nu` (issue 17): open overdrachten, open regie proposals
   * and requests for terugkoppeling, each only while no termijn was reported for it; and the
   * casussen that have regie or whose termijn was reported.
   */
  openstaand(): Promise<Openstaand>;
  /**
   * Every active signal at `nu` sharing a stored pseudonym with another partner's active
   * signal, with what it shares: the members of every casus (issue 17), handed over page by
   * page (each page holds every member of its pseudonyms), so that the hourly job holds the
   * Node event loop one page at a time (issue 13).
   */
  doorloopCasusLeden(nu: number, perBladzijde: (leden: Kandidaat[]) => void): Promise<void>;
  /** Every casus id with a regie, proposal, stapelmelding or reported termijn (issue 17). */
  casussenMetRijen(): Promise<string[]>;
  /** Deletes those rows of casussen `ids`, atomically: they no longer exist (issue 17). */
  wisCasussen(ids: readonly string[]): Promise<void>;
  /** The inbox of `partner` after cursor `na` (exclusive), oldest first. */
  meldingen(partner: string, na: number, limiet: number): Promise<MeldingRij[]>;
  /** Logboek entries from volgnummer `vanaf` (inclusive), in order. */
  logboek(vanaf: number, limiet: number): Promise<Entry[]>;
  /**
   * Records a token id for a state-changing request, kept until `bewaarTot` (ms: when no
   * verifier accepts the token any more); false when it was used before. Atomic: of two
   * concurrent calls with one id, exactly one gets true.
   */
  gebruikTokenEenmaal(sleutel: string, bewaarTot: number, nu: number): Promise<boolean>;
  /**
   * Deletes signals whose bewaartermijn has passed with their pseudonyms and inbox notices,
   * erases the openings of every entry about them and every opening that has expired, and
   * commits the plan `planVoor` makes of the deleted signals (one leaf, also when there are
   * none), all in one atomic step.
   */
  verwijderVerlopen(
    nu: number,
    planVoor: (signalen: VerlopenSignaal[]) => Plan,
  ): Promise<Opruiming>;
  /**
   * The logboek's own retention: erases the content of the leaves older than `grens` (ms), as
   * a prefix 1..N beyond earlier erasures (never the leaf with the newest entry), and commits
   * the plan `planVoor` makes of it, atomically; undefined (and nothing written) when nothing
   * new is past the term.
   */
  wisLogboek(
    nu: number,
    grens: number,
    planVoor: (w: { totEnMetBlad: number; totEnMetRegel: number }) => Plan,
  ): Promise<{ totEnMetBlad: number; totEnMetRegel: number; bladen: number } | undefined>;
  /** The last logboek entry with action `actie`, if any. */
  laatsteEntry(actie: Actie): Promise<Entry | undefined>;
  /** Logboek entries matching `filter` after volgnummer `na` (exclusive), in order. */
  zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Promise<Entry[]>;
  /**
   * Entries whose opening is kept beside one of the stored pseudonyms `opgeslagen` (the
   * inzage's index), by an index look-up: one row per entry and pseudonym, with the opening.
   */
  logboekOverPseudoniemen(opgeslagen: readonly string[]): Promise<EntryMetPseudoniem[]>;
  /** Every logboek entry naming one of the signals `ids`, in volgnummer order per call. */
  logboekVanSignalen(ids: readonly string[]): Promise<Entry[]>;
  /** How many logboek entries are older than `grens` (ms), and their volgnummers. */
  logboekOuderDan(grens: number): Promise<LogboekOmvang>;
  /**
   * Counts a try: adds every telling to its counter if each stays within its limit, else adds
   * nothing, atomically (of concurrent tries for the last slot exactly one gets it). Returns the
   * tellingen that were full: empty when the try is counted.
   */
  reserveer(tellingen: readonly Telling[]): Promise<Telling[]>;
  /** Records warnings for the FG at `nu`; one already recorded for the same window counts up. */
  waarschuw(waarschuwingen: readonly Waarschuwing[], nu: number): Promise<void>;
  /** Warnings after id `na` (exclusive), oldest first; only those of `partner` when given. */
  waarschuwingen(
    partner: string | undefined,
    na: number,
    limiet: number,
  ): Promise<WaarschuwingRij[]>;
  /** Deletes counters whose window has ended at `nu` and warnings last seen before `grens`. */
  ruimQuotaOp(nu: number, grens: number): Promise<void>;
  /**
   * Compares the fingerprint of the gateway's storage keys with the one stored; records it
   * when none is stored yet (a new database, or one from before this check).
   */
  controleerOpslagsleutel(vingerafdruk: string): Promise<'gelijk' | 'nieuw' | 'anders'>;
  /** The logboek's tree (grown with every write above), its checkpoints and cosignatures. */
  readonly boom: LogboekBoom;
  /** The werkplek's sessions and logins in progress. */
  readonly sessies: SessieOpslag;
  /** Delivery state and attempts of webhooks and mail (issue 18); operational, not the logboek. */
  readonly bezorgingen: BezorgOpslag;
  close(): Promise<void>;
}

/** What may wait past its termijn, not yet reported. */
export interface Openstaand {
  overdrachten: Overdracht[];
  voorstellen: Regievoorstel[];
  vragen: Terugkoppelingsvraag[];
  /** Casus ids with a regisseur or an open regie proposal. */
  belegd: string[];
  /** Casus ids whose termijn was reported. */
  casusGemeld: string[];
}

/** A signal removed at the end of its bewaartermijn. */
export interface VerlopenSignaal {
  id: string;
  partner: string;
  doel: string;
}

/** What one purge removed. */
export interface Opruiming {
  signalen: string[];
  /** Commitment openings erased (of the purged signals' entries and expired ones). */
  openingen: number;
}

/** An entry with the opening of its betrokkene commitments and a stored pseudonym it indexes. */
export interface EntryMetPseudoniem {
  entry: Entry;
  opening: Uint8Array;
  waarde: string;
}

/** A count of entries and their first and last volgnummer (null when none). */
export interface LogboekOmvang {
  aantal: number;
  eerste: number | null;
  laatste: number | null;
}

/** A signal with its commit order, the cursor of the werkplek's pages of signals. */
export interface SignaalRij extends Signaal {
  volgorde: number;
}

/** Where a page of signals starts: before or after a commit order (exclusive), or the newest. */
export interface Bladzijde {
  voor?: number;
  na?: number;
}

/** A stored inbox notice. */
export interface MeldingRij {
  /** The notice's number in this partner's inbox (1, 2, ...), its cursor. */
  id: number;
  signaalId: string;
  inhoud: Record<string, unknown>;
  logboek: number;
  aangemaaktOp: number;
}

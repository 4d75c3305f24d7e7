/**
 * @module
 * The one small async storage interface. Adapters: better-sqlite3 (Node) and D1 (Workers).
 * Every write that discloses something is one atomic step together with its logboek entries,
 * so nothing is disclosed unless its entry is committed.
 */
import type { Soort } from '../identity/soorten.js';
import type { Entry, EntryConcept } from '../logboek/entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import type { LogboekBoom } from './boom.js';

/** A stored signal (its pseudonyms live apart). */
export interface SignaalRij {
  id: string;
  partner: string;
  gebruiker: string;
  rol: string;
  uitbuitingsvormen: string[];
  sterkte: string;
  gemeente: string;
  doel: string;
  nietInformeren: boolean;
  referentie: string | null;
  geregistreerdOp: number;
  vervaltOp: number;
  ingetrokkenOp: number | null;
}

/** A re-keyed pseudonym as stored. */
export interface OpgeslagenPseudoniem {
  soort: Soort;
  waarde: string;
}

/** Another partner's active signal sharing at least one stored pseudonym with the signal at hand. */
export interface Kandidaat {
  signaal: SignaalRij;
  gedeeld: OpgeslagenPseudoniem[];
}

/** A logboek entry to write, with the opening of its betrokkene commitments. */
export interface GeplandeEntry {
  concept: EntryConcept;
  opening: Uint8Array | null;
  /** When the opening may be erased (end of the retention of the signals it is about). */
  openingVervaltOp: number;
}

/** An inbox notice to write; `entry` is the index into the plan's entries whose volgnummer it carries. */
export interface GeplandeMelding {
  partner: string;
  signaalId: string;
  inhoud: Record<string, unknown>;
  entry: number;
}

/** What the core decided to write for one request. */
export interface Plan {
  entries: GeplandeEntry[];
  meldingen: GeplandeMelding[];
}

/** Decides, from the committed state, what to log and notify. Pure and synchronous. */
export type Planner = (kandidaten: Kandidaat[], pseudoniemen: OpgeslagenPseudoniem[]) => Plan;

/** A signal to insert. */
export interface NieuwSignaal {
  signaal: SignaalRij;
  pseudoniemen: OpgeslagenPseudoniem[];
}

/** One new signal for {@link Store.koppelReeks}: as the arguments of `koppel` with `nieuw`. */
export interface KoppelItem {
  nu: number;
  plan: Planner;
  nieuw: NieuwSignaal;
}

/** The committed entries of a plan, in plan order. */
export interface Vastgelegd {
  entries: Entry[];
}

export interface Store {
  /**
   * Atomically: insert `nieuw` if given, read the other partners' active signals that share
   * a pseudonym with signal `signaalId`, let `plan` decide, and commit its entries and notices.
   * Whichever of two racing registrations commits later sees the other.
   */
  koppel(signaalId: string, nu: number, plan: Planner, nieuw?: NieuwSignaal): Promise<Vastgelegd>;
  /**
   * Registers new signals in order, each exactly as `koppel` with `nieuw` (a later item sees
   * the earlier ones; a failing item leaves nothing and gets its Error in its place), and
   * resolves once all of them are committed: an adapter may commit them together.
   */
  koppelReeks(items: readonly KoppelItem[]): Promise<Array<Vastgelegd | Error>>;
  /** Withdraws a signal: marks it, erases its pseudonyms, and commits the entry, atomically. */
  trekIn(signaalId: string, nu: number, entry: GeplandeEntry): Promise<Vastgelegd>;
  /** Appends entries that disclose nothing (policy loads, purges). */
  log(nu: number, entries: GeplandeEntry[]): Promise<Vastgelegd>;
  signaal(id: string): Promise<SignaalRij | undefined>;
  /** The inbox of `partner` after cursor `na` (exclusive), oldest first. */
  meldingen(partner: string, na: number, limiet: number): Promise<MeldingRij[]>;
  /** Logboek entries from volgnummer `vanaf` (inclusive), in order. */
  logboek(vanaf: number, limiet: number): Promise<Entry[]>;
  /** Records a token id for a state-changing request; false when it was used before. */
  gebruikTokenEenmaal(sleutel: string, vervaltOp: number, nu: number): Promise<boolean>;
  /**
   * Deletes signals whose bewaartermijn has passed with their pseudonyms and inbox notices,
   * erases the openings of every entry about them and every opening that has expired, and
   * commits the entries `log` makes of the deleted signals, all in one atomic step.
   */
  verwijderVerlopen(
    nu: number,
    log: (signalen: VerlopenSignaal[]) => GeplandeEntry[],
  ): Promise<Opruiming>;
  /** Logboek entries matching `filter` after volgnummer `na` (exclusive), in order. */
  zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Promise<Entry[]>;
  /** Entries that still have a commitment opening, after volgnummer `na`, in order. */
  logboekMetOpening(na: number, limiet: number): Promise<EntryMetOpening[]>;
  /** How many logboek entries are older than `grens` (ms), and their volgnummers. */
  logboekOuderDan(grens: number): Promise<LogboekOmvang>;
  /** The logboek's tree (grown with every write above), its checkpoints and cosignatures. */
  readonly boom: LogboekBoom;
  close(): Promise<void>;
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

/** An entry with the opening of its betrokkene commitments. */
export interface EntryMetOpening {
  entry: Entry;
  opening: Uint8Array;
}

/** A count of entries and their first and last volgnummer (null when none). */
export interface LogboekOmvang {
  aantal: number;
  eerste: number | null;
  laatste: number | null;
}

/** A stored inbox notice. */
export interface MeldingRij {
  id: number;
  signaalId: string;
  inhoud: Record<string, unknown>;
  logboek: number;
  aangemaaktOp: number;
}

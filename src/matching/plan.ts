/**
 * @module
 * What one request writes, decided by the core before the store commits it: logboek entries
 * and inbox notices (a plan), plus the answer the caller gets once the plan is committed.
 */
import type { Teltoename } from '../cijfers/tellingen.js';
import { type Zouten, zoutenVoor } from '../logboek/blad.js';
import type { Entry } from '../logboek/entry.js';
import type { GeplandeEntry } from '../logboek/geplande-entry.js';
import type { Overdracht } from './overdracht.js';
import type { Casusinzage, Regie, Regievoorstel } from './regie.js';
import type { Kandidaat, OpgeslagenPseudoniem } from './signaal.js';
import type { Stapelmelding } from './stapelmelding.js';
import type { Termijnmelding } from './termijn.js';
import type { SignaalStatus, Terugkoppelingsvraag } from './terugkoppeling.js';

/** An inbox notice to write; `entry` is the index into the plan's entries it is about. */
export interface GeplandeMelding {
  partner: string;
  signaalId: string;
  inhoud: Record<string, unknown>;
  entry: number;
}

/**
 * What the core decided to write for one request: one logboek leaf (see src/logboek/blad.ts)
 * holding its entries, with the salts of the leaf's parts, and its inbox notices.
 */
export interface Plan {
  entries: GeplandeEntry[];
  meldingen: GeplandeMelding[];
  zouten: Zouten;
  /** Overdrachten this request creates or answers, as whole rows (issue 16). */
  overdrachten?: Overdracht[];
  /** Statuses this request sets, as whole rows (issue 16). */
  statussen?: SignaalStatus[];
  /** Requests for terugkoppeling this request makes (issue 16). */
  vragen?: Terugkoppelingsvraag[];
  /** Counters of the figures this request adds to, in its transaction (issue 19). */
  tellingen?: Teltoename[];
  /** Regie this request gives or hands over (issue 17), as whole rows. */
  regie?: Regie[];
  /** Regie proposals this request makes or answers (issue 17), as whole rows. */
  regievoorstellen?: Regievoorstel[];
  /** Termijnen this request reports as passed (issue 17): at most once each. */
  termijnmeldingen?: Termijnmelding[];
  /** Stapelmeldingen this request makes (issue 17), written by `bewaarStapelmelding`. */
  stapelmeldingen?: Stapelmelding[];
  /** The casussen read this request answers (issue 17), kept with the number of its leaf. */
  casusinzage?: Omit<Casusinzage, 'blad'>;
}

/** A plan and the answer that goes with it, once committed. */
export interface Planning<A> {
  plan: Plan;
  antwoord: A;
}

/**
 * Decides, from the committed state (the candidates and the signal's own stored pseudonyms),
 * what to log and notify, and what to answer. The candidates are every active signal sharing a
 * stored pseudonym, the owner's own included (and, when recomputing, the signal itself). Pure and synchronous: a store may run it more
 * than once (after a rollback) and commits the plan of the run whose answer it returns.
 */
export type Planner<A> = (
  kandidaten: Kandidaat[],
  pseudoniemen: OpgeslagenPseudoniem[],
  staat: CasusStaat,
) => Planning<A>;

/**
 * What the store read, in the same write, of the casussen the signal can be in (issue 17):
 * the ids of those with a regisseur, an open regie proposal, or one the gateway made before.
 */
export interface CasusStaat {
  belegd: ReadonlySet<string>;
}

/**
 * What a store committed: the number of the request's leaf, the entries of the plan in plan
 * order, and the planner's answer.
 */
export interface Vastgelegd<A = undefined> {
  blad: number;
  entries: Entry[];
  antwoord: A;
}

/** A plan of entries only (no notices), answered with nothing. */
export function alleenEntries(entries: GeplandeEntry[], zouten: Zouten): Plan {
  return { entries, meldingen: [], zouten };
}

/**
 * A plan of `entries` only, as one leaf with fresh salts for its parts: one per party in
 * `partijen` (the partners of the loaded policy) and one for the gateway.
 */
export function bladVan(
  entries: GeplandeEntry[],
  partijen: Iterable<string>,
  willekeurig: (lengte: number) => Uint8Array,
): Plan {
  return alleenEntries(entries, zoutenVoor(partijen, willekeurig));
}

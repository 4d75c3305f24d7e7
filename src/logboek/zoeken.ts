/**
 * @module
 * What the FG can search the logboek on, which entries an FG may see at all, and how it
 * sees them. The gateway's FG sees everything, as it is hashed. A partner's FG sees:
 * - never a weigering: a refusal names a partner that holds a signal on the same person,
 *   which is exactly what was refused (to the ontvanger) or not asked of the other side;
 * - a verstrekking as its ontvanger; as its bron only where the ontvanger's own rule toward
 *   the bron grants at least `bestaan` (issue 11): otherwise the bron would learn from its
 *   own logboek what the policy refused to tell it. Where that rule grants `bestaan` but not
 *   `partner`, it sees that it was disclosed under its rule to a shielded recipient;
 * - any other entry in which its organisation acts, is the bron or the ontvanger;
 * - another organisation's employee id never: only the gateway's FG sees that.
 */
import type { Actie, BronZicht, Entry } from './entry.js';

/**
 * An entry as the FG's search returns it: in its leaf (`blad`); the volgnummer only for the
 * gateway's FG, a partner's FG sees its entries as its part of the leaf holds them.
 */
export type GezochteRegel = Omit<Entry, 'volgnummer'> & { volgnummer?: number; blad: number };

/** The gateway itself, as actor of its own entries and as issuer of its FG's tokens. */
export const POORT = 'ketenpoort';

/** Search filters; every given filter must hold. Times are ms since the epoch. */
export interface LogboekFilter {
  /** From this time (inclusive). */
  van?: number | undefined;
  /** Until this time (exclusive). */
  tot?: number | undefined;
  actie?: Actie | undefined;
  /** The acting partner (the entry's `partner`). */
  partner?: string | undefined;
  bron?: string | undefined;
  ontvanger?: string | undefined;
  doel?: string | undefined;
  grondslag?: string | undefined;
  regel?: string | undefined;
  signaal?: string | undefined;
  /** Policy hash. */
  beleid?: string | undefined;
  /** Only entries in which this organisation is actor, bron or ontvanger. */
  partij?: string | undefined;
  /** Only entries in leaves after this one (a search cursor). */
  naBlad?: number | undefined;
  /** Only entries in this leaf. */
  blad?: number | undefined;
}

/** The scope of an FG: undefined (everything) for the gateway's FG, else its own organisation. */
export function fgBereik(organisatie: string): string | undefined {
  return organisatie === POORT ? undefined : organisatie;
}

/** The entries only the gateway's FG may see. */
export const ALLEEN_POORT: readonly Actie[] = ['weigering'];

/**
 * Notices of regie and of a passed termijn (issue 17): with an ontvanger, seen like a
 * verstrekking, so the bron's FG does not learn who was told.
 */
export const ALS_VERSTREKKING: readonly Actie[] = ['regie', 'termijn', 'stapel'];

/** What lets a bron see its verstrekking; anything else (or nothing recorded) hides it. */
export const BRON_ZIET: readonly BronZicht[] = ['volledig', 'afgeschermd'];

/** True when `entry` falls in the scope of an FG of `partij` (undefined: everything). */
export function binnenBereik(entry: Entry, partij: string | undefined): boolean {
  if (partij === undefined) return true;
  if (ALLEEN_POORT.includes(entry.actie)) return false;
  // A restore or a new checkpoint key concerns every witness of the log, and says nothing
  // about anyone's signals.
  if (entry.actie === 'herstel' || entry.actie === 'sleutelwissel') return true;
  // Notices of issue 17 are shown like a verstrekking: to their ontvanger; to their bron only
  // where recorded, so a proposer's FG never learns whether the proposed partner was told.
  if (
    entry.actie === 'verstrekking' ||
    (ALS_VERSTREKKING.includes(entry.actie) && entry.ontvanger !== null)
  ) {
    if (entry.ontvanger === partij) return true;
    return entry.bron === partij && BRON_ZIET.includes(entry.bronZicht ?? 'geen');
  }
  return entry.partner === partij || entry.bron === partij || entry.ontvanger === partij;
}

/** Stands for what an FG of a partner may not see: a shielded recipient, another's employee. */
export const AFGESCHERMD = 'afgeschermd';

/**
 * An entry in scope as an FG of `partij` sees it (undefined: the gateway's FG, everything).
 * Another organisation's employee id is left out. Of a verstrekking to a shielded recipient,
 * the bron sees its own signal, what it gave and under which of its rules: not to whom, for
 * which doel, by whose request, or on which grondslagen of the recipient.
 */
export function fgWeergave(entry: Entry, partij: string | undefined): Entry {
  const { bronZicht: _, ...kaal } = entry;
  if (partij === undefined) return kaal;
  const zelf = kaal.partner === partij;
  const eigen = {
    ...kaal,
    gebruiker: zelf ? kaal.gebruiker : null,
    verzoek: zelf || !kaal.verzoek ? kaal.verzoek : { id: kaal.verzoek.id, traceparent: null },
  };
  if (!afgeschermdVoor(entry, partij)) return eigen;
  return {
    ...eigen,
    partner: zelf ? kaal.partner : AFGESCHERMD,
    ontvanger: AFGESCHERMD,
    doel: null,
    grondslagen: [],
    verzoek: zelf ? kaal.verzoek : null,
  };
}

/** True when the FG of `partij` sees `entry` as a verstrekking to a shielded recipient. */
export function afgeschermdVoor(entry: Entry, partij: string | undefined): boolean {
  return (
    partij !== undefined &&
    entry.actie === 'verstrekking' &&
    entry.ontvanger !== partij &&
    entry.bronZicht !== 'volledig'
  );
}

/**
 * True when an FG of `partij` may read the entry's canonical text itself (to check a proof
 * against it): when it sees the entry with nothing left out.
 */
export function zietTekst(entry: Entry, partij: string | undefined): boolean {
  if (partij === undefined) return true;
  return binnenBereik(entry, partij) && entry.partner === partij && !afgeschermdVoor(entry, partij);
}

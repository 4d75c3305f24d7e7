/**
 * @module
 * What the FG can search the logboek on, and which entries an FG may see at all: the
 * gateway's FG sees everything, a partner's FG only the entries in which its organisation
 * acts, is the bron or is the ontvanger, and never a weigering: a refusal names a partner
 * that holds a signal on the same person, which is exactly what was refused (to the
 * ontvanger) or not asked of the other side (to the bron).
 */
import type { Actie, Entry } from './entry.js';

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
}

/** The scope of an FG: undefined (everything) for the gateway's FG, else its own organisation. */
export function fgBereik(organisatie: string): string | undefined {
  return organisatie === POORT ? undefined : organisatie;
}

/** The entries only the gateway's FG may see. */
export const ALLEEN_POORT: readonly Actie[] = ['weigering'];

/** True when `entry` falls in the scope of an FG of `partij` (undefined: everything). */
export function binnenBereik(entry: Entry, partij: string | undefined): boolean {
  if (partij === undefined) return true;
  if (ALLEEN_POORT.includes(entry.actie)) return false;
  return entry.partner === partij || entry.bron === partij || entry.ontvanger === partij;
}

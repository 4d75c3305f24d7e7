/**
 * @module
 * An inzageverzoek (AVG art. 15) from the logboek: which entries about a betrokkene go in
 * the report meant for that person, which the FG must hold back and on what ground
 * (src/logboek/inzage-gronden.ts), and which are only the FG's business (denials, earlier
 * access requests). An FG of a partner is told once, in the same words whether or not
 * anything was held back, that the gateway's FG may hold back entries about its organisation.
 */
import type { Beleid } from '../policy/index.js';
import type { Actie, Entry } from './entry.js';
import { type Grond, type InzageSignaal, inzageGronden } from './inzage-gronden.js';

export type { Grond, InzageSignaal } from './inzage-gronden.js';

export interface Inzage {
  /** For the betrokkene: registrations, disclosures and withdrawals about them. */
  rapport: Entry[];
  /** For the FG only: entries held back from the report, each with its grounds. */
  achtergehouden: Array<{ entry: Entry; gronden: Grond[] }>;
  /** For the FG only: denials (nothing was disclosed) and earlier access requests. */
  overig: Entry[];
}

/**
 * The one sentence every report for an FG of a partner carries, whether or not anything about
 * its organisation was held back: its presence may not depend on what it may not learn.
 */
export const VOORBEHOUD_PARTNER_FG =
  'De FG van Ketenpoort kan logboekregels over uw organisatie achterhouden op grond van een inzagebeperking of "niet informeren" van een andere partner (AVG art. 23, UAVG art. 41). Of dat hier zo is, staat niet in dit overzicht. Vraag de FG van Ketenpoort om het volledige overzicht voordat u de betrokkene antwoordt.';

/**
 * What a betrokkene is told about: processing of their data by the partners, and every
 * recipient (AVG art. 15 lid 1 onder c), so also an overdracht and a terugkoppeling.
 */
const VOOR_BETROKKENE: ReadonlySet<Actie> = new Set<Actie>([
  'registratie',
  'verstrekking',
  'overdracht',
  'terugkoppeling',
  'intrekking',
  'vernietiging',
  'verwijdering',
]);

/** Sorts the entries about one betrokkene into report, held back and FG-only. */
export function beoordeelInzage(
  entries: readonly Entry[],
  signalen: ReadonlyMap<string, InzageSignaal>,
  beleid: Beleid,
): Inzage {
  const grondenVoor = inzageGronden(entries, signalen, beleid);
  const uitkomst: Inzage = { rapport: [], achtergehouden: [], overig: [] };
  for (const entry of [...entries].sort((a, b) => a.volgnummer - b.volgnummer)) {
    const gronden = grondenVoor(entry);
    if (gronden.length > 0) uitkomst.achtergehouden.push({ entry, gronden });
    else if (VOOR_BETROKKENE.has(entry.actie)) uitkomst.rapport.push(entry);
    else uitkomst.overig.push(entry);
  }
  return uitkomst;
}

/**
 * The inzage as an FG of `partij` may have it (undefined: the gateway's FG, everything). An
 * entry held back on a ground of another partner is left out entirely: that a partner holds
 * something back is what the restriction protects. {@link VOORBEHOUD_PARTNER_FG} says so.
 */
export function inzageVoorPartner(inzage: Inzage, partij: string | undefined): Inzage {
  if (partij === undefined) return inzage;
  return {
    ...inzage,
    achtergehouden: inzage.achtergehouden.filter(({ gronden }) =>
      gronden.every((g) => g.partner === partij),
    ),
  };
}

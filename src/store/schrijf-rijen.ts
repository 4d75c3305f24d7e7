/**
 * @module
 * The rows of a {@link Schrijfplan}, in the column names of the schema: what both adapters
 * insert, each with its own driver.
 */
import type { Schrijfplan } from '../matching/schrijfplan.js';
import { logboekRij } from './logboek-queries.js';

/** The inserts of one commit at time `nu` (ms): leaf, entries, openings and their index, notices, tree nodes. */
export function schrijfRijen(s: Schrijfplan, nu: number) {
  return {
    blad: s.blad,
    logboek: s.entries.map(({ entry, inhoud }) => logboekRij(entry, nu, inhoud)),
    openingen: s.openingen,
    openingPseudoniemen: s.openingPseudoniemen,
    meldingen: s.meldingen,
    knopen: s.knopen.map((n) => ({ niveau: n.level, positie: n.index, hash: n.hash })),
    overdrachten: s.overdrachten,
    statussen: s.statussen,
    vragen: s.vragen,
    tellingen: s.tellingen,
    regie: s.regie,
    regievoorstellen: s.regievoorstellen,
    termijnmeldingen: s.termijnmeldingen,
    stapelmeldingen: s.stapelmeldingen,
    casusinzagen: s.casusinzagen,
  };
}

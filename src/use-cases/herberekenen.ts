/**
 * @module
 * Recomputing the overlap of an own signal: every try counts against the partner's quota of
 * overlapvragen, every item shown is a verstrekking committed to the logboek first, and
 * nothing reaches another partner's inbox.
 */
import { metLogboekIds, planHerberekening, type VastgelegdItem } from '../matching/koppel.js';
import type { Aanvraag } from './context.js';
import { eigenSignaal } from './eigen-signaal.js';
import { ApiError } from './fout.js';
import { koppelContext } from './koppel-context.js';
import { telPoging } from './quota-tellen.js';

/** The overlap the caller may see of its signal `id`, now. */
export async function herbereken(
  a: Aanvraag,
  id: string,
): Promise<{ signaal: string; overlap: VastgelegdItem[] }> {
  const d = a.diensten;
  // Every try counts, also one for an id that is not the caller's (it is answered 404 below).
  await telPoging(a, { overlapvragen: 1 });
  const s = await eigenSignaal(d, a.identiteit.partner, id);
  if (s.ingetrokkenOp !== null) {
    throw new ApiError('al-ingetrokken', 'Dit signaal is ingetrokken en heeft geen overlap meer.');
  }
  const { blad, antwoord } = await d.store.herbereken(
    s.id,
    d.klok(),
    planHerberekening(koppelContext(a), s),
  );
  return { signaal: s.id, overlap: metLogboekIds(antwoord, blad) };
}

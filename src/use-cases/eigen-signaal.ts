/**
 * @module
 * The check every use case on one's own signal starts with.
 */
import type { Signaal } from '../matching/signaal.js';
import type { Poort } from './context.js';
import { ApiError } from './fout.js';

/**
 * The signal `id` if it belongs to `partner` and has not expired. Another partner's signal
 * gets the same answer as a missing one, so its existence is not revealed.
 */
export async function eigenSignaal(d: Poort, partner: string, id: string): Promise<Signaal> {
  const s = await d.store.signaal(id);
  if (!s || s.partner !== partner || s.vervaltOp <= d.klok()) {
    throw new ApiError('niet-gevonden', 'Er is geen geldig signaal van uw organisatie met dit id.');
  }
  return s;
}

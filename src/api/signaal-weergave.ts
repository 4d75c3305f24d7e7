/**
 * @module
 * How a stored signal looks to its owner, and the checks every signal route shares.
 */
import type { SignaalRij } from '../store/store.js';
import type { Diensten } from './diensten.js';
import { ApiError } from './problem.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The owner's view of a signal. */
export function signaalWeergave(s: SignaalRij) {
  return {
    id: s.id,
    rol: s.rol,
    uitbuitingsvormen: s.uitbuitingsvormen,
    sterkte: s.sterkte,
    gemeente: s.gemeente,
    doel: s.doel,
    nietInformeren: s.nietInformeren,
    referentie: s.referentie,
    geregistreerdOp: iso(s.geregistreerdOp),
    vervaltOp: iso(s.vervaltOp),
    ingetrokkenOp: s.ingetrokkenOp === null ? null : iso(s.ingetrokkenOp),
  };
}

/**
 * The signal `id` if it belongs to `partner` and has not expired. Another partner's signal
 * gets the same answer as a missing one, so its existence is not revealed.
 */
export async function eigenSignaal(d: Diensten, partner: string, id: string): Promise<SignaalRij> {
  const s = await d.store.signaal(id);
  if (!s || s.partner !== partner || s.vervaltOp <= d.klok()) {
    throw new ApiError('niet-gevonden', 'Er is geen geldig signaal van uw organisatie met dit id.');
  }
  return s;
}

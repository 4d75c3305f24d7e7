/**
 * @module
 * The matching context of one request, from the services and the caller.
 */
import type { KoppelContext } from '../matching/koppel.js';
import type { Aanvraag } from './context.js';

/** What a request's caller, policy and randomness mean for matching. */
export function koppelContext({ diensten: d, identiteit, verzoek }: Aanvraag): KoppelContext {
  return {
    beleid: d.beleid,
    uitgesloten: d.uitgesloten,
    actor: { partner: identiteit.partner, gebruiker: identiteit.gebruiker },
    verzoek,
    willekeurig: d.willekeurig,
    hmac: d.hmac,
    nieuwId: d.nieuwId,
  };
}

/**
 * @module
 * The matching context of one request, from the services and the caller.
 */
import type { Verzoek } from '../logboek/entry.js';
import type { KoppelContext } from '../matching/koppel.js';
import type { Identiteit } from './auth/rollen.js';
import type { Diensten } from './diensten.js';

/** What a request's caller, policy and randomness mean for matching. */
export function koppelContext(v: {
  diensten: Diensten;
  identiteit: Identiteit;
  verzoek: Verzoek;
}): KoppelContext {
  return {
    beleid: v.diensten.beleid,
    uitgesloten: v.diensten.uitgesloten,
    actor: { partner: v.identiteit.partner, gebruiker: v.identiteit.gebruiker },
    verzoek: v.verzoek,
    willekeurig: v.diensten.willekeurig,
  };
}

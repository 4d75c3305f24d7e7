/**
 * @module
 * Verifies partner tokens (JWT signed with the partner's own EdDSA or ES256 key).
 * Every failure gives the same answer, so an attacker learns nothing from it.
 * Verified tokens are cached for as long as they are accepted: signature checks are the
 * slowest step.
 */
import {
  type CryptoKey,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  jwtVerify,
} from 'jose';
import { ApiError } from '../problem.js';
import type { Identiteit, VertrouwdeSleutel, Vertrouwensbron } from './rollen.js';

const ALGORITMEN = ['EdDSA', 'Ed25519', 'ES256'];
/** A token may live at most five minutes. */
const MAX_LEEFTIJD_S = 300;
/** Clock skew tolerated between a partner and the gateway, in seconds (exp, iat, nbf). */
export const SPELING_S = 30;
const MAX_CACHE = 10_000;

export type TokenVerifier = (token: string) => Promise<Identiteit>;

/**
 * The first moment (ms since the epoch) at which no verifier accepts a token with this `exp`
 * any more: exp plus the clock tolerance. The cache keeps a token until then, and its jti
 * must stay in the replay table until then, or the token can be used again.
 */
export function aanvaardTot(exp: number): number {
  return (exp + SPELING_S) * 1000;
}

/** Builds a verifier over the trusted keys; `klok` gives the time in ms. */
export function maakTokenVerifier(bron: Vertrouwensbron, klok: () => number): TokenVerifier {
  const sleutels = new Map<string, Promise<CryptoKey | Uint8Array>>();
  const cache = new Map<string, Identiteit>();

  const sleutel = (partner: string, s: VertrouwdeSleutel, alg: string) => {
    const id = `${partner}\u0000${s.kid}\u0000${alg}`;
    let k = sleutels.get(id);
    if (!k) {
      const { rollen: _, ...jwk } = s;
      k = importJWK(jwk as JWK, alg);
      sleutels.set(id, k);
    }
    return k;
  };

  return async (token) => {
    const nu = klok();
    const bekend = cache.get(token);
    if (bekend && nu < bekend.aanvaardTot) return bekend;
    try {
      const identiteit = await verifieer(token, nu);
      if (cache.size >= MAX_CACHE) ruimOp(cache, nu);
      cache.set(token, identiteit);
      return identiteit;
    } catch {
      throw new ApiError(
        'niet-geauthenticeerd',
        'Het verzoek heeft geen geldig token. Onderteken een nieuw token met de sleutel van uw organisatie.',
      );
    }
  };

  async function verifieer(token: string, nu: number): Promise<Identiteit> {
    const kop = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    if (typeof kop.kid !== 'string' || typeof kop.alg !== 'string') throw new Error('kid');
    if (!ALGORITMEN.includes(kop.alg) || typeof claims.iss !== 'string') throw new Error('alg');
    const s = bron.get(claims.iss)?.find((k) => k.kid === kop.kid);
    if (!s) throw new Error('onbekende sleutel');
    const { payload } = await jwtVerify(token, await sleutel(claims.iss, s, kop.alg), {
      issuer: claims.iss,
      audience: 'ketenpoort',
      algorithms: ALGORITMEN,
      currentDate: new Date(nu),
      clockTolerance: SPELING_S,
      maxTokenAge: MAX_LEEFTIJD_S,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti'],
    });
    const { iat, exp, sub, jti } = payload;
    if (typeof iat !== 'number' || typeof exp !== 'number') throw new Error('tijd');
    if (exp - iat > MAX_LEEFTIJD_S || iat * 1000 > nu + SPELING_S * 1000) throw new Error('tijd');
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) throw new Error('sub');
    if (typeof jti !== 'string' || jti.length < 8 || jti.length > 128) throw new Error('jti');
    return {
      partner: claims.iss,
      gebruiker: sub,
      rollen: s.rollen,
      jti,
      aanvaardTot: aanvaardTot(exp),
    };
  }
}

function ruimOp(cache: Map<string, Identiteit>, nu: number) {
  for (const [token, id] of cache) if (id.aanvaardTot <= nu) cache.delete(token);
  // Still full of live tokens: start afresh rather than grow without bound.
  if (cache.size >= MAX_CACHE) cache.clear();
}

/**
 * @module
 * Verifies tokens at the sleutelbewaarder: signed by a partner key from its own configuration,
 * audience `ketenpoort-sleutelbewaarder` (a token for the gateway is refused, so the gateway
 * cannot replay what it receives), at most five minutes, and a jti used only once.
 */
import { decodeJwt, decodeProtectedHeader, importJWK, type JWK, jwtVerify } from 'jose';
import { type Configuratie, SLEUTELBEWAARDER_AUD } from './configuratie.js';

const ALGORITMEN = ['EdDSA', 'Ed25519', 'ES256'];
const SPELING_S = 30;

/** Who asked: the partner and its (pseudonymous) employee, with the token's id and end. */
export interface Aanvrager {
  partner: string;
  gebruiker: string;
  jti: string;
  aanvaardTot: number;
}

/** Throws (any error) unless `token` is valid here; the caller answers 401 for every failure. */
export async function verifieerToken(
  cfg: Configuratie,
  token: string,
  nu: number,
): Promise<Aanvrager> {
  const kop = decodeProtectedHeader(token);
  const claims = decodeJwt(token);
  if (typeof kop.kid !== 'string' || typeof kop.alg !== 'string') throw new Error('kid');
  if (!ALGORITMEN.includes(kop.alg) || typeof claims.iss !== 'string') throw new Error('alg');
  const partner = cfg.partners.find((p) => p.id === claims.iss);
  const jwk = partner?.sleutels.find((k) => k.kid === kop.kid);
  if (!partner || !jwk) throw new Error('onbekende sleutel');
  const { rollen: _, ...publiek } = jwk as JWK & { rollen?: unknown };
  const { payload } = await jwtVerify(token, await importJWK(publiek as JWK, kop.alg), {
    issuer: partner.id,
    audience: SLEUTELBEWAARDER_AUD,
    algorithms: ALGORITMEN,
    currentDate: new Date(nu),
    clockTolerance: SPELING_S,
    maxTokenAge: 300,
    requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti'],
  });
  const { iat, exp, sub, jti } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > 300)
    throw new Error('tijd');
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) throw new Error('sub');
  if (typeof jti !== 'string' || jti.length < 8 || jti.length > 128) throw new Error('jti');
  return { partner: partner.id, gebruiker: sub, jti, aanvaardTot: (exp + SPELING_S) * 1000 };
}

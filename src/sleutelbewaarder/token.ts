/**
 * @module
 * Verifies tokens at the sleutelbewaarder, of two kinds, at most five minutes valid and each
 * jti used only once (the caller's store):
 * - a partner's own signed token: a partner key from its configuration, audience
 *   `ketenpoort-sleutelbewaarder` (a token for the gateway is refused, so the gateway cannot
 *   replay what it receives);
 * - a person's access token from an identity provider the configuration trusts (`uitgevers`):
 *   signed with a key the issuer publishes, audience the resource indicator
 *   `urn:ketenpoort:sleutelbewaarder`, and a role the configuration names for that issuer. An
 *   ID token or an access token for the gateway has another audience and is refused.
 */
import {
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import {
  type Configuratie,
  SLEUTELBEWAARDER_AUD,
  SLEUTELBEWAARDER_RESOURCE,
} from './configuratie.js';

const ALGORITMEN = ['EdDSA', 'Ed25519', 'ES256'];
const SPELING_S = 30;

/** Who asked: the partner and its (pseudonymous) employee, with the token's id and end. */
export interface Aanvrager {
  partner: string;
  gebruiker: string;
  jti: string;
  aanvaardTot: number;
}

/** Per trusted issuer, how to get its signing keys (built once per service). */
export type UitgeverSleutels = ReadonlyMap<string, JWTVerifyGetKey>;

/** The key sets of the configuration's issuers, fetched from their `jwks` when first needed. */
export function uitgeverSleutels(cfg: Configuratie, fetchFn?: typeof fetch): UitgeverSleutels {
  return new Map(
    (cfg.uitgevers ?? []).map((u) => [
      u.issuer,
      createRemoteJWKSet(new URL(u.jwks), fetchFn ? { [customFetch]: fetchFn } : {}),
    ]),
  );
}

/** Throws (any error) unless `token` is valid here; the caller answers 401 for every failure. */
export async function verifieerToken(
  cfg: Configuratie,
  token: string,
  nu: number,
  uitgevers: UitgeverSleutels = new Map(),
): Promise<Aanvrager> {
  const kop = decodeProtectedHeader(token);
  const claims = decodeJwt(token);
  if (typeof kop.alg !== 'string' || !ALGORITMEN.includes(kop.alg)) throw new Error('alg');
  if (typeof claims.iss !== 'string') throw new Error('iss');
  const uitgever = cfg.uitgevers?.find((u) => u.issuer === claims.iss);
  const sleutels = uitgevers.get(claims.iss);
  if (uitgever && sleutels) {
    const { payload } = await jwtVerify(token, sleutels, verwachting(uitgever.issuer, nu, true));
    const rollen = Array.isArray(payload.rollen) ? payload.rollen : [];
    if (!rollen.some((r) => uitgever.rollen.includes(String(r)))) throw new Error('rol');
    return aanvrager(uitgever.partner, payload);
  }
  if (typeof kop.kid !== 'string') throw new Error('kid');
  const partner = cfg.partners.find((p) => p.id === claims.iss);
  const jwk = partner?.sleutels.find((k) => k.kid === kop.kid);
  if (!partner || !jwk) throw new Error('onbekende sleutel');
  const { rollen: _, ...publiek } = jwk as JWK & { rollen?: unknown };
  const { payload } = await jwtVerify(
    token,
    await importJWK(publiek as JWK, kop.alg),
    verwachting(partner.id, nu, false),
  );
  return aanvrager(partner.id, payload);
}

function verwachting(issuer: string, nu: number, persoon: boolean) {
  return {
    issuer,
    audience: persoon ? SLEUTELBEWAARDER_RESOURCE : SLEUTELBEWAARDER_AUD,
    // An identity provider marks its access tokens (RFC 9068); an ID token has no such type.
    ...(persoon ? { typ: 'at+jwt' } : {}),
    algorithms: ALGORITMEN,
    currentDate: new Date(nu),
    clockTolerance: SPELING_S,
    maxTokenAge: 300,
    requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat', 'jti'],
  };
}

function aanvrager(partner: string, payload: JWTPayload): Aanvrager {
  const { iat, exp, sub, jti } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp - iat > 300)
    throw new Error('tijd');
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 128) throw new Error('sub');
  if (typeof jti !== 'string' || jti.length < 8 || jti.length > 128) throw new Error('jti');
  return { partner, gebruiker: sub, jti, aanvaardTot: (exp + SPELING_S) * 1000 };
}

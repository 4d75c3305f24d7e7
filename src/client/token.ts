/**
 * @module
 * Signs partner tokens on the partner's side with its private key (EdDSA or ES256).
 */
import { importJWK, type JWK, SignJWT } from 'jose';

export interface TokenOpties {
  /** The partner id (`iss`). */
  partner: string;
  /** The employee or function id (`sub`): pseudonymous, e.g. `aandachtsfunctionaris-1`. */
  gebruiker: string;
  /** Lifetime in seconds, at most 300. */
  geldigheid?: number;
  /** Time in ms (defaults to now); injected in tests. */
  nu?: number;
  /** `aud`: `ketenpoort` (the gateway, default) or `ketenpoort-sleutelbewaarder`. */
  audience?: 'ketenpoort' | 'ketenpoort-sleutelbewaarder';
}

/**
 * Signs a token for one request.
 * @example
 * const token = await maakToken(jwk, { partner: 'vtgv', gebruiker: 'medewerker-12' });
 */
export async function maakToken(
  privateJwk: JWK & { kid?: string },
  opties: TokenOpties,
): Promise<string> {
  if (!privateJwk.kid)
    throw new Error('De sleutel heeft geen kid; de gateway kan hem dan niet vinden.');
  const alg = privateJwk.alg ?? (privateJwk.kty === 'EC' ? 'ES256' : 'EdDSA');
  const sleutel = await importJWK(privateJwk, alg);
  const iat = Math.floor((opties.nu ?? Date.now()) / 1000);
  const geldigheid = Math.min(opties.geldigheid ?? 120, 300);
  return new SignJWT({})
    .setProtectedHeader({ alg, kid: privateJwk.kid, typ: 'JWT' })
    .setIssuer(opties.partner)
    .setSubject(opties.gebruiker)
    .setAudience(opties.audience ?? 'ketenpoort')
    .setIssuedAt(iat)
    .setExpirationTime(iat + geldigheid)
    .setJti(crypto.randomUUID())
    .sign(sleutel);
}

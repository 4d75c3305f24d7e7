/**
 * @module
 * API roles. A role is bound to a key in the gateway's configuration, never chosen by the caller.
 */
import type { JWK } from 'jose';

export const API_ROLLEN = ['partner', 'fg', 'jurist', 'statistiek'] as const;
export type ApiRol = (typeof API_ROLLEN)[number];

/**
 * A partner's public key as the gateway trusts it: a JWK with a `kid` and the roles it carries.
 * A key with the role jurist also names its jurist (`naam`): the name a signature is shown
 * and logged under, taken from this configuration, never from the signature itself.
 */
export type VertrouwdeSleutel = JWK & { kid: string; rollen: ApiRol[]; naam?: string };

/** Per partner id, the public keys it signs tokens with (its JWKS, with roles per key). */
export type Vertrouwensbron = ReadonlyMap<string, readonly VertrouwdeSleutel[]>;

/** Who is calling, as established by a verified token. */
export interface Identiteit {
  partner: string;
  gebruiker: string;
  rollen: readonly ApiRol[];
  jti: string;
  /** When no verifier accepts the token any more (exp plus clock tolerance), ms since the epoch. */
  aanvaardTot: number;
}

/** The public keys with the role jurist, of every issuer: the keys that may sign a policy set. */
export function juristSleutels(bron: Vertrouwensbron): VertrouwdeSleutel[] {
  return [...bron.values()].flat().filter((k) => k.rollen.includes('jurist'));
}

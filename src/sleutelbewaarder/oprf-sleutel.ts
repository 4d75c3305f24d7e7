/**
 * @module
 * The sleutelbewaarder's half of pseudonyms v2 (RFC 9497 VOPRF, ristretto255-SHA512): its
 * key pair, its key file and batch evaluation with a DLEQ proof. Only the sleutelbewaarder
 * imports this file; a dependency rule (.dependency-cruiser.cjs) keeps the gateway's entry
 * away from it, and the gateway refuses to start with a file of this format in its data folder.
 */

import { ristretto255, ristretto255_hasher, ristretto255_oprf } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { base64url, vanBase64url } from '../encoding/base64url.js';

/** The marker in every key file; the gateway scans its data folder for it. */
export const SLEUTELBESTAND_SOORT = 'ketenpoort-oprf-sleutel';

export interface OprfSleutel {
  id: string;
  geheim: Uint8Array;
  publiek: Uint8Array;
}

/** A fresh random key pair. */
export function nieuweOprfSleutel(id: string): OprfSleutel {
  const k = ristretto255_oprf.voprf.generateKeyPair();
  return { id, geheim: k.secretKey, publiek: k.publicKey };
}

/** RFC 9497 section 3.2.1 DeriveKeyPair: for test keys with public seeds only. */
export function leidOprfSleutelAf(id: string, seed: Uint8Array, info: Uint8Array): OprfSleutel {
  const k = ristretto255_oprf.voprf.deriveKeyPair(seed, info);
  return { id, geheim: k.secretKey, publiek: k.publicKey };
}

/** Evaluates blinded elements with one batch DLEQ proof (RFC 9497 section 2.2). */
export function evalueer(
  sleutel: OprfSleutel,
  geblindeerd: Uint8Array[],
): { elementen: Uint8Array[]; bewijs: Uint8Array } {
  const r = ristretto255_oprf.voprf.blindEvaluateBatch(
    sleutel.geheim,
    sleutel.publiek,
    geblindeerd,
  );
  return { elementen: r.evaluated, bewijs: r.proof };
}

const HASH_TO_GROUP_DST = new TextEncoder().encode('HashToGroup-OPRFV1-\x01-ristretto255-SHA512');
const FINALIZE = new TextEncoder().encode('Finalize');

/**
 * RFC 9497 section 3.3.2 Evaluate (VOPRF mode): the output for an input known to the key
 * holder, without a client round. For test vectors and the demo's exclusion list.
 */
export function evalueerDirect(geheim: Uint8Array, invoer: Uint8Array): Uint8Array {
  const punt = ristretto255_hasher.hashToCurve(invoer, { DST: HASH_TO_GROUP_DST });
  const uit = punt.multiply(ristretto255.Point.Fn.fromBytes(geheim)).toBytes();
  return sha512(lengteEnWaarde(invoer, uit, FINALIZE));
}

function lengteEnWaarde(invoer: Uint8Array, element: Uint8Array, einde: Uint8Array): Uint8Array {
  const uit = new Uint8Array(2 + invoer.length + 2 + element.length + einde.length);
  uit[0] = invoer.length >> 8;
  uit[1] = invoer.length & 0xff;
  uit.set(invoer, 2);
  let p = 2 + invoer.length;
  uit[p] = element.length >> 8;
  uit[p + 1] = element.length & 0xff;
  uit.set(element, p + 2);
  p += 2 + element.length;
  uit.set(einde, p);
  return uit;
}

/** The key file: JSON with the marker, id and both halves in base64url. */
export function sleutelbestand(s: OprfSleutel): string {
  return `${JSON.stringify(
    {
      soort: SLEUTELBESTAND_SOORT,
      id: s.id,
      geheim: base64url(s.geheim),
      publiek: base64url(s.publiek),
    },
    null,
    2,
  )}\n`;
}

/** Reads a key file; says what is wrong without printing the secret. */
export function leesSleutelbestand(tekst: string, naam: string): OprfSleutel {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(tekst) as Record<string, unknown>;
  } catch {
    throw new Error(`${naam} is geen JSON.`);
  }
  if (j.soort !== SLEUTELBESTAND_SOORT || typeof j.id !== 'string') {
    throw new Error(`${naam} is geen sleutelbestand van de sleutelbewaarder.`);
  }
  const geheim = vanBase64url(String(j.geheim ?? ''));
  const publiek = vanBase64url(String(j.publiek ?? ''));
  if (geheim.length !== 32 || publiek.length !== 32) {
    throw new Error(`${naam}: geheim en publiek moeten elk 32 bytes base64url zijn.`);
  }
  return { id: j.id, geheim, publiek };
}

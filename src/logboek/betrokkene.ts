/**
 * @module
 * Commitments to the subject (betrokkene) of a logboek entry. The entry holds
 * only HMAC(opening, pseudonym); the random opening is stored apart, so erasing
 * it at the end of retention makes the entry unlinkable while the log still verifies.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from '../encoding/base64url.js';

const voorvoegsel = 'ketenpoort:betrokkene:v1:';

/** The commitment to one stored pseudonym under an opening of 16 random bytes. */
export function betrokkeneCommitment(opening: Uint8Array, opgeslagenPseudoniem: string): string {
  return base64url(
    hmac(sha256, opening, new TextEncoder().encode(voorvoegsel + opgeslagenPseudoniem)),
  );
}

/** Commitments for a set of stored pseudonyms, sorted so the entry does not reveal their order. */
export function betrokkeneCommitments(
  opening: Uint8Array,
  opgeslagen: readonly string[],
): string[] {
  return [...new Set(opgeslagen)].map((p) => betrokkeneCommitment(opening, p)).sort();
}

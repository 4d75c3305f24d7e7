/**
 * @module
 * Commitments to the subject (betrokkene) of a logboek entry. The entry holds
 * only HMAC(opening, pseudonym); the random opening is stored apart, so erasing
 * it at the end of retention makes the entry unlinkable while the log still verifies.
 */
import { base64url } from '../encoding/base64url.js';
import { type HmacSha256, webHmac } from '../pseudonym/mac.js';

const voorvoegsel = 'ketenpoort:betrokkene:v1:';

/** The commitment to one stored pseudonym under an opening of 16 random bytes. */
export function betrokkeneCommitment(
  opening: Uint8Array,
  opgeslagenPseudoniem: string,
  mac: HmacSha256 = webHmac,
): string {
  return base64url(mac(opening, new TextEncoder().encode(voorvoegsel + opgeslagenPseudoniem)));
}

/** Commitments for a set of stored pseudonyms, sorted so the entry does not reveal their order. */
export function betrokkeneCommitments(
  opening: Uint8Array,
  opgeslagen: readonly string[],
  mac: HmacSha256 = webHmac,
): string[] {
  return [...new Set(opgeslagen)].map((p) => betrokkeneCommitment(opening, p, mac)).sort();
}

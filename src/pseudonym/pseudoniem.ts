/**
 * @module
 * Version 1 pseudonyms: a keyed hash of the canonical identifier, computed on the
 * partner's side so that no identifier reaches the gateway in the clear.
 * Specification and test vectors: docs/pseudoniemen.md, test/vectors/pseudoniemen.json.
 */

import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from '../encoding/base64url.js';
import { normaliseer } from '../identity/normaliseer.js';
import { isSoort, type Soort } from '../identity/soorten.js';
import { vereisSleutel } from './sleutel.js';

/** A pseudonym: 32 bytes as base64url without padding. */
export const PSEUDONIEM_PATROON = /^[A-Za-z0-9_-]{43}$/;

const UTF8 = new TextEncoder();

/**
 * base64url_nopad(HMAC-SHA256(ketensleutel, UTF-8("ketenpoort:v1:" + soort + ":" + canoniek))).
 * Trusts that `canoniek` is already canonical; use `pseudonimiseer` for raw input.
 *
 * @example pseudoniem(ketensleutel, 'bsn', '111222333')
 */
export function pseudoniem(ketensleutel: Uint8Array, soort: Soort, canoniek: string): string {
  vereisSleutel(ketensleutel, 'ketensleutel');
  if (!isSoort(soort)) throw new TypeError('Onbekende soort identificatie.');
  if (typeof canoniek !== 'string') throw new TypeError('De canonieke vorm moet tekst zijn.');
  return base64url(hmac(sha256, ketensleutel, UTF8.encode(`ketenpoort:v1:${soort}:${canoniek}`)));
}

/**
 * Normalises `invoer` and returns its pseudonym. Throws `IdentiteitFout` for
 * input that is not a valid identifier of this soort.
 *
 * @example pseudonimiseer(ketensleutel, 'telefoon', '06-12345678')
 */
export function pseudonimiseer(ketensleutel: Uint8Array, soort: Soort, invoer: string): string {
  vereisSleutel(ketensleutel, 'ketensleutel');
  return pseudoniem(ketensleutel, soort, normaliseer(soort, invoer));
}

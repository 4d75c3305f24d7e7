/**
 * @module
 * Gateway side: pseudonyms are keyed again before they are stored, so a copy of
 * the database cannot be matched against guesses even by a holder of the
 * ketensleutel; that also needs the gateway's opslagsleutel.
 */

import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from '../encoding/base64url.js';
import { isSoort, type Soort } from '../identity/soorten.js';
import { PSEUDONIEM_PATROON } from './pseudoniem.js';
import { vereisSleutel } from './sleutel.js';
import { PSEUDONIEM_V2_PATROON, SLEUTEL_ID_PATROON, type Versie } from './v2.js';

/** A pseudonym as a partner sends it: its version and key id are explicit, never guessed. */
export interface AangeleverdPseudoniem {
  soort: Soort;
  versie: Versie;
  /** Key id: the ketensleutel (v1) or the sleutelbewaarder's key (v2). */
  sleutel: string;
  waarde: string;
}

const UTF8 = new TextEncoder();

/**
 * base64url_nopad(HMAC-SHA256(opslagsleutel, UTF-8("ketenpoort:opslag:v1:" + soort + ":" + pseudoniem))).
 * Equal pseudonyms of the same soort give equal stored values, so matching works unchanged.
 *
 * @example opslagPseudoniem(opslagsleutel, 'bsn', pseudoniemVanPartner)
 */
export function opslagPseudoniem(
  opslagsleutel: Uint8Array,
  soort: Soort,
  pseudoniem: string,
): string {
  vereisSleutel(opslagsleutel, 'opslagsleutel');
  if (!isSoort(soort)) throw new TypeError('Onbekende soort identificatie.');
  if (typeof pseudoniem !== 'string' || !PSEUDONIEM_PATROON.test(pseudoniem)) {
    throw new TypeError(
      'Dit is geen geldig pseudoniem: verwacht 43 tekens base64url zonder opvulling.',
    );
  }
  const bericht = UTF8.encode(`ketenpoort:opslag:v1:${soort}:${pseudoniem}`);
  return base64url(hmac(sha256, opslagsleutel, bericht));
}

/**
 * The stored value of a pseudonym of either version. Version 1 as `opslagPseudoniem`;
 * version 2 is base64url_nopad(HMAC-SHA256(opslagsleutel, UTF-8("ketenpoort:opslag:v2:" +
 * sleutel + ":" + soort + ":" + pseudoniem))), so pseudonyms of different key ids never match.
 */
export function opslagVan(opslagsleutel: Uint8Array, p: AangeleverdPseudoniem): string {
  if (p.versie === 'v1') return opslagPseudoniem(opslagsleutel, p.soort, p.waarde);
  vereisSleutel(opslagsleutel, 'opslagsleutel');
  if (!isSoort(p.soort)) throw new TypeError('Onbekende soort identificatie.');
  if (!SLEUTEL_ID_PATROON.test(p.sleutel)) throw new TypeError('Dit is geen geldige sleutel-id.');
  if (typeof p.waarde !== 'string' || !PSEUDONIEM_V2_PATROON.test(p.waarde)) {
    throw new TypeError(
      'Dit is geen geldig pseudoniem v2: verwacht 86 tekens base64url zonder opvulling.',
    );
  }
  const bericht = UTF8.encode(`ketenpoort:opslag:v2:${p.sleutel}:${p.soort}:${p.waarde}`);
  return base64url(hmac(sha256, opslagsleutel, bericht));
}

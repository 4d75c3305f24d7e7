/**
 * @module
 * Gateway side: pseudonyms are keyed again before they are stored, so a copy of
 * the database cannot be matched against guesses even by a holder of the
 * ketensleutel; that also needs the gateway's opslagsleutel.
 */

import { base64url, vanBase64url } from '../encoding/base64url.js';
import { isSoort, type Soort } from '../identity/soorten.js';
import { type HmacSha256, webHmac } from './mac.js';
import { PSEUDONIEM_PATROON } from './pseudoniem.js';
import { vereisSleutel } from './sleutel.js';
import { PSEUDONIEM_V2_PATROON, SLEUTEL_ID_PATROON, type Versie } from './v2.js';

const UTF8 = new TextEncoder();

/** A pseudonym as a partner sends it: its version and key id are explicit, never guessed. */
export interface AangeleverdPseudoniem {
  soort: Soort;
  versie: Versie;
  /** Key id: the ketensleutel (v1) or the sleutelbewaarder's key (v2). */
  sleutel: string;
  waarde: string;
}

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
  mac: HmacSha256 = webHmac,
): string {
  vereisSleutel(opslagsleutel, 'opslagsleutel');
  if (!isSoort(soort)) throw new TypeError('Onbekende soort identificatie.');
  if (typeof pseudoniem !== 'string' || !PSEUDONIEM_PATROON.test(pseudoniem)) {
    throw new TypeError(
      'Dit is geen geldig pseudoniem: verwacht 43 tekens base64url zonder opvulling.',
    );
  }
  const bericht = UTF8.encode(`ketenpoort:opslag:v1:${soort}:${pseudoniem}`);
  return base64url(mac(opslagsleutel, bericht));
}

/**
 * The stored value of a pseudonym of either version under one storage key. Version 1 as
 * `opslagPseudoniem`; version 2 is base64url_nopad(HMAC-SHA256(opslagsleutel,
 * UTF-8("ketenpoort:opslag:v2:" + sleutel + ":" + soort + ":" + pseudoniem))), so pseudonyms of
 * different key ids never match. Either way the result is 32 bytes (43 characters).
 */
export function opslagVan(
  opslagsleutel: Uint8Array,
  p: AangeleverdPseudoniem,
  mac: HmacSha256 = webHmac,
): string {
  if (p.versie === 'v1') return opslagPseudoniem(opslagsleutel, p.soort, p.waarde, mac);
  vereisSleutel(opslagsleutel, 'opslagsleutel');
  if (!isSoort(p.soort)) throw new TypeError('Onbekende soort identificatie.');
  if (!SLEUTEL_ID_PATROON.test(p.sleutel)) throw new TypeError('Dit is geen geldige sleutel-id.');
  if (typeof p.waarde !== 'string' || !PSEUDONIEM_V2_PATROON.test(p.waarde)) {
    throw new TypeError(
      'Dit is geen geldig pseudoniem v2: verwacht 86 tekens base64url zonder opvulling.',
    );
  }
  const bericht = UTF8.encode(`ketenpoort:opslag:v2:${p.sleutel}:${p.soort}:${p.waarde}`);
  return base64url(mac(opslagsleutel, bericht));
}

/**
 * The gateway's storage keys, oldest first. A keyed hash cannot be undone, so rotating the
 * key re-keys every stored value with the new key on top of the old ones (the old keys stay):
 * a copy of the database made after a rotation needs the new key, whoever held an old one.
 */
export type Opslagsleutels = readonly Uint8Array[];

/**
 * The stored value of `p` under every generation of the keys, oldest first: the last is what
 * the store holds now; logboek commitments made before a rotation used an earlier one. The
 * first generation knows the pseudonym's version and key id (`opslagVan`); later ones re-key
 * the stored value.
 */
export function opslagGeneraties(
  sleutels: Opslagsleutels,
  p: AangeleverdPseudoniem,
  mac: HmacSha256 = webHmac,
): string[] {
  const [eerste, ...later] = sleutels;
  if (eerste === undefined) throw new TypeError('Er is geen opslagsleutel.');
  let waarde = opslagVan(eerste, p, mac);
  const uit = [waarde];
  for (const sleutel of later) {
    waarde = opslagPseudoniem(sleutel, p.soort, waarde, mac);
    uit.push(waarde);
  }
  return uit;
}

/** The value the store holds for `p` under the current keys; `mac` as the runtime has it. */
export function opgeslagenPseudoniem(
  sleutels: Opslagsleutels,
  p: AangeleverdPseudoniem,
  mac: HmacSha256 = webHmac,
): string {
  const generaties = opslagGeneraties(sleutels, p, mac);
  return generaties[generaties.length - 1] as string;
}

/**
 * A value that identifies the current keys without revealing anything: the stored value of
 * a fixed pseudonym no partner can send (all zero bytes). The store keeps it, so a gateway
 * started with the wrong keys (or the old ones after a rotation) refuses instead of silently
 * matching nothing.
 */
export function opslagVingerafdruk(sleutels: Opslagsleutels): string {
  return opgeslagenPseudoniem(sleutels, {
    soort: 'bsn',
    versie: 'v1',
    sleutel: 'vingerafdruk',
    waarde: 'A'.repeat(43),
  });
}

/** Parses one or more base64url keys (32 bytes each), oldest first, separated by commas or whitespace. */
export function leesOpslagsleutels(tekst: string): Uint8Array[] {
  const delen = tekst.split(/[\s,]+/).filter((d) => d !== '');
  if (delen.length === 0 || !delen.every((d) => /^[A-Za-z0-9_-]{43}$/.test(d))) {
    throw new TypeError(
      'Een opslagsleutel is 32 bytes in base64url (43 tekens); na een rotatie staan er meer, oudste eerst, gescheiden door een komma of een nieuwe regel.',
    );
  }
  return delen.map(vanBase64url);
}

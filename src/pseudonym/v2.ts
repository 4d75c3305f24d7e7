/**
 * @module
 * Version 2 pseudonyms (docs/pseudoniemen.md): the RFC 9497 VOPRF(ristretto255, SHA-512)
 * output for `"ketenpoort:v2:" + soort + ":" + canoniek`, computed by the partner together
 * with the sleutelbewaarder. This file is the partner's half (CLI, SDK, browser): blind, and
 * finalise after checking the DLEQ proof against the public key pinned in the signed policy.
 * No secret key appears here; the sleutelbewaarder's half lives in src/sleutelbewaarder/.
 *
 * @example
 * const b = [blindeerInvoer('bsn', '111 222 333')];
 * // send b.map((x) => x.geblindeerd) to the sleutelbewaarder, get `evaluatie` back
 * const [p] = voltooi(b, evaluatie, vastgepindeSleutel);
 */

import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { base64url } from '../encoding/base64url.js';
import { normaliseer } from '../identity/normaliseer.js';
import { isSoort, type Soort } from '../identity/soorten.js';

/** A version 2 pseudonym: 64 bytes as base64url without padding. */
export const PSEUDONIEM_V2_PATROON = /^[A-Za-z0-9_-]{86}$/;

/** A key id of the sleutelbewaarder, as pinned in the policy and sent with every pseudonym. */
export const SLEUTEL_ID_PATROON = /^[a-z0-9][a-z0-9.-]{0,62}$/;

/** The pseudonym versions; a deployment accepts exactly one. */
export const VERSIES = ['v1', 'v2'] as const;
export type Versie = (typeof VERSIES)[number];

/** A public key of the sleutelbewaarder as the signed policy pins it. */
export interface VastgepindeSleutel {
  id: string;
  /** The 32-byte ristretto255 public key. */
  publiek: Uint8Array;
}

/** One blinded input: `geblindeerd` goes to the sleutelbewaarder, the rest stays on the device. */
export interface Geblindeerd {
  soort: Soort;
  invoer: Uint8Array;
  blind: Uint8Array;
  geblindeerd: Uint8Array;
}

/** The sleutelbewaarder's answer to one batch: evaluated elements and one DLEQ proof. */
export interface Evaluatie {
  sleutel: string;
  elementen: Uint8Array[];
  bewijs: Uint8Array;
}

/** Thrown when an answer cannot be trusted; nothing is finalised. */
export class SleutelbewaarderFout extends Error {
  override readonly name = 'SleutelbewaarderFout';
}

const UTF8 = new TextEncoder();

/** UTF-8("ketenpoort:v2:" + soort + ":" + canoniek): the OPRF input. */
export function invoerV2(soort: Soort, canoniek: string): Uint8Array {
  if (!isSoort(soort)) throw new TypeError('Onbekende soort identificatie.');
  if (typeof canoniek !== 'string') throw new TypeError('De canonieke vorm moet tekst zijn.');
  return UTF8.encode(`ketenpoort:v2:${soort}:${canoniek}`);
}

/** Blinds an already canonical identifier with a fresh random scalar. */
export function blindeer(soort: Soort, canoniek: string): Geblindeerd {
  const invoer = invoerV2(soort, canoniek);
  const { blind, blinded } = ristretto255_oprf.voprf.blind(invoer);
  return { soort, invoer, blind, geblindeerd: blinded };
}

/** Normalises raw input (throws `IdentiteitFout`) and blinds it. */
export function blindeerInvoer(soort: Soort, invoer: string): Geblindeerd {
  return blindeer(soort, normaliseer(soort, invoer));
}

/**
 * Checks that the answer is for the pinned key and that its DLEQ proof holds against that
 * key, then unblinds: the pseudonyms in the order of `items`. Any mismatch throws
 * `SleutelbewaarderFout` and yields nothing (a sleutelbewaarder that answers with another
 * key could link this partner's pseudonyms to nobody else's).
 */
export function voltooi(
  items: readonly Geblindeerd[],
  evaluatie: Evaluatie,
  vastgepind: VastgepindeSleutel,
): string[] {
  if (evaluatie.sleutel !== vastgepind.id) {
    throw new SleutelbewaarderFout(
      `De sleutelbewaarder antwoordde met sleutel ${JSON.stringify(evaluatie.sleutel)}, niet met de vastgepinde sleutel ${vastgepind.id}.`,
    );
  }
  if (evaluatie.elementen.length !== items.length) {
    throw new SleutelbewaarderFout(
      `De sleutelbewaarder gaf ${evaluatie.elementen.length} elementen terug op ${items.length} gevraagde.`,
    );
  }
  try {
    const uit = ristretto255_oprf.voprf.finalizeBatch(
      items.map((it, i) => ({
        input: it.invoer,
        blind: it.blind,
        blinded: it.geblindeerd,
        evaluated: evaluatie.elementen[i] as Uint8Array,
      })),
      vastgepind.publiek,
      evaluatie.bewijs,
    );
    return uit.map(base64url);
  } catch {
    throw new SleutelbewaarderFout(
      `Het bewijs van de sleutelbewaarder klopt niet met de vastgepinde sleutel ${vastgepind.id}: er is niets berekend. Controleer of de sleutelbewaarder en het beleid dezelfde sleutel noemen.`,
    );
  }
}

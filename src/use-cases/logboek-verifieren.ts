/**
 * @module
 * The FG's check of the whole logboek in the gateway's store: every entry, the tree, every
 * checkpoint signature, the consistency between checkpoints and the witnesses'
 * cosignatures. `GET /v1/logboek/verificatie` and `ketenpoort logboek verifieer` run the
 * same check; an export is checked offline with `verifieerLogboek` itself.
 */

import { base64url, vanBase64url } from '../encoding/base64url.js';
import {
  type Bevinding,
  type Verificatie,
  type VerificatieOpties,
  verifieerLogboek,
} from '../logboek/verifieer.js';
import { type Voortgang, verifieerDeel } from '../logboek/verifieer-deel.js';
import type { Store } from '../store/store.js';
import { verificatieBron } from '../store/verificatie-bron.js';
import { ApiError } from './fout.js';

/**
 * Verifies the logboek in `store` against the log's key and the trusted witnesses in
 * `opties`; bad data is reported in the result, never thrown.
 */
export function verifieerOpgeslagenLogboek(
  store: Pick<Store, 'boom'>,
  opties: VerificatieOpties,
): Promise<Verificatie> {
  return verifieerLogboek(verificatieBron(store.boom), opties);
}

/** The verdict as a partner's FG reads it: no entry count, no volgnummer, no entry content. */
export type VerificatieVoorPartner = Omit<Verificatie, 'regels' | 'gewist'>;

/**
 * The verification as an FG of `partij` may read it (undefined: the gateway's FG, all of it).
 * A partner's FG learns whether the log is sound and where (which leaf, checkpoint or node),
 * not how many entries there are or what a finding says about them: both depend on entries
 * it may not see (issue 11).
 */
export function verificatieVoor(
  u: Verificatie,
  partij: string | undefined,
): Verificatie | VerificatieVoorPartner {
  if (partij === undefined) return u;
  const plaatsen = new Map<string, Bevinding>();
  for (const f of u.fouten) {
    const plaats = f.blad !== null ? `blad ${f.blad}` : f.plaats;
    if (!plaatsen.has(plaats)) {
      plaatsen.set(plaats, {
        plaats,
        blad: f.blad,
        volgnummer: null,
        grootte: f.grootte,
        wat: 'wijkt af van wat is vastgelegd; de FG van de poort ziet wat',
      });
    }
  }
  const { regels: _, gewist: __, ...rest } = u;
  return { ...rest, fouten: [...plaatsen.values()] };
}

/**
 * One part of the verification (at most `maxBladen` leaves; undefined: the rest at once),
 * after the part `vervolg` names. `vervolg` is the verifier's state, sealed with AES-GCM under a
 * key derived from the storage key: the caller cannot read it (a partner's FG would learn the
 * entry count) nor change it. An unreadable `vervolg` is a 400.
 */
export async function verifieerOpgeslagenLogboekDeel(
  store: Pick<Store, 'boom'>,
  opties: VerificatieOpties,
  o: { vervolg: string | undefined; maxBladen: number | undefined; sleutel: Uint8Array },
): Promise<{ uitslag: Verificatie; vervolg: string | null }> {
  const sleutel = await vervolgSleutel(o.sleutel);
  const vanaf = o.vervolg === undefined ? undefined : await opener(sleutel, o.vervolg);
  const { uitslag, vervolg } = await verifieerDeel(
    verificatieBron(store.boom),
    opties,
    vanaf,
    o.maxBladen ?? Number.POSITIVE_INFINITY,
  );
  return { uitslag, vervolg: vervolg ? await verzegel(sleutel, vervolg) : null };
}

const LABEL = new TextEncoder().encode('ketenpoort:verificatie-vervolg:v1');

async function vervolgSleutel(opslagsleutel: Uint8Array) {
  const bytes = new Uint8Array(LABEL.length + opslagsleutel.length);
  bytes.set(LABEL);
  bytes.set(opslagsleutel, LABEL.length);
  const afgeleid = await crypto.subtle.digest('SHA-256', bytes);
  return crypto.subtle.importKey('raw', afgeleid, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Uint8Arrays as base64url strings marked `{ b: ... }`, so the state is JSON. */
const naarJson = (_k: string, w: unknown) => (w instanceof Uint8Array ? { b: base64url(w) } : w);
const uitJson = (_k: string, w: unknown) =>
  w && typeof w === 'object' && 'b' in w && Object.keys(w).length === 1
    ? vanBase64url(String((w as { b: unknown }).b))
    : w;

async function verzegel(sleutel: CryptoKey, v: Voortgang): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const tekst = new TextEncoder().encode(JSON.stringify(v, naarJson));
  const dicht = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, sleutel, tekst),
  );
  const uit = new Uint8Array(iv.length + dicht.length);
  uit.set(iv);
  uit.set(dicht, iv.length);
  return base64url(uit);
}

async function opener(sleutel: CryptoKey, vervolg: string): Promise<Voortgang> {
  try {
    const bytes = vanBase64url(vervolg);
    const open = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, 12) },
      sleutel,
      bytes.slice(12),
    );
    return JSON.parse(new TextDecoder().decode(open), uitJson) as Voortgang;
  } catch {
    throw new ApiError(
      'ongeldig-verzoek',
      'De waarde van vervolg komt niet uit een eerder antwoord van deze gateway. Begin opnieuw zonder vervolg.',
    );
  }
}

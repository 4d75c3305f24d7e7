/**
 * @module
 * The fingerprint of a casussen answer (issue 17): what was shown and what its leaf logs, so a
 * read with the same fingerprint can answer with the leaf that logged it the first time.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from '../encoding/base64url.js';
import type { GeplandeEntry } from '../logboek/geplande-entry.js';

const encoder = new TextEncoder();

/**
 * SHA-256 over the policy hash, the acting employee, the answer and each planned entry's
 * disclosure (source, recipient, signal, data, doel, rules, grondslagen): a new regisseur
 * disclosing the same "regie belegd" under its own rule is a new disclosure, and changes it.
 */
export function vingerafdruk(
  beleid: string,
  gebruiker: string | null,
  antwoord: unknown,
  entries: readonly GeplandeEntry[],
): string {
  const verstrekt = entries.map(({ concept: e }) => [
    e.bron,
    e.ontvanger,
    e.signaal,
    e.gegevens,
    e.doel,
    e.regels,
    e.grondslagen,
  ]);
  const tekst = JSON.stringify([beleid, gebruiker, antwoord, verstrekt]);
  return base64url(sha256(encoder.encode(tekst)));
}

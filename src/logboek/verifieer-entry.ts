/**
 * @module
 * Checks of one stored logboek row on its own (is its text the canonical form of an entry,
 * does it carry the volgnummer of its row, do the search columns beside it say the same) and
 * of one leaf with its rows: is the leaf canonical, and is every party's part the hash of the
 * rows as that party sees them under the stored salt. The tree and the checkpoints are checked
 * in verifieer.ts.
 */
import { vanBase64url } from '../encoding/base64url.js';
import { type Blad, bladTekst, deelHash, deelTekst } from './blad.js';
import type { BronZicht, Entry } from './entry.js';
import { entryTekst, entryUitRij } from './entry.js';
import { POORT } from './zoeken.js';

/** A logboek row as stored: its canonical text plus any search columns. */
export interface OpgeslagenEntry {
  volgnummer: number;
  inhoud: string;
  [kolom: string]: unknown;
}

/** A leaf as stored: its number, canonical text, salts (null before one leaf per request), rows. */
export interface OpgeslagenBlad {
  nummer: number;
  /** ms since the epoch, as stored beside the leaf (absent in older exports). */
  tijdstip?: number;
  /** Empty when the logboek's retention erased the leaf (src/logboek/verifieer-wissing.ts). */
  inhoud: string;
  /** The leaf hash, as an export carries it: what stands in for an erased leaf's text. */
  leafHash?: Uint8Array;
  zouten: Record<string, string> | null;
  regels: OpgeslagenEntry[];
}

/** What is wrong with a leaf and its rows together, in Dutch; empty when nothing is. */
export function controleerBlad(b: OpgeslagenBlad): string[] {
  if (b.zouten === null) return controleerOudBlad(b);
  if (typeof b.zouten !== 'object' || Array.isArray(b.zouten)) {
    return ['de zouten naast het blad zijn geen lijst per partij meer'];
  }
  let blad: Blad;
  try {
    blad = JSON.parse(b.inhoud) as Blad;
    if (typeof blad !== 'object' || blad === null || typeof blad.delen !== 'object') {
      throw new Error('geen blad');
    }
  } catch {
    return ['de inhoud is geen geldig blad (JSON met verzoek, tijdstip en delen) meer'];
  }
  const fouten: string[] = [];
  let canoniek: string | undefined;
  try {
    canoniek = bladTekst(blad);
  } catch {
    canoniek = undefined;
  }
  if (canoniek !== b.inhoud)
    fouten.push('de inhoud is niet de canonieke vorm (RFC 8785) van een blad');
  if (blad.verzoek !== b.nummer) {
    fouten.push(`de inhoud heeft nummer ${String(blad.verzoek)}, de rij ${b.nummer}`);
  }
  const partijen = Object.keys(b.zouten).sort();
  const delen = Object.keys(blad.delen ?? {}).sort();
  if (partijen.join(',') !== delen.join(',')) {
    fouten.push(
      `de delen (${delen.join(', ')}) passen niet bij de zouten (${partijen.join(', ')})`,
    );
  }
  if (!partijen.includes(POORT)) fouten.push('het deel van de poort (alle regels) ontbreekt');
  const entries = leesEntries(b.regels);
  if (!entries) return fouten; // a row that is no entry at all is reported on its own
  const anderTijdstip = entries.find((e) => e.tijdstip !== blad.tijdstip);
  if (anderTijdstip) {
    fouten.push(`regel ${anderTijdstip.volgnummer} heeft een ander tijdstip dan het blad`);
  }
  for (const partij of partijen) {
    let verwacht: string;
    try {
      verwacht = deelHash(vanBase64url(b.zouten[partij] ?? ''), deelTekst(entries, partij));
    } catch {
      verwacht = '';
    }
    if (blad.delen[partij] !== verwacht) {
      fouten.push(
        `het deel van ${partij} past niet bij de logboekregels: een regel, wat een bron mag zien of het zout is gewijzigd`,
      );
    }
  }
  return fouten;
}

/** A leaf from before one leaf per request: one entry, whose text is the leaf. */
function controleerOudBlad(b: OpgeslagenBlad): string[] {
  if (b.regels.length !== 1) {
    return [
      `een blad zonder zouten hoort bij precies één logboekregel, dit blad heeft er ${b.regels.length}`,
    ];
  }
  const [regel] = b.regels as [OpgeslagenEntry];
  if (regel.inhoud !== b.inhoud)
    return [`de inhoud verschilt van die van regel ${regel.volgnummer}`];
  return [];
}

/** The entries of a leaf's rows, with what each bron may know; undefined when a row is no entry. */
function leesEntries(regels: readonly OpgeslagenEntry[]): Entry[] | undefined {
  try {
    return regels.map((r) => {
      const entry = entryUitRij({ inhoud: r.inhoud, bronZicht: r.bronZicht as BronZicht | null });
      if (typeof entry !== 'object' || entry === null) throw new Error('geen object');
      return entry;
    });
  } catch {
    return undefined;
  }
}

/** The search columns the store repeats from the entry, and how each is derived from it. */
const KOLOMMEN: Record<string, (e: Entry) => unknown> = {
  tijdstip: (e) => Date.parse(e.tijdstip),
  actie: (e) => e.actie,
  partner: (e) => e.partner,
  bron: (e) => e.bron,
  ontvanger: (e) => e.ontvanger,
  signaal: (e) => e.signaal,
  doel: (e) => e.doel,
};

/** What is wrong with a row on its own, in Dutch; empty when nothing is. */
export function controleerEntry(rij: OpgeslagenEntry): string[] {
  let entry: Entry;
  try {
    entry = JSON.parse(rij.inhoud) as Entry;
    if (typeof entry !== 'object' || entry === null) throw new Error('geen object');
  } catch {
    return ['de inhoud is geen geldige JSON meer'];
  }
  const fouten: string[] = [];
  let canoniek: string | undefined;
  try {
    canoniek = entryTekst(entry);
  } catch {
    canoniek = undefined;
  }
  if (canoniek !== rij.inhoud) {
    fouten.push('de inhoud is niet de canonieke vorm (RFC 8785) van een logboekregel');
  }
  if (entry.volgnummer !== rij.volgnummer) {
    fouten.push(`de inhoud heeft volgnummer ${String(entry.volgnummer)}, de rij ${rij.volgnummer}`);
  }
  for (const [kolom, waarde] of Object.entries(KOLOMMEN)) {
    if (!(kolom in rij)) continue;
    const verwacht = waarde(entry) ?? null;
    const gevonden = rij[kolom] ?? null;
    if (verwacht !== gevonden) {
      fouten.push(
        `kolom ${kolom} is ${JSON.stringify(gevonden)}, de inhoud zegt ${JSON.stringify(verwacht)}`,
      );
    }
  }
  return fouten;
}

/**
 * @module
 * Checks of one stored logboek row on its own: is its text the canonical form of an entry,
 * does it carry the volgnummer of its row, and do the search columns beside it say the same.
 * The tree and the checkpoints are checked in verifieer.ts.
 */
import { type Entry, entryTekst } from './entry.js';

/** A logboek row as stored: its canonical text plus any search columns. */
export interface OpgeslagenEntry {
  volgnummer: number;
  inhoud: string;
  [kolom: string]: unknown;
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

/**
 * @module
 * Offline verification: an export of the logboek plus checkpoint notes as a verification
 * source. The export is JSON Lines, one entry per line in log order: either the canonical
 * entry text itself (the Merkle leaf, byte for byte), or an object whose `inhoud` field holds
 * that text. Nothing else is trusted: the checkpoints' signatures are checked by the verifier.
 *
 * @example
 * const uitslag = await verifieerLogboek(exportBron(jsonl, [note]), { log });
 */
import { parseCheckpoint } from './checkpoint.js';
import { splitNote } from './note.js';
import type { OpgeslagenEntry, VerificatieBron } from './verifieer.js';

/** A source over an export's text and the given notes; it has no stored tree. */
export function exportBron(jsonl: string, notes: readonly string[]): VerificatieBron {
  const regels = jsonl.split('\n').filter((r) => r.trim() !== '');
  const rijen = regels.map((regel, i) => leesRegel(regel.replace(/\r$/, ''), i + 1));
  let positie = 0;
  return {
    // The file's order is the log's order: pages follow the lines, not the volgnummers.
    rijen: async (_vanaf, limiet) => {
      const pagina = rijen.slice(positie, positie + limiet);
      positie += pagina.length;
      return pagina;
    },
    checkpoints: async () =>
      notes.map((note) => ({ grootte: grootteVan(note), note, cosignaturen: [] })),
  };
}

function leesRegel(regel: string, positie: number): OpgeslagenEntry {
  let inhoud = regel;
  let waarde: unknown;
  try {
    waarde = JSON.parse(regel);
  } catch {
    return { volgnummer: positie, inhoud };
  }
  if (typeof waarde === 'object' && waarde !== null && 'inhoud' in waarde) {
    const tekst = (waarde as { inhoud: unknown }).inhoud;
    if (typeof tekst === 'string') {
      inhoud = tekst;
      try {
        waarde = JSON.parse(tekst);
      } catch {
        return { volgnummer: positie, inhoud };
      }
    }
  }
  const volgnummer = (waarde as { volgnummer?: unknown }).volgnummer;
  return {
    volgnummer: Number.isSafeInteger(volgnummer) ? (volgnummer as number) : positie,
    inhoud,
  };
}

function grootteVan(note: string): number {
  try {
    return parseCheckpoint(splitNote(note).body).size;
  } catch {
    return 0;
  }
}

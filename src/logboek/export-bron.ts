/**
 * @module
 * Offline verification: an export of the logboek plus checkpoint notes as a verification
 * source. The export is JSON Lines, one leaf per line in log order, as `ketenpoort logboek
 * export --velden canoniek` writes it: `{ nummer, inhoud, zouten, leafHash, regels }`, with the
 * leaf's canonical text (empty when erased), the salts of its parts, its leaf hash (base64url)
 * and its entries (`{ volgnummer, inhoud, bronZicht }`).
 * Exports from before one leaf per request hold one entry per line: the canonical entry text
 * itself, or an object whose `inhoud` field holds it; such a line is a leaf of its own. Nothing
 * else is trusted: the checkpoints' signatures are checked by the verifier.
 *
 * @example
 * const uitslag = await verifieerLogboek(exportBron(jsonl, [note]), { log });
 */
import { vanBase64url } from '../encoding/base64url.js';
import { parseCheckpoint } from './checkpoint.js';
import type { Entry, Sleutelwissel } from './entry.js';
import { splitNote } from './note.js';
import type { OpgeslagenBlad, OpgeslagenEntry, VerificatieBron } from './verifieer.js';

/** A source over an export's text and the given notes; it has no stored tree. */
export function exportBron(jsonl: string, notes: readonly string[]): VerificatieBron {
  const regels = jsonl.split('\n').filter((r) => r.trim() !== '');
  const bladen = regels.map((regel, i) => leesRegel(regel.replace(/\r$/, ''), i + 1));
  let positie = 0;
  return {
    // The file's order is the log's order: pages follow the lines, not the numbers.
    bladen: async (_vanaf, limiet) => {
      const pagina = bladen.slice(positie, positie + limiet);
      positie += pagina.length;
      return pagina;
    },
    checkpoints: async () =>
      notes.map((note) => ({ grootte: grootteVan(note), note, cosignaturen: [] })),
  };
}

/** The `sleutelwissel` entries of an export, in its order: the handovers of the checkpoint key. */
export function sleutelwisselsUitExport(jsonl: string): Sleutelwissel[] {
  return jsonl
    .split('\n')
    .filter((r) => r.includes('sleutelwissel'))
    .flatMap((r, i) => leesRegel(r.replace(/\r$/, ''), i + 1).regels)
    .flatMap((r) => {
      try {
        const entry = JSON.parse(r.inhoud) as Entry;
        return entry.actie === 'sleutelwissel' && entry.sleutelwissel ? [entry.sleutelwissel] : [];
      } catch {
        return [];
      }
    });
}

function leesRegel(regel: string, positie: number): OpgeslagenBlad {
  let waarde: unknown;
  try {
    waarde = JSON.parse(regel);
  } catch {
    return oudBlad({ volgnummer: positie, inhoud: regel }, positie);
  }
  if (isBlad(waarde)) {
    const leafHash = leesHash(waarde.leafHash);
    return {
      nummer: Number.isSafeInteger(waarde.nummer) ? waarde.nummer : positie,
      ...(leafHash && { leafHash }),
      inhoud: waarde.inhoud,
      zouten: waarde.zouten ?? null,
      regels: waarde.regels.map((r, i) => ({
        ...r,
        volgnummer: Number.isSafeInteger(r.volgnummer) ? r.volgnummer : i + 1,
        inhoud: typeof r.inhoud === 'string' ? r.inhoud : '',
      })),
    };
  }
  let inhoud = regel;
  if (typeof waarde === 'object' && waarde !== null && 'inhoud' in waarde) {
    const tekst = (waarde as { inhoud: unknown }).inhoud;
    if (typeof tekst === 'string') {
      inhoud = tekst;
      try {
        waarde = JSON.parse(tekst);
      } catch {
        return oudBlad({ volgnummer: positie, inhoud }, positie);
      }
    }
  }
  const volgnummer = (waarde as { volgnummer?: unknown }).volgnummer;
  return oudBlad(
    { volgnummer: Number.isSafeInteger(volgnummer) ? (volgnummer as number) : positie, inhoud },
    positie,
  );
}

/** A line of an export from before one leaf per request: one entry, its own leaf. */
function oudBlad(regel: OpgeslagenEntry, positie: number): OpgeslagenBlad {
  return { nummer: positie, inhoud: regel.inhoud, zouten: null, regels: [regel] };
}

/** A leaf hash as the export writes it (base64url of 32 bytes), if it is one. */
function leesHash(w: unknown): Uint8Array | undefined {
  if (typeof w !== 'string') return undefined;
  try {
    const b = vanBase64url(w);
    return b.length === 32 ? b : undefined;
  } catch {
    return undefined;
  }
}

function isBlad(w: unknown): w is {
  nummer: number;
  leafHash?: unknown;
  inhoud: string;
  zouten?: Record<string, string> | null;
  regels: OpgeslagenEntry[];
} {
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof (w as { inhoud?: unknown }).inhoud === 'string' &&
    Array.isArray((w as { regels?: unknown }).regels)
  );
}

function grootteVan(note: string): number {
  try {
    return parseCheckpoint(splitNote(note).body).size;
  } catch {
    return 0;
  }
}

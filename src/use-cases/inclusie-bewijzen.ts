/**
 * @module
 * Proving that a leaf of the logboek is in a signed checkpoint (RFC 9162 inclusion proof,
 * section 2.1.3). One leaf holds one request (src/logboek/blad.ts). The proof and the leaf's
 * text are for everyone; the caller's own part of it (its entries as it may see them, and the
 * salt) only for the caller's organisation, so it checks its own part and nothing of another's.
 */
import { deelTekst, isOudBlad } from '../logboek/blad.js';
import { entryUitRij } from '../logboek/entry.js';
import { proofFromNodes } from '../logboek/merkle-nodes.js';
import { inclusionRanges } from '../logboek/merkle-ranges.js';
import { fgBereik, zietTekst } from '../logboek/zoeken.js';
import { leesCheckpoint } from './checkpoint-lezen.js';
import type { Aanvraag } from './context.js';
import { ApiError } from './fout.js';

/** An inclusion proof with the checkpoint it proves against. */
export interface Inclusiebewijs {
  blad: number;
  /** The leaf index: `blad - 1`. */
  index: number;
  grootte: number;
  leafHash: Uint8Array;
  bewijs: Uint8Array[];
  /** The signed note of the checkpoint, with its cosignatures. */
  checkpoint: string;
  /**
   * The leaf's canonical text. Of a leaf from before one leaf per request that text is one
   * entry, so it is given only to whom may read that entry whole (as `regel`).
   */
  inhoud?: string;
  /** The caller organisation's part: its entries as it sees them (canonical JSON) and the salt. */
  deel?: { partij: string; zout: string; regels: string };
  /** Of a leaf from before one leaf per request: its entry, when the caller sees it whole. */
  regel?: string;
}

/** The proof that leaf `nummer` is in the checkpoint of `grootte` (default: the latest). */
export async function bewijsInclusie(
  { diensten: d, identiteit }: Aanvraag,
  nummer: number,
  grootte?: number,
): Promise<Inclusiebewijs> {
  const cp = await leesCheckpoint(d, grootte);
  if (nummer > cp.grootte) {
    throw new ApiError(
      'niet-gevonden',
      `Blad ${nummer} staat niet in het checkpoint van grootte ${cp.grootte}. Vraag het later opnieuw.`,
    );
  }
  const index = nummer - 1;
  const boom = d.store.boom;
  const [blad] = await boom.knopen([{ level: 0, index }]);
  const bewijs = await proofFromNodes(inclusionRanges(index, cp.grootte), boom.knopen);
  const opgeslagen = await boom.blad(nummer);
  if (!blad || !opgeslagen) throw new Error(`blad ${nummer} ontbreekt in de opslag`);
  const partij = identiteit.partner;
  const entries = opgeslagen.regels.map(entryUitRij);
  const zout = opgeslagen.zouten?.[partij];
  const eigen =
    zout === undefined ? {} : { deel: { partij, zout, regels: deelTekst(entries, partij) } };
  // An old leaf is one entry's text: only for whom may read that entry whole.
  const oud = isOudBlad(opgeslagen.inhoud);
  const [enige] = entries;
  // An erased leaf (the logboek's retention) has no text: its leaf hash is all there is.
  const gewist = opgeslagen.inhoud === '';
  const magTekst = !gewist && (!oud || (enige !== undefined && zietTekst(enige, fgBereik(partij))));
  return {
    blad: nummer,
    index,
    grootte: cp.grootte,
    leafHash: blad.hash,
    bewijs,
    checkpoint: cp.note,
    ...(magTekst ? { inhoud: opgeslagen.inhoud } : {}),
    ...(magTekst && oud ? { regel: opgeslagen.inhoud } : {}),
    ...eigen,
  };
}

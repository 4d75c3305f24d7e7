/**
 * @module
 * Proving that a logboek entry is in a signed checkpoint (RFC 9162 inclusion proof, section
 * 2.1.3). A partner that received a verstrekking proves with it that the disclosure was
 * logged. The proof is for everyone; the entry itself only for whom it concerns.
 */
import { proofFromNodes } from '../logboek/merkle-nodes.js';
import { inclusionRanges } from '../logboek/merkle-ranges.js';
import { fgBereik, zietTekst } from '../logboek/zoeken.js';
import { entryUitRij } from '../store/logboek-queries.js';
import { leesCheckpoint } from './checkpoint-lezen.js';
import type { Aanvraag } from './context.js';
import { ApiError } from './fout.js';

/** An inclusion proof with the checkpoint it proves against. */
export interface Inclusiebewijs {
  volgnummer: number;
  /** The leaf index: `volgnummer - 1`. */
  index: number;
  grootte: number;
  leafHash: Uint8Array;
  bewijs: Uint8Array[];
  /** The signed note of the checkpoint, with its cosignatures. */
  checkpoint: string;
  /** The canonical entry, when the caller's organisation acts in it, is its bron or ontvanger. */
  regel?: string;
}

/** The proof that entry `volgnummer` is in the checkpoint of `grootte` (default: the latest). */
export async function bewijsInclusie(
  { diensten: d, identiteit }: Aanvraag,
  volgnummer: number,
  grootte?: number,
): Promise<Inclusiebewijs> {
  const cp = await leesCheckpoint(d, grootte);
  if (volgnummer > cp.grootte) {
    throw new ApiError(
      'niet-gevonden',
      `Regel ${volgnummer} staat niet in het checkpoint van grootte ${cp.grootte}. Vraag het later opnieuw.`,
    );
  }
  const index = volgnummer - 1;
  const boom = d.store.boom;
  const [blad] = await boom.knopen([{ level: 0, index }]);
  const bewijs = await proofFromNodes(inclusionRanges(index, cp.grootte), boom.knopen);
  const [rij] = await boom.rijen(volgnummer, 1);
  const betrokken =
    rij?.volgnummer === volgnummer && zietTekst(entryUitRij(rij), fgBereik(identiteit.partner));
  if (!blad) throw new Error(`blad ${index} ontbreekt in de opgeslagen boom`);
  return {
    volgnummer,
    index,
    grootte: cp.grootte,
    leafHash: blad.hash,
    bewijs,
    checkpoint: cp.note,
    ...(betrokken ? { regel: rij.inhoud } : {}),
  };
}

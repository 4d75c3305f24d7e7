/**
 * @module
 * Proving that the tree of `tot` entries extends the tree of `van` entries (RFC 9162
 * consistency proof, section 2.1.4), so nothing before `van` was altered or dropped.
 * Witnesses ask for it from the checkpoint they hold to the latest.
 */
import { proofFromNodes } from '../logboek/merkle-nodes.js';
import { consistencyRanges } from '../logboek/merkle-ranges.js';
import { zoekCheckpoint } from './checkpoint-lezen.js';
import type { Poort } from './context.js';
import { ApiError } from './fout.js';

/** The consistency proof from size `van` to size `tot` (default: the latest checkpoint). */
export async function bewijsConsistentie(
  d: Poort,
  van: number,
  gevraagd?: number,
): Promise<{ van: number; tot: number; bewijs: Uint8Array[] }> {
  const tot = gevraagd ?? (await zoekCheckpoint(d)).grootte;
  if (van > tot) {
    throw new ApiError('ongeldig-verzoek', `van (${van}) mag niet groter zijn dan tot (${tot}).`);
  }
  const grootte = await d.store.boom.grootte();
  if (tot > grootte) {
    throw new ApiError('niet-gevonden', `Het logboek heeft ${grootte} regels, geen ${tot}.`);
  }
  const bewijs = await proofFromNodes(consistencyRanges(van, tot), d.store.boom.knopen);
  return { van, tot, bewijs };
}

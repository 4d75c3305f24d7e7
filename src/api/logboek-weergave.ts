/**
 * @module
 * What the proof routes share: finding a checkpoint (the latest, or one of a given size)
 * and showing it with the cosignatures the gateway holds for it.
 */
import { metCosignaturen } from '../logboek/checkpointer.js';
import { base64 } from '../logboek/note.js';
import type { CheckpointRij } from '../store/boom.js';
import type { Diensten } from './diensten.js';
import { ApiError } from './problem.js';

/** The checkpoint of size `grootte`, or the latest; a 404 problem when there is none. */
export async function zoekCheckpoint(d: Diensten, grootte?: number): Promise<CheckpointRij> {
  const boom = d.store.boom;
  const cp =
    grootte === undefined
      ? await boom.laatsteCheckpoint()
      : (await boom.checkpoints(grootte, 1)).find((c) => c.grootte === grootte);
  if (!cp) {
    throw new ApiError(
      'niet-gevonden',
      grootte === undefined
        ? 'Er is nog geen checkpoint: het logboek is leeg.'
        : `Er is geen checkpoint van grootte ${grootte}. Vraag het laatste op zonder grootte.`,
    );
  }
  return cp;
}

/** The checkpoint as the API shows it: the signed note with every stored cosignature. */
export async function toonCheckpoint(d: Diensten, cp: CheckpointRij) {
  const cosignaturen = await d.store.boom.cosignaturen([cp.grootte]);
  return {
    origin: d.logboek.ondertekenaar.name,
    grootte: cp.grootte,
    root: base64(cp.root),
    note: metCosignaturen(
      cp.note,
      cosignaturen.map((c) => c.regel),
    ),
    cosignaturen: cosignaturen.length,
    gemaaktOp: new Date(cp.gemaaktOp).toISOString(),
  };
}

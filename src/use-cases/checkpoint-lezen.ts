/**
 * @module
 * Reading a signed checkpoint (the latest, or one of a given size): a partner or witness
 * keeps it, since a later checkpoint must extend it. It comes with every cosignature the
 * gateway holds for it, so a reader need trust the gateway's key no more than its witnesses.
 */
import { metCosignaturen } from '../logboek/checkpointer.js';
import type { CheckpointRij } from '../store/boom.js';
import type { Poort } from './context.js';
import { ApiError } from './fout.js';

/** A signed checkpoint as a reader gets it. */
export interface GelezenCheckpoint {
  grootte: number;
  root: Uint8Array;
  /** The signed note with every cosignature line appended (c2sp.org/tlog-cosignature). */
  note: string;
  /** How many witnesses cosigned it. */
  cosignaturen: number;
  gemaaktOp: number;
}

/** The checkpoint of size `grootte`, or the latest, with its cosignatures; 404 when none. */
export async function leesCheckpoint(d: Poort, grootte?: number): Promise<GelezenCheckpoint> {
  const cp = await zoekCheckpoint(d, grootte);
  const cosignaturen = await d.store.boom.cosignaturen([cp.grootte]);
  return {
    grootte: cp.grootte,
    root: cp.root,
    note: metCosignaturen(
      cp.note,
      cosignaturen.map((c) => c.regel),
    ),
    cosignaturen: cosignaturen.length,
    gemaaktOp: cp.gemaaktOp,
  };
}

/** The checkpoint of size `grootte`, or the latest, as stored; a 404 problem when there is none. */
export async function zoekCheckpoint(d: Poort, grootte?: number): Promise<CheckpointRij> {
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

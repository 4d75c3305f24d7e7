/**
 * @module
 * How the proof routes show a checkpoint: bytes as base64, times as ISO 8601, and the origin
 * (the name of the gateway's checkpoint key) beside the note that carries it.
 */
import { base64 } from '../logboek/note.js';
import type { GelezenCheckpoint } from '../use-cases/checkpoint-lezen.js';

/** The checkpoint as the API shows it: the signed note with every stored cosignature. */
export function toonCheckpoint(origin: string, cp: GelezenCheckpoint) {
  return {
    origin,
    grootte: cp.grootte,
    root: base64(cp.root),
    note: cp.note,
    cosignaturen: cp.cosignaturen,
    gemaaktOp: new Date(cp.gemaaktOp).toISOString(),
  };
}

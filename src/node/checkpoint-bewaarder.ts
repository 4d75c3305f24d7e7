/**
 * @module
 * Keeping the last signed checkpoint in its file (src/node/bewaard-checkpoint.ts) at most once
 * per interval. Under load the gateway signs a checkpoint after every round of writes, and a
 * file write with its rename cost a POST about a tenth of its CPU (issue 13 item 5). The first
 * checkpoint after a quiet interval is written at once; those that follow within it only
 * replace the one waiting, which is written when the interval ends and when the gateway stops.
 * The file may so trail the database by at most one interval: it then holds an older
 * checkpoint that the database also reaches, so a start is never refused because of it, and a
 * database restored from before that checkpoint is still refused.
 *
 * @example
 * const bewaarder = maakCheckpointBewaarder((cp) => schrijfBewaardCheckpoint(cfg, cp), console.error);
 * bewaarder.bewaar(checkpoint); // after each signed checkpoint
 * store.bijSluiten(() => bewaarder.sluit()); // the waiting one is written when the store closes
 */
import type { OpgeslagenCheckpoint } from '../logboek/checkpointer.js';

/** Milliseconds between two writes of the kept checkpoint under load. */
export const BEWAAR_INTERVAL_MS = 250;

export interface CheckpointBewaarder {
  bewaar(checkpoint: OpgeslagenCheckpoint): void;
  /** Writes the waiting checkpoint, if any, and stops the timer. */
  sluit(): void;
}

/**
 * A bewaarder that calls `schrijf` with the newest checkpoint at most once per `interval` ms.
 * A failed write of a waiting checkpoint is reported with `meld`; the next one tries again.
 */
export function maakCheckpointBewaarder(
  schrijf: (checkpoint: OpgeslagenCheckpoint) => void,
  meld: (fout: unknown) => void,
  interval = BEWAAR_INTERVAL_MS,
): CheckpointBewaarder {
  let wachtend: OpgeslagenCheckpoint | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schrijfWachtend = () => {
    const cp = wachtend;
    wachtend = undefined;
    if (cp === undefined) return false;
    try {
      schrijf(cp);
    } catch (fout) {
      meld(fout);
    }
    return true;
  };
  const naInterval = () => {
    timer = schrijfWachtend() ? wacht() : undefined;
  };
  // Unref'd: a waiting checkpoint never keeps a process alive; `sluit` writes it.
  const wacht = () => setTimeout(naInterval, interval).unref();
  return {
    bewaar(checkpoint) {
      if (timer) {
        wachtend = checkpoint;
        return;
      }
      // A quiet interval: written at once, and a failure reaches the caller as before.
      schrijf(checkpoint);
      timer = wacht();
    },
    sluit() {
      clearTimeout(timer);
      timer = undefined;
      schrijfWachtend();
    },
  };
}

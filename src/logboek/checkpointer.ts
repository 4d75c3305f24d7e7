/**
 * @module
 * Making the logboek's checkpoints: sign "size + root" of the stored tree whenever it has
 * grown, but only after proving (RFC 9162 consistency proof from the stored nodes) that the
 * new tree extends the last signed one. So the gateway never signs two inconsistent
 * checkpoints, even if its storage was altered: it refuses and says so.
 *
 * @example
 * const cp = await maakCheckpoint(store.boom, logSigner, Date.now());
 */
import { checkpointBody, parseCheckpoint } from './checkpoint.js';
import { verifyConsistency } from './merkle.js';
import { type NodeSource, proofFromNodes } from './merkle-nodes.js';
import { consistencyRanges } from './merkle-ranges.js';
import { type NoteSigner, signNote, splitNote } from './note.js';

/** A signed checkpoint as kept: size, root, the signed note, and when it was made (ms). */
export interface OpgeslagenCheckpoint {
  grootte: number;
  root: Uint8Array;
  note: string;
  gemaaktOp: number;
}

/** What making a checkpoint needs from the store (`store.boom` has it). */
export interface CheckpointOpslag {
  grootte(): Promise<number>;
  knopen: NodeSource;
  laatsteCheckpoint(): Promise<OpgeslagenCheckpoint | undefined>;
  bewaarCheckpoint(checkpoint: OpgeslagenCheckpoint): Promise<void>;
}

/** The gateway refuses to sign: the stored tree does not extend the last checkpoint. */
export class CheckpointFout extends Error {
  override readonly name = 'CheckpointFout';
}

/**
 * Signs and keeps a checkpoint of the stored tree if it grew since the last checkpoint;
 * returns the latest checkpoint (undefined while the log is empty).
 */
export async function maakCheckpoint(
  opslag: CheckpointOpslag,
  ondertekenaar: NoteSigner,
  nu: number,
): Promise<OpgeslagenCheckpoint | undefined> {
  // The last checkpoint first, then the size: the tree only grows, so a writer that commits
  // (and signs) in between can only make the size larger than that checkpoint, never smaller.
  const laatste = await opslag.laatsteCheckpoint();
  const grootte = await opslag.grootte();
  if (grootte === 0 || laatste?.grootte === grootte) return laatste;
  if (laatste && laatste.grootte > grootte) {
    throw new CheckpointFout(
      `de boom heeft ${grootte} bladeren, het laatste checkpoint ${laatste.grootte}: het logboek is ingekort. Er wordt niets ondertekend; draai ketenpoort logboek verifieer.`,
    );
  }
  // The root as signed, not the column beside it: that is what witnesses hold us to.
  const vorige = laatste ? parseCheckpoint(splitNote(laatste.note).body) : undefined;
  // The new root and the consistency proof in one read of the stored nodes.
  const [root, ...bewijs] = await proofFromNodes(
    [[0, grootte], ...(vorige ? consistencyRanges(vorige.size, grootte) : [])],
    opslag.knopen,
  );
  if (!root) throw new CheckpointFout('de boom gaf geen root');
  if (vorige && !verifyConsistency(vorige.size, grootte, vorige.root, root, bewijs)) {
    throw new CheckpointFout(
      `de boom van ${grootte} bladeren is niet consistent met het checkpoint van ${vorige.size}: de opslag is gewijzigd. Er wordt niets ondertekend; draai ketenpoort logboek verifieer.`,
    );
  }
  const body = checkpointBody({ origin: ondertekenaar.name, size: grootte, root });
  const checkpoint = { grootte, root, note: await signNote(body, [ondertekenaar]), gemaaktOp: nu };
  await opslag.bewaarCheckpoint(checkpoint);
  return checkpoint;
}

/** The signed note with the witnesses' cosignature lines appended (c2sp.org/tlog-cosignature). */
export function metCosignaturen(note: string, regels: readonly string[]): string {
  return note + regels.map((r) => (r.endsWith('\n') ? r : `${r}\n`)).join('');
}

/** Signs a checkpoint covering every write committed before the call (see {@link maakCheckpointer}). */
export type Checkpointer = () => Promise<OpgeslagenCheckpoint | undefined>;

/**
 * One checkpoint at a time for many concurrent requests. A round starts in the next turn of
 * the event loop, so every request whose write committed in this turn shares it; calls that
 * arrive once a round is reading the tree share the round after it, which so covers their
 * writes. Under load the gateway signs once per round instead of once per request, and still
 * no answer leaves before its write is in a signed checkpoint. (In Node a round has no await
 * that waits for anything, since node:crypto signs: without the turn, every request would
 * start and sign a round of its own.)
 *
 * @example
 * const checkpoint = maakCheckpointer(store.boom, logSigner, () => Date.now());
 * await checkpoint(); // after a committed write
 */
export function maakCheckpointer(
  opslag: CheckpointOpslag,
  ondertekenaar: NoteSigner,
  klok: () => number,
): Checkpointer {
  /** The round that has not yet read the tree (anyone may join it), and the one being made. */
  let gepland: Promise<OpgeslagenCheckpoint | undefined> | undefined;
  let lopend: Promise<OpgeslagenCheckpoint | undefined> | undefined;
  return () => {
    if (gepland) return gepland;
    const vorige = lopend;
    const ronde = (vorige ?? Promise.resolve(undefined))
      .catch(() => undefined)
      .then(() => new Promise((klaar) => setImmediate(klaar)))
      .then(() => {
        // From here this round reads the tree: a later write needs the next round.
        gepland = undefined;
        const gemaakt = maakCheckpoint(opslag, ondertekenaar, klok());
        lopend = gemaakt;
        gemaakt
          .catch(() => undefined)
          .then(() => {
            if (lopend === gemaakt) lopend = undefined;
          });
        return gemaakt;
      });
    gepland = ronde;
    return ronde;
  };
}

/**
 * @module
 * Delivery rounds in Node (issue 18): one round at a time, another right after when a write
 * arrived meanwhile, and a timer for the earliest retry a round returns (also one planned
 * before a restart: the hourly run and the start run a round). The timer never keeps the
 * process alive.
 */
import type { Bezorgdienst } from '../api/diensten.js';
import { foutVoorLog } from '../api/fout-log.js';
import { type Bezorging, bezorg } from '../use-cases/bezorgen.js';

/** The Node delivery service; `klaar` resolves when no round runs (tests, shutdown). */
export interface NodeBezorger extends Bezorgdienst {
  klaar(): Promise<void>;
  stop(): void;
}

/** Runs {@link bezorg} for `b` at `klok()`, whenever a write nudges it or a retry is due. */
export function maakNodeBezorger(b: Bezorging, klok: () => number): NodeBezorger {
  let bezig: Promise<void> | undefined;
  let nogEens = false;
  let timer: NodeJS.Timeout | undefined;
  let gestopt = false;

  let timerOp = Infinity;
  // A round returns only the retries it planned; an earlier timer stays.
  const plan = (volgendeOp: number) => {
    if (!Number.isFinite(volgendeOp) || gestopt || volgendeOp >= timerOp) return;
    clearTimeout(timer);
    timerOp = volgendeOp;
    timer = setTimeout(
      () => {
        timerOp = Infinity;
        dienst.aanstoten();
      },
      Math.max(0, volgendeOp - klok()),
    );
    timer.unref();
  };
  const ronde = async () => {
    do {
      nogEens = false;
      const { volgendeOp, wachtOp } = await bezorg(b, klok());
      plan(Math.min(volgendeOp ?? Infinity, wachtOp ?? Infinity));
    } while (nogEens && !gestopt);
  };
  const dienst: NodeBezorger = {
    aanstoten() {
      if (gestopt) return;
      if (bezig) {
        nogEens = true;
        return;
      }
      bezig = ronde()
        .catch((fout) => console.error(`Bezorgen van meldingen mislukt: ${foutVoorLog(fout)}`))
        .finally(() => {
          bezig = undefined;
        });
    },
    ronde: () => bezorg(b, klok()),
    klaar: () => bezig ?? Promise.resolve(),
    stop() {
      gestopt = true;
      clearTimeout(timer);
    },
  };
  return dienst;
}

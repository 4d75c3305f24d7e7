/**
 * @module
 * Copies the SQLite write-ahead log back into the database from a worker thread with its
 * own connection, so that the request thread never does it. SQLite would otherwise run that
 * copy (with an fsync) inside whichever commit crosses the WAL threshold, stalling every
 * request queued behind it. A PASSIVE checkpoint never blocks the writer or readers.
 * Measured on the 1,000,000-signal benchmark (issue 6); see README "Prestaties".
 *
 * @example
 * const wal = startWalCheckpointer('data/ketenpoort.sqlite');
 * await wal.stop();
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Pages (4 KiB) after which the request thread checkpoints itself anyway, if the worker lags. */
export const WAL_GRENS_ACHTERGROND = 10_000;

/**
 * Pages in the WAL after which the worker also restarts it. Under steady writes a PASSIVE
 * checkpoint never finds the log fully copied when the next write starts, so the log would
 * only restart when it reached WAL_GRENS_ACHTERGROND, through a checkpoint (with its fsync)
 * inside a request's commit: measured (issue 13), a quarter of the CPU of a registration and
 * its p99. RESTART, right after a PASSIVE one has copied nearly everything (nine tenths), copies
 * the last frames and holds new writes only for that short while; the request thread retries a
 * write that finds the lock taken without blocking (sqlite-bezet.ts).
 */
export const WAL_HERSTART_VANAF = 2_000;

/** CommonJS run in the worker: one connection, a PASSIVE checkpoint every `elkeMs`, a RESTART when the log is long. */
const WERKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.pad);
// A RESTART that waits holds new writes meanwhile: it waits at most this long (a reader on an
// older snapshot, such as the hourly job's casus read, can keep it waiting for seconds), and
// the next round tries again.
db.pragma('busy_timeout = 20');
const stap = () => {
  try {
    let [r] = db.pragma('wal_checkpoint(PASSIVE)');
    // Only when PASSIVE copied nearly everything: a reader on an older snapshot (the hourly
    // job's casus read) keeps it from copying further, and a RESTART would hold writes in vain.
    if (r.log >= workerData.herstartVanaf && r.checkpointed >= r.log * 0.9) {
      [r] = db.pragma('wal_checkpoint(RESTART)');
    }
    parentPort.postMessage({ log: r.log, checkpointed: r.checkpointed });
  } catch (fout) {
    parentPort.postMessage({ fout: fout instanceof Error ? fout.message : String(fout) });
  }
};
const timer = setInterval(stap, workerData.elkeMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** One round of the worker: WAL frames in the log and how many are in the database now. */
export interface WalStap {
  log?: number;
  checkpointed?: number;
  fout?: string;
}

/** Starts the worker on the database file at `pad`; `opStap` hears every round. */
export function startWalCheckpointer(
  pad: string,
  {
    elkeMs = 100,
    herstartVanaf = WAL_HERSTART_VANAF,
    opStap,
  }: { elkeMs?: number; herstartVanaf?: number; opStap?: (stap: WalStap) => void } = {},
) {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const werker = new Worker(WERKER, {
    eval: true,
    workerData: { pad, module, elkeMs, herstartVanaf },
  });
  werker.unref();
  werker.on('message', (stap: WalStap) => {
    // The request thread checkpoints past WAL_GRENS_ACHTERGROND, so a failure here is not fatal.
    if (stap.fout) console.error(`WAL-checkpoint in de achtergrond mislukt: ${stap.fout}`);
    opStap?.(stap);
  });
  werker.on('error', (fout) =>
    console.error(`WAL-checkpointer gestopt: ${fout.name}: ${fout.message}`),
  );
  let gestopt = false;
  const weg = new Promise<void>((klaar) =>
    werker.once('exit', () => {
      gestopt = true;
      klaar();
    }),
  );
  return {
    /** Stops the worker; resolves at once if it already died (the gateway must still stop). */
    stop: () => {
      if (!gestopt) werker.postMessage('stop');
      return weg;
    },
  };
}

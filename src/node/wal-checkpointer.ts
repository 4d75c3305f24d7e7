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
 * Pages in the WAL after which the worker sees to it that the log starts again from the
 * beginning. Under steady writes a PASSIVE checkpoint never finds the log fully copied, so
 * without this the log would only restart at WAL_GRENS_ACHTERGROND, through a checkpoint (with
 * its fsync) inside a request's commit: measured (issue 13), a quarter of the CPU of a
 * registration and its p99. See ZOEK_MS and DWINGEND_FACTOR for how.
 */
export const WAL_HERSTART_VANAF = 2_000;

/**
 * A long log restarts for free when a write begins on a log that is copied completely: SQLite
 * then lets that write start the log anew, without holding anyone. So once the log is long, the
 * worker keeps copying (PASSIVE, which holds nobody) for up to this many milliseconds per round,
 * until one copy lands between two writes of the request thread.
 */
export const ZOEK_MS = 50;

/**
 * At this many times the restart threshold, the worker stops waiting for a free restart and
 * takes one: RESTART holds new writes while it copies the last frames, syncs the file and
 * waits for readers, on the 1,000,000-signal benchmark 10 to 50 ms; the request thread
 * retries a write that finds the lock taken without blocking (sqlite-bezet.ts). Before the free restart (issue 13) the worker
 * did this at WAL_HERSTART_VANAF, several times a second, and it was most of POST's p99.
 */
export const DWINGEND_FACTOR = 3;

/**
 * CommonJS run in the worker: one connection; every `elkeMs` a PASSIVE checkpoint, and when the
 * log is long, the search for a free restart and if need be a RESTART.
 */
const WERKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.pad);
// A RESTART that waits holds new writes meanwhile: it waits at most this long (a reader on an
// older snapshot, such as the hourly job's casus read, can keep it waiting for seconds), and
// the next round tries again.
db.pragma('busy_timeout = 20');
const kopieer = () => db.pragma('wal_checkpoint(PASSIVE)')[0];
const slaap = new Int32Array(new SharedArrayBuffer(4));
// PASSIVE copied nearly everything: a reader on an older snapshot (the hourly job's casus
// read) keeps it from copying further, and copying on or a RESTART would be in vain.
const bijnaOvergezet = (r) => r.checkpointed >= r.log * 0.9;
// The log at the end of the previous round: shorter now without a RESTART, a write restarted it.
let vorigeRonde = 0;
const stap = () => {
  try {
    let r = kopieer();
    let kopieen = 1;
    let herstart = r.log < vorigeRonde ? 'schrijver' : undefined;
    const tot = Date.now() + workerData.zoekMs;
    while (!herstart && r.log >= workerData.herstartVanaf && bijnaOvergezet(r) && Date.now() < tot) {
      // A moment for the request thread to begin the write that restarts a fully copied log.
      Atomics.wait(slaap, 0, 0, 1);
      const vorige = r;
      r = kopieer();
      kopieen += 1;
      if (r.log < vorige.log) herstart = 'schrijver';
      // All copied and nothing written meanwhile (the next write restarts the log; an idle
      // gateway stops here), or nothing more copied (a reader holds it): this round is done.
      else if (r.checkpointed === vorige.checkpointed) break;
      else if (r.log === vorige.log && r.checkpointed === r.log) break;
    }
    if (!herstart && r.log >= workerData.dwingendVanaf && bijnaOvergezet(r)) {
      r = db.pragma('wal_checkpoint(RESTART)')[0];
      if (r.busy === 0) herstart = 'restart';
    }
    // After a RESTART the log it reports is the old one; the next round must not count that.
    vorigeRonde = herstart === 'restart' ? 0 : r.log;
    parentPort.postMessage({ log: r.log, checkpointed: r.checkpointed, herstart, kopieen });
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
  /**
   * How the log started again since the previous round, if it did: by a write (on a log this
   * worker had copied completely), or by this round's RESTART.
   */
  herstart?: 'schrijver' | 'restart';
  /** PASSIVE checkpoints in this round. */
  kopieen?: number;
  fout?: string;
}

/** Starts the worker on the database file at `pad`; `opStap` hears every round. */
export function startWalCheckpointer(
  pad: string,
  {
    elkeMs = 100,
    herstartVanaf = WAL_HERSTART_VANAF,
    dwingendVanaf = DWINGEND_FACTOR * herstartVanaf,
    zoekMs = ZOEK_MS,
    opStap,
  }: {
    elkeMs?: number;
    herstartVanaf?: number;
    dwingendVanaf?: number;
    zoekMs?: number;
    opStap?: (stap: WalStap) => void;
  } = {},
) {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const werker = new Worker(WERKER, {
    eval: true,
    workerData: { pad, module, elkeMs, herstartVanaf, dwingendVanaf, zoekMs },
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

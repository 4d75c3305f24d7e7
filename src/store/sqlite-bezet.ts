/**
 * @module
 * SQLITE_BUSY on the write path (issue 13 item 4). better-sqlite3 is synchronous: while SQLite's
 * busy handler waits for another connection's write lock, the whole Node process waits with it,
 * and before this a batch that met the lock waited out two busy timeouts (its fast path, then its
 * savepoint path) before failing. Now a write transaction starts without waiting
 * (busy_timeout 0); when the lock is taken it sleeps a few milliseconds without blocking the
 * event loop and tries again, until the connection's own busy timeout has passed.
 */
import type Database from 'better-sqlite3';

/** True when `fout` (or its cause) is SQLite's "database is locked". */
export function isBezet(fout: unknown): boolean {
  for (let f = fout; f instanceof Error; f = f.cause) {
    const code = (f as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT') return true;
  }
  return false;
}

/** The busy_timeout statements of one connection, prepared once (a pragma call prepares each time). */
interface Wachttijd {
  lees: Database.Statement;
  zet(ms: number): void;
}

const wachttijden = new WeakMap<Database.Database, Wachttijd>();

function wachttijdVan(sqlite: Database.Database): Wachttijd {
  let w = wachttijden.get(sqlite);
  if (!w) {
    const zetten = new Map<number, Database.Statement>();
    w = {
      lees: sqlite.prepare('PRAGMA busy_timeout').pluck(),
      zet(ms) {
        let st = zetten.get(ms);
        if (!st) {
          st = sqlite.prepare(`PRAGMA busy_timeout = ${Math.trunc(ms)}`);
          zetten.set(ms, st);
        }
        st.get();
      },
    };
    wachttijden.set(sqlite, w);
  }
  return w;
}

/**
 * How long (ms) the n-th retry sleeps: 1 ms for the first sixteen, then 5. The lock is mostly
 * the WAL worker's, while it restarts the log (10 to 50 ms on the 1M benchmark; see
 * wal-checkpointer.ts): a doubling pause (1, 2, 4, ... 32) overshot it by up to half its
 * length, for every write waiting behind it, and was most of POST's p99 (issue 13).
 */
const pauze = (n: number) => (n < 16 ? 1 : 5);

/**
 * Runs `transactie` (which opens its own IMMEDIATE transaction), retrying promptly while the
 * write lock is held elsewhere; `opnieuw` counts the retries. The connection's busy_timeout is
 * the total wait before SQLITE_BUSY reaches the caller.
 */
export async function schrijfMetHerhaling<T>(
  sqlite: Database.Database,
  transactie: () => T,
  opnieuw: () => void,
): Promise<T> {
  const wachttijd = wachttijdVan(sqlite);
  const geduld = Number(wachttijd.lees.get());
  const tot = Date.now() + geduld;
  for (let n = 0; ; n += 1) {
    wachttijd.zet(0);
    try {
      return transactie();
    } catch (fout) {
      if (!isBezet(fout) || Date.now() >= tot) throw fout;
    } finally {
      wachttijd.zet(geduld);
    }
    opnieuw();
    await new Promise((klaar) => setTimeout(klaar, pauze(n)));
  }
}

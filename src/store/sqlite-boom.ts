/**
 * @module
 * The stored tree of the SQLite store with its size and last checkpoint read, and a new
 * checkpoint kept, by prepared statements: a checkpoint after a write request does all three. Same answers
 * as `maakLogboekBoom`, which D1 keeps using as it is.
 */
import type { LogboekBoom } from './boom.js';
import type { Statements } from './sqlite-statements.js';

/**
 * `boom` with `grootte`, `laatsteCheckpoint` and `bewaarCheckpoint` on prepared statements;
 * `schrijf` runs a write, retrying promptly while another connection holds the lock.
 */
export function snelleBoom(
  boom: LogboekBoom,
  st: Statements,
  schrijf: <T>(werk: () => T) => Promise<T>,
): LogboekBoom {
  return {
    ...boom,
    grootte: async () => st.bladeren.get()?.n ?? 0,
    // Retried without blocking the event loop while the WAL worker restarts the log.
    bewaarCheckpoint: async (rij) => {
      await schrijf(() => st.bewaarCheckpoint.run(rij));
    },
    laatsteCheckpoint: async () => {
      const rij = st.laatsteCheckpoint.get();
      return rij && { ...rij, root: new Uint8Array(rij.root) };
    },
  };
}

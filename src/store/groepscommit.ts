/**
 * @module
 * Group commit (issue 13 item 5). A commit costs more than the inserts before it: every index a
 * registration touches is a page written to the WAL, and under load registrations come in
 * faster than one at a time. Writes that reach the store in the same turn of the event loop
 * wait for the next turn and are committed together, in order, in one transaction: each still
 * sees the ones before it and gets its own leaf, exactly as one transaction each would give.
 * A write that fails (a token used before, a decision already taken) fails alone: the group
 * is then run again with a savepoint per write. Nothing is answered before the group commits.
 *
 * @example
 * const schrijf = groepscommit((items, savepoints) => store.inEenTransactie(items, savepoints));
 * const uit = await schrijf(item); // resolves once its group is committed
 */

import { alsFout } from './opslag-fout.js';
import { isBezet } from './sqlite-bezet.js';

/** At most this many writes in one transaction; the rest wait for the next turn. */
export const GROEP_MAX = 64;

/**
 * Runs `items` in order in ONE transaction and returns per item its outcome. Without
 * `savepoints` an item's failure may throw (the whole attempt then rolls back); with them, it
 * must return the item's Error in its place and commit the others.
 */
export type Groepswerk<I, U> = (
  items: readonly I[],
  savepoints: boolean,
) => Promise<Array<U | Error>>;

interface Wachtend<I, U> {
  item: I;
  klaar: (uit: U) => void;
  mislukt: (fout: unknown) => void;
}

/** A writer that collects the items of one event-loop turn and commits them through `werk`. */
export function groepscommit<I, U>(werk: Groepswerk<I, U>): (item: I) => Promise<U> {
  let wachtrij: Array<Wachtend<I, U>> = [];
  const verwerk = async () => {
    const groep = wachtrij.slice(0, GROEP_MAX);
    wachtrij = wachtrij.slice(GROEP_MAX);
    if (wachtrij.length > 0) setImmediate(verwerk);
    try {
      const uitkomsten = await metSavepointsBijFout(
        werk,
        groep.map((w) => w.item),
      );
      groep.forEach((w, i) => {
        const uit = uitkomsten[i];
        if (uit instanceof Error) w.mislukt(uit);
        else if (uit === undefined)
          w.mislukt(new Error('de groep gaf minder uitkomsten dan items'));
        else w.klaar(uit);
      });
    } catch (fout) {
      for (const w of groep) w.mislukt(fout);
    }
  };
  return (item) =>
    new Promise<U>((klaar, mislukt) => {
      wachtrij.push({ item, klaar, mislukt });
      if (wachtrij.length === 1) setImmediate(verwerk);
    });
}

/**
 * `werk` once without savepoints (they cost about 15% of the CPU per item); if an item fails,
 * that attempt rolls back whole and runs again with a savepoint per item, so that only the
 * failing one fails. A write lock held elsewhere (SQLITE_BUSY) is no failed item: it fails the
 * whole attempt. Shared by the group commit and `registreerReeks`.
 */
export async function metSavepointsBijFout<I, U>(
  werk: Groepswerk<I, U>,
  items: readonly I[],
): Promise<Array<U | Error>> {
  try {
    return await werk(items, false);
  } catch (fout) {
    if (isBezet(fout)) throw fout;
    // One item: its failure is the outcome; a run with a savepoint would fail the same way.
    if (items.length === 1) return [alsFout(fout)];
    return werk(items, true);
  }
}

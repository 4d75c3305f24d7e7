/**
 * Quota reservations of one event-loop turn share a transaction in the SQLite store (issue 13):
 * each is still one atomic statement, so at the limit exactly as many pass as one at a time
 * would let pass, a refused one counts nothing, and another partner's counter is its own.
 */
import { describe, expect, it } from 'vitest';
import type { Telling } from '../policy/quota.js';
import { openSqliteStore } from './sqlite.js';

const UUR = 3600_000;

function telling(partner: string, aantal: number): Telling[] {
  return [
    { partner, teller: 'registraties', venster: 'uur', vanaf: 0, tot: UUR, aantal, limiet: 3 },
  ];
}

describe('quotareserveringen in één beurt', () => {
  it('laten er samen evenveel door als één voor één, en tellen een weigering niet', async () => {
    const store = openSqliteStore(':memory:');
    const uit = await Promise.all([
      ...Array.from({ length: 5 }, () => store.reserveer(telling('gemeente', 1))),
      store.reserveer(telling('zorgcoordinator', 2)),
      store.reserveer(telling('zorgcoordinator', 2)),
    ]);
    // Per reservation: the counters it found full (none when it passed).
    expect(uit.map((vol) => vol.length)).toEqual([0, 0, 0, 1, 1, 0, 1]);
    const stand = store.sqlite
      .prepare('SELECT partner, aantal FROM quota_tellers ORDER BY partner')
      .all();
    expect(stand).toEqual([
      { partner: 'gemeente', aantal: 3 },
      { partner: 'zorgcoordinator', aantal: 2 },
    ]);
    await store.close();
  });
});

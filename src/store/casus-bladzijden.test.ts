/**
 * The hourly job's casus read in pages (issue 13, found under 1,000,000 signals): whatever the
 * page size, the rows are the same and in the same order, a group is never split over two
 * pages, and the reader waits between pages (the turn of the event loop the Node store gives
 * to requests). Only pseudonyms that active signals of two partners hold count.
 */
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NIETS, NU, testSignaal } from '../../test/helpers/signaal.js';
import type { OpgeslagenPseudoniem } from '../matching/signaal.js';
import * as schema from './schema.js';
import { openSqliteStore } from './sqlite.js';
import { leesCasusLeden } from './termijn-queries.js';

const p = (n: number): OpgeslagenPseudoniem => ({ soort: 'telefoon', waarde: `waarde-${n}` });

/** Twelve stored pseudonyms; shared by two partners' active signals: 1, 2 and 3 only. */
async function vulStore() {
  const store = openSqliteStore(':memory:');
  const signalen: Array<[string, string, number[]]> = [
    ['d', 'gemeente', [3]],
    ['a', 'gemeente', [1, 2]],
    ['b', 'zorgcoordinator', [1]],
    ['c', 'zorgcoordinator', [2, 3]],
    // The same partner twice: no casus.
    ['e', 'nla', [4]],
    ['f', 'nla', [4]],
    // The other partner's signal is withdrawn, or expired: no casus.
    ['g', 'politie', [5]],
    ['h', 'zorgcoordinator', [5]],
    ['i', 'gemeente', [6]],
    ['j', 'nla', [6]],
  ];
  for (const [id, partner, nummers] of signalen) {
    await store.registreer(
      { signaal: testSignaal(id, partner), pseudoniemen: nummers.map(p) },
      NU,
      () => NIETS,
    );
  }
  store.sqlite.prepare("UPDATE signalen SET ingetrokken_op = ? WHERE id = 'h'").run(NU);
  store.sqlite.prepare("UPDATE signalen SET vervalt_op = ? WHERE id = 'j'").run(NU);
  return drizzle(store.sqlite, { schema });
}

describe('de casusleden in bladzijden', () => {
  it('geeft bij elke bladzijdegrootte dezelfde rijen in dezelfde volgorde, en pauzeert ertussen', async () => {
    const db = await vulStore();
    const lees = async (bladzijde: number) => {
      let pauzes = 0;
      const rijen = await leesCasusLeden(db, NU, bladzijde, async () => {
        pauzes++;
      });
      return { rijen: rijen.map((r) => `${r.signaal.id} ${r.waarde}`), pauzes };
    };
    const geheel = await lees(1000);
    expect(geheel).toEqual({
      // In commit order (d came first), not in the order of the pages.
      rijen: ['d waarde-3', 'a waarde-1', 'a waarde-2', 'b waarde-1', 'c waarde-2', 'c waarde-3'],
      pauzes: 0,
    });
    // Every pseudonym is stored twice: a page ends after its last copy, so a page of one or
    // two holds one pseudonym (6 pages), of three two, and so on; the last page has no pause.
    const pauzes = { 1: 6, 2: 6, 3: 3, 5: 2, 12: 1, 13: 0 };
    for (const [bladzijde, verwacht] of Object.entries(pauzes)) {
      const r = await lees(Number(bladzijde));
      expect(r, `bladzijde ${bladzijde}`).toEqual({ rijen: geheel.rijen, pauzes: verwacht });
    }
  });
});

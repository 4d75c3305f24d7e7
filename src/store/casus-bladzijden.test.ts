/**
 * The hourly job's casus read in pages (issue 13, found under 1,000,000 signals): whatever the
 * page size, the rows and the casussen built from them page by page are the same, each page is
 * in commit order, a group is never split over two pages, and the reader waits between pages
 * (the turn of the event loop the Node store gives to requests). Only pseudonyms that active
 * signals of two partners hold count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NIETS, NU, testSignaal } from '../../test/helpers/signaal.js';
import { type Casus, casusBouwer, casusId, casussen } from '../matching/casus.js';
import type { OpgeslagenPseudoniem } from '../matching/signaal.js';
import { groepeer } from './queries.js';
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
  it('geven bij elke bladzijdegrootte dezelfde rijen en casussen, met pauzes ertussen', async () => {
    const db = await vulStore();
    const lees = async (bladzijde: number) => {
      let pauzes = 0;
      const bladzijden: string[][] = [];
      const bouwer = casusBouwer(new Set());
      await leesCasusLeden(
        db,
        NU,
        bladzijde,
        (rijen) => {
          bladzijden.push(rijen.map((r) => `${r.signaal.id} ${r.waarde}`));
          bouwer.voegToe(groepeer(rijen));
        },
        async () => {
          pauzes++;
        },
      );
      return { bladzijden, pauzes, casussen: bouwer.casussen() };
    };
    const geheel = await lees(1000);
    // One page, in commit order (d came first).
    expect(geheel.bladzijden).toEqual([
      ['d waarde-3', 'a waarde-1', 'a waarde-2', 'b waarde-1', 'c waarde-2', 'c waarde-3'],
    ]);
    expect(geheel.pauzes).toBe(0);
    const perId = (c: Casus[]) =>
      Object.fromEntries(
        c.map((k) => [k.id, { sleutels: k.sleutels, leden: k.leden.map((s) => s.id) }]),
      );
    expect(Object.values(perId(geheel.casussen))).toEqual([
      { sleutels: ['telefoon:waarde-3'], leden: ['d', 'c'] },
      { sleutels: ['telefoon:waarde-1'], leden: ['a', 'b'] },
      { sleutels: ['telefoon:waarde-2'], leden: ['a', 'c'] },
    ]);
    // Every pseudonym is stored twice: a page ends after its last copy, so a page of one or
    // two holds one pseudonym (6 pages), of three two, and so on; the last page has no pause.
    const pauzes = { 1: 6, 2: 6, 3: 3, 5: 2, 12: 1, 13: 0 };
    for (const [bladzijde, verwacht] of Object.entries(pauzes)) {
      const r = await lees(Number(bladzijde));
      expect(r.pauzes, `bladzijde ${bladzijde}`).toBe(verwacht);
      expect(r.bladzijden.flat().sort(), `bladzijde ${bladzijde}`).toEqual(
        geheel.bladzijden.flat().sort(),
      );
      // Each page in commit order; each pseudonym in one page only.
      const volgorde = ['d', 'a', 'b', 'c'];
      for (const b of r.bladzijden) {
        const ids = b.map((x) => volgorde.indexOf(x.split(' ')[0] as string));
        expect(ids).toEqual([...ids].sort((x, y) => x - y));
      }
      const waarden = r.bladzijden.map((b) => new Set(b.map((x) => x.split(' ')[1])));
      for (const w of ['waarde-1', 'waarde-2', 'waarde-3']) {
        expect(waarden.filter((set) => set.has(w))).toHaveLength(1);
      }
      expect(perId(r.casussen), `bladzijde ${bladzijde}`).toEqual(perId(geheel.casussen));
    }
  });

  it('voegt een persoon met twee gedeelde pseudoniemen over twee bladzijden samen tot één casus', () => {
    const a = testSignaal('a', 'gemeente');
    const b = testSignaal('b', 'zorgcoordinator');
    const bsn = { soort: 'bsn' as const, waarde: 'w-bsn' };
    const tel = { soort: 'telefoon' as const, waarde: 'w-tel' };
    const bouwer = casusBouwer(new Set());
    bouwer.voegToe([
      { signaal: a, gedeeld: [tel] },
      { signaal: b, gedeeld: [tel] },
    ]);
    bouwer.voegToe([
      { signaal: a, gedeeld: [bsn] },
      { signaal: b, gedeeld: [bsn] },
    ]);
    const inEens = casussen(
      [
        { signaal: a, gedeeld: [bsn, tel] },
        { signaal: b, gedeeld: [bsn, tel] },
      ],
      new Set(),
    );
    expect(bouwer.casussen()).toEqual(inEens);
    expect(inEens).toHaveLength(1);
    expect(inEens[0]?.sleutels).toEqual(['bsn:w-bsn', 'telefoon:w-tel']);
  });

  it('lezen één momentopname: een registratie tussen twee bladzijden maakt geen casus die nooit bestond', async () => {
    const map = mkdtempSync(join(tmpdir(), 'casus-momentopname-'));
    const store = openSqliteStore(join(map, 'db.sqlite'), { casusBladzijde: 2 });
    try {
      const bsn = { soort: 'bsn' as const, waarde: 'x' };
      const tel = { soort: 'telefoon' as const, waarde: 'y' };
      for (const [id, partner] of [
        ['a', 'gemeente'],
        ['b', 'zorgcoordinator'],
      ] as const) {
        await store.registreer(
          { signaal: testSignaal(id, partner), pseudoniemen: [bsn, tel] },
          NU,
          () => NIETS,
        );
      }
      const lees = async (tussendoor?: () => Promise<unknown>) => {
        const bouwer = casusBouwer(new Set());
        let bezig: Promise<unknown> | undefined;
        let bladzijden = 0;
        await store.doorloopCasusLeden(NU, (leden) => {
          bladzijden++;
          bouwer.voegToe(leden);
          // After the first page, a third partner registers the same person (both pseudonyms).
          if (bladzijden === 1 && tussendoor) bezig = tussendoor();
        });
        await bezig;
        return {
          bladzijden,
          casussen: bouwer.casussen().map((c) => ({ id: c.id, leden: c.leden.map((s) => s.id) })),
        };
      };
      const c = () =>
        store.registreer(
          { signaal: testSignaal('c', 'politie'), pseudoniemen: [bsn, tel] },
          NU,
          () => NIETS,
        );
      const id = casusId('bsn:x');
      // The read sees the moment it began: one casus of a and b, not a second of a, b and c.
      // Pages: bsn:x, telefoon:y, and the empty one after the last boundary.
      expect(await lees(c)).toEqual({ bladzijden: 3, casussen: [{ id, leden: ['a', 'b'] }] });
      // The next read sees c, in the same casus.
      expect((await lees()).casussen).toEqual([{ id, leden: ['a', 'b', 'c'] }]);
    } finally {
      await store.close();
      rmSync(map, { recursive: true, force: true });
    }
  });
});

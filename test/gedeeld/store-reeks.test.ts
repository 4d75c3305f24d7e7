/**
 * `registreerReeks`, the store side of POST /v1/signalen/batch: items are registered in order
 * (a later item is matched against an earlier one), a failing item leaves no row behind and
 * does not stop the others, and every returned entry is committed. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { runtime } from '#runtime';
import { beleidGeladenEntry } from '../../src/logboek/geplande-entry.js';
import type { Planner } from '../../src/matching/plan.js';
import type { Registratiestap } from '../../src/store/store.js';
import { alsBlad, NU, testSignaal } from '../helpers/signaal.js';

function stap(id: string, partner: string, planner: Planner<string>): Registratiestap<string> {
  const pseudoniemen = [{ soort: 'telefoon' as const, waarde: 'p-1' }];
  return { nu: NU, planner, nieuw: { signaal: testSignaal(id, partner), pseudoniemen } };
}

/**
 * A planner that logs one entry, remembers which candidates signal `id` saw, and answers
 * with the number of its run. A store may run a planner again after a rollback: the last
 * run counts, and its answer is the one returned.
 */
function logt(gezien: Map<string, string[]>, id: string, runs = new Map<string, number>()) {
  const planner: Planner<string> = (kandidaten) => {
    gezien.set(
      id,
      kandidaten.map((k) => k.signaal.id),
    );
    runs.set(id, (runs.get(id) ?? 0) + 1);
    const plan = alsBlad([beleidGeladenEntry('test')]);
    return { plan, antwoord: `${id}${runs.get(id)}` };
  };
  return planner;
}

describe(`registreerReeks (${runtime.naam})`, () => {
  it('registreert in volgorde; een mislukt item laat niets achter en houdt de rest niet tegen', async () => {
    const store = await runtime.maakStore();
    const gezien = new Map<string, string[]>();
    const runs = new Map<string, number>();
    const uit = await store.registreerReeks([
      stap('a', 'vtgv', logt(gezien, 'a', runs)),
      stap('b', 'tmm', () => {
        throw new Error('planner faalt');
      }),
      stap('c', 'vtu', logt(gezien, 'c', runs)),
    ]);
    expect(uit[0]).not.toBeInstanceOf(Error);
    expect(uit[1]).toBeInstanceOf(Error);
    expect(uit[2]).not.toBeInstanceOf(Error);
    // c is matched against a (committed before it), never against the failed b.
    expect(Object.fromEntries(gezien)).toEqual({ a: [], c: ['a'] });
    const ids = await store.sql('SELECT id FROM signalen ORDER BY id');
    expect(ids).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(
      await store.sql(`SELECT count(*) AS n FROM pseudoniemen p LEFT JOIN signalen s ON s.volgorde = p.signaal
         WHERE s.id IS NULL OR s.id NOT IN ('a', 'c')`),
    ).toEqual([{ n: 0 }]);
    const log = await store.logboek(1, 10);
    expect(log.map((e) => e.volgnummer)).toEqual([1, 2]);
    const nummers = uit.flatMap((u) =>
      u instanceof Error ? [] : u.entries.map((e) => e.volgnummer),
    );
    expect(nummers).toEqual([1, 2]);
    // The answer returned is that of the run whose plan was committed: the last one.
    const antwoorden = uit.map((u) => (u instanceof Error ? null : u.antwoord));
    expect(antwoorden).toEqual([`a${runs.get('a')}`, null, `c${runs.get('c')}`]);
  });
});

describe(`registreerReeks zonder fouten (${runtime.naam})`, () => {
  it('legt elk item precies één keer vast, in volgorde, en elk later item ziet de eerdere', async () => {
    const store = await runtime.maakStore();
    const gezien = new Map<string, string[]>();
    const ids = ['a', 'b', 'c', 'd'];
    const uit = await store.registreerReeks(ids.map((id) => stap(id, 'vtgv', logt(gezien, id))));
    expect(uit.some((u) => u instanceof Error)).toBe(false);
    expect(await store.sql('SELECT id FROM signalen ORDER BY volgorde')).toEqual(
      ids.map((id) => ({ id })),
    );
    // Same partner: each item is handed the earlier ones (issue 17: own earlier signals count
    // toward a stapel; the matching planner drops them), never itself or a later one; the log
    // has one entry per item, in order.
    expect(Object.fromEntries(gezien)).toEqual({
      a: [],
      b: ['a'],
      c: ['a', 'b'],
      d: ['a', 'b', 'c'],
    });
    expect((await store.logboek(1, 10)).map((e) => e.volgnummer)).toEqual([1, 2, 3, 4]);
  });
});

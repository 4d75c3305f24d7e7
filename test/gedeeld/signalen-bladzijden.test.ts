/**
 * "Mijn signalen" page by page (issue 20) on the store of each runtime: the werkplek's keyset
 * pages over the commit order show every signal of the partner exactly once, newest first,
 * forwards and back, and never another partner's signal.
 */
import { describe, expect, it } from 'vitest';
import { runtime } from '#runtime';
import { beleidGeladenEntry } from '../../src/logboek/geplande-entry.js';
import type { Bladzijde, Registratiestap } from '../../src/store/store.js';
import { signalenBladzijde } from '../../src/werkplek/signalen-bladzijde.js';
import { alsBlad, NU, testSignaal } from '../helpers/signaal.js';

function stap(id: string, partner: string): Registratiestap<undefined> {
  const pseudoniemen = [{ soort: 'telefoon' as const, waarde: `p-${id}` }];
  return {
    nu: NU,
    planner: () => ({ plan: alsBlad([beleidGeladenEntry('test')]), antwoord: undefined }),
    nieuw: { signaal: testSignaal(id, partner), pseudoniemen },
  };
}

describe(`bladzijden van mijn signalen (${runtime.naam})`, () => {
  it('bladert vooruit en terug door alle eigen signalen, nieuwste eerst', async () => {
    const store = await runtime.maakStore();
    // Seven of vtgv, with signals of tmm in between that vtgv never sees.
    const ids = ['a', 'b', 'x1', 'c', 'd', 'e', 'x2', 'f', 'g'];
    await store.registreerReeks(ids.map((id) => stap(id, id.startsWith('x') ? 'tmm' : 'vtgv')));
    const blad = async (cursor: Bladzijde) => {
      const b = await signalenBladzijde(store, 'vtgv', 3, cursor);
      return { ...b, ids: b.signalen.map((s) => s.id) };
    };
    const eerste = await blad({});
    expect(eerste.ids).toEqual(['g', 'f', 'e']);
    expect(eerste.nieuwer).toBeUndefined();
    const tweede = await blad({ voor: eerste.ouder as number });
    expect(tweede.ids).toEqual(['d', 'c', 'b']);
    const derde = await blad({ voor: tweede.ouder as number });
    expect(derde.ids).toEqual(['a']);
    expect(derde.ouder).toBeUndefined();
    // Back: the page before the last, and the page before that, the first again.
    const terug = await blad({ na: derde.nieuwer as number });
    expect(terug.ids).toEqual(['d', 'c', 'b']);
    expect(terug.ouder).toBe(tweede.ouder);
    const begin = await blad({ na: terug.nieuwer as number });
    expect(begin.ids).toEqual(['g', 'f', 'e']);
    expect(begin.nieuwer).toBeUndefined();
    expect((await blad({ voor: 1 })).ids).toEqual([]);
  });
});

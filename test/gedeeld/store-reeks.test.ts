/**
 * `koppelReeks`, the store side of POST /v1/signalen/batch: items are registered in order
 * (a later item is matched against an earlier one), a failing item leaves no row behind and
 * does not stop the others, and every returned entry is committed. Runs on both runtimes.
 */
import { describe, expect, it } from 'vitest';
import { runtime } from '#runtime';
import type { KoppelItem, Plan, SignaalRij } from '../../src/store/store.js';

const NU = Date.parse('2026-03-02T09:00:00.000Z');

function item(id: string, partner: string, plan: KoppelItem['plan']): KoppelItem {
  const signaal: SignaalRij = {
    id,
    partner,
    gebruiker: 'medewerker-1',
    rol: 'slachtoffer',
    uitbuitingsvormen: ['arbeidsuitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'signalering',
    nietInformeren: false,
    referentie: null,
    geregistreerdOp: NU,
    vervaltOp: NU + 1_000_000,
    ingetrokkenOp: null,
  };
  return { nu: NU, plan, nieuw: { signaal, pseudoniemen: [{ soort: 'telefoon', waarde: 'p-1' }] } };
}

/**
 * A plan that logs one registration and remembers which candidates item `id` saw. A store
 * may run a planner again after a rollback, so the last run counts.
 */
function logt(gezien: Map<string, string[]>, id: string): KoppelItem['plan'] {
  return (kandidaten) => {
    gezien.set(
      id,
      kandidaten.map((k) => k.signaal.id),
    );
    const plan: Plan = {
      entries: [
        {
          concept: {
            actie: 'registratie',
            partner: 'vtgv',
            gebruiker: 'medewerker-1',
            bron: 'vtgv',
            ontvanger: null,
            signaal: null,
            gegevens: [],
            doel: 'signalering',
            grondslagen: [],
            regels: [],
            beleid: 'test',
            verzoek: null,
            betrokkene: [],
          },
          opening: null,
          openingVervaltOp: 0,
        },
      ],
      meldingen: [],
    };
    return plan;
  };
}

describe(`koppelReeks (${runtime.naam})`, () => {
  it('registreert in volgorde; een mislukt item laat niets achter en houdt de rest niet tegen', async () => {
    const store = await runtime.maakStore();
    const gezien = new Map<string, string[]>();
    const uit = await store.koppelReeks([
      item('a', 'vtgv', logt(gezien, 'a')),
      item('b', 'tmm', () => {
        throw new Error('planner faalt');
      }),
      item('c', 'vtu', logt(gezien, 'c')),
    ]);
    expect(uit[0]).not.toBeInstanceOf(Error);
    expect(uit[1]).toBeInstanceOf(Error);
    expect(uit[2]).not.toBeInstanceOf(Error);
    // c is matched against a (committed before it), never against the failed b.
    expect(Object.fromEntries(gezien)).toEqual({ a: [], c: ['a'] });
    const ids = await store.sql('SELECT id FROM signalen ORDER BY id');
    expect(ids).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(
      await store.sql("SELECT count(*) AS n FROM pseudoniemen WHERE signaal_id = 'b'"),
    ).toEqual([{ n: 0 }]);
    const log = await store.logboek(1, 10);
    expect(log.map((e) => e.volgnummer)).toEqual([1, 2]);
    const nummers = uit.flatMap((u) =>
      u instanceof Error ? [] : u.entries.map((e) => e.volgnummer),
    );
    expect(nummers).toEqual([1, 2]);
  });
});

describe(`koppelReeks zonder fouten (${runtime.naam})`, () => {
  it('legt elk item precies één keer vast, in volgorde, en elk later item ziet de eerdere', async () => {
    const store = await runtime.maakStore();
    const gezien = new Map<string, string[]>();
    const ids = ['a', 'b', 'c', 'd'];
    const uit = await store.koppelReeks(ids.map((id) => item(id, 'vtgv', logt(gezien, id))));
    expect(uit.some((u) => u instanceof Error)).toBe(false);
    expect(await store.sql('SELECT id FROM signalen ORDER BY volgorde')).toEqual(
      ids.map((id) => ({ id })),
    );
    // Same partner: no candidates of its own; the log has one entry per item, in order.
    expect(Object.fromEntries(gezien)).toEqual({ a: [], b: [], c: [], d: [] });
    expect((await store.logboek(1, 10)).map((e) => e.volgnummer)).toEqual([1, 2, 3, 4]);
  });
});

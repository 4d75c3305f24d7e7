/**
 * Quota reservations of one event-loop turn share a transaction in the SQLite store (issue 13):
 * each is still one atomic statement, so at the limit exactly as many pass as one at a time
 * would let pass, a refused one counts nothing, and another partner's counter is its own.
 */
import { describe, expect, it } from 'vitest';
import { alsBlad, NU, testSignaal } from '../../test/helpers/signaal.js';
import { beleidGeladenEntry } from '../logboek/geplande-entry.js';
import type { Telling } from '../policy/quota.js';
import { openSqliteStore } from './sqlite.js';
import { QuotumVol } from './store.js';

const UUR = 3600_000;

function telling(partner: string, aantal: number): Telling[] {
  return [
    { partner, teller: 'registraties', venster: 'uur', vanaf: 0, tot: UUR, aantal, limiet: 3 },
  ];
}

/** Every counter's partner and count, by partner. */
function tellers(store: ReturnType<typeof openSqliteStore>) {
  return store.sqlite.prepare('SELECT partner, aantal FROM quota_tellers ORDER BY partner').all();
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
    expect(tellers(store)).toEqual([
      { partner: 'gemeente', aantal: 3 },
      { partner: 'zorgcoordinator', aantal: 2 },
    ]);
    await store.close();
  });
});

describe('registraties met hun telling in één groep', () => {
  it('een registratie boven het quotum wordt geweigerd zonder dat de groep opnieuw draait', async () => {
    const store = openSqliteStore(':memory:');
    let planners = 0;
    const registreer = (id: string, partner: string) =>
      store.registreer(
        {
          signaal: testSignaal(id, partner),
          pseudoniemen: [{ soort: 'telefoon', waarde: `p-${id}` }],
        },
        NU,
        () => {
          planners += 1;
          return { plan: alsBlad([beleidGeladenEntry('test')]), antwoord: id };
        },
        undefined,
        telling(partner, 1).map((t) => ({ ...t, limiet: partner === 'gemeente' ? 2 : 10 })),
      );
    // One turn: four of the gemeente (two fit its quota of 2), two of the zorgcoordinator.
    const uit = await Promise.all(
      [
        registreer('g1', 'gemeente'),
        registreer('z1', 'zorgcoordinator'),
        registreer('g2', 'gemeente'),
        registreer('g3', 'gemeente'),
        registreer('z2', 'zorgcoordinator'),
        registreer('g4', 'gemeente'),
      ].map((p) =>
        p.then(
          (v) => v.antwoord,
          (f: unknown) => f,
        ),
      ),
    );
    expect(uit.map((u) => (u instanceof QuotumVol ? 'vol' : u))).toEqual([
      'g1',
      'z1',
      'g2',
      'vol',
      'z2',
      'vol',
    ]);
    // Each planner ran once: a refusal above the quota rolled nothing back.
    expect(planners).toBe(4);
    expect(tellers(store)).toEqual([
      { partner: 'gemeente', aantal: 2 },
      { partner: 'zorgcoordinator', aantal: 2 },
    ]);
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM signalen').get()).toEqual({ n: 4 });
    await store.close();
  });
});

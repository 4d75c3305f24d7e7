/**
 * A batch that meets another connection's write lock (SQLITE_BUSY on the fast path) tries
 * again promptly and succeeds once the lock is released, instead of blocking the process for
 * the busy timeout twice and failing (issue 13 item 4).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alsBlad, NU, testSignaal } from '../../test/helpers/signaal.js';
import { beleidGeladenEntry } from '../logboek/geplande-entry.js';
import { openSqliteStore } from './sqlite.js';
import type { Registratiestap } from './store.js';

const mappen: string[] = [];
afterEach(() => {
  for (const m of mappen.splice(0)) rmSync(m, { recursive: true, force: true });
});

function stap(id: string): Registratiestap<string> {
  return {
    nu: NU,
    nieuw: {
      signaal: testSignaal(id, 'vtgv'),
      pseudoniemen: [{ soort: 'telefoon', waarde: `p-${id}` }],
    },
    planner: () => ({ plan: alsBlad([beleidGeladenEntry('test')]), antwoord: id }),
  };
}

/** A store on a fresh database file, and a second connection to the same file. */
function tweeVerbindingen() {
  const map = mkdtempSync(join(tmpdir(), 'ketenpoort-bezet-'));
  mappen.push(map);
  const pad = join(map, 'ketenpoort.db');
  return { store: openSqliteStore(pad), ander: new Database(pad) };
}

describe('SQLITE_BUSY op het snelle pad', () => {
  it('een batch wacht kort op een schrijfslot van een andere verbinding en slaagt daarna', async () => {
    const { store, ander } = tweeVerbindingen();
    // The other connection holds the write lock; it lets go after a few turns of the event
    // loop, which only come when the store does not block the process while it waits.
    ander.exec('BEGIN IMMEDIATE');
    let vrij = false;
    setTimeout(() => {
      ander.exec('COMMIT');
      vrij = true;
    }, 20);
    const uit = await store.registreerReeks([stap('a'), stap('b')]);
    expect(vrij).toBe(true);
    expect(uit.map((u) => (u instanceof Error ? u.message : u.antwoord))).toEqual(['a', 'b']);
    expect(store.bezetHerhalingen).toBeGreaterThan(0);
    // The fast path committed: both in one transaction, one leaf each, in order.
    const log = await store.logboek(1, 10);
    expect(log.map((e) => e.volgnummer)).toEqual([1, 2]);
    ander.close();
    await store.close();
  });

  it('een registratie ook, en een slot dat blijft geeft na de wachttijd SQLITE_BUSY (niets vastgelegd)', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-bezet-'));
    mappen.push(map);
    const pad = join(map, 'ketenpoort.db');
    const store = openSqliteStore(pad);
    store.sqlite.pragma('busy_timeout = 100');
    const ander = new Database(pad);
    ander.exec('BEGIN IMMEDIATE');
    setTimeout(() => ander.exec('COMMIT'), 20);
    const een = stap('c');
    await expect(store.registreer(een.nieuw, een.nu, een.planner)).resolves.toMatchObject({
      antwoord: 'c',
    });
    ander.exec('BEGIN IMMEDIATE');
    const twee = stap('d');
    await expect(store.registreer(twee.nieuw, twee.nu, twee.planner)).rejects.toThrow(
      /locked|busy/i,
    );
    ander.exec('ROLLBACK');
    expect(await store.signaal('d')).toBeUndefined();
    ander.close();
    await store.close();
  });
});

describe('SQLITE_BUSY: hoe snel het opnieuw probeert', () => {
  it('een schrijfactie is binnen 5 ms nadat het slot vrijkomt vastgelegd, ook na 40 ms wachten', async () => {
    const { store, ander } = tweeVerbindingen();
    // Only setTimeout is faked: the store's pauses run on it, the deadline on the real clock.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      ander.exec('BEGIN IMMEDIATE');
      let klaar = false;
      const uit = store.registreerReeks([stap('e')]).then((u) => {
        klaar = true;
        return u;
      });
      await vi.advanceTimersByTimeAsync(40);
      expect(klaar).toBe(false);
      ander.exec('COMMIT');
      // A doubling pause (1, 2, 4, ... 32 ms) would try next at 63 ms, not before 45.
      await vi.advanceTimersByTimeAsync(5);
      expect(klaar).toBe(true);
      expect((await uit).map((u) => (u instanceof Error ? u.message : u.antwoord))).toEqual(['e']);
      expect(store.bezetHerhalingen).toBeGreaterThan(16);
    } finally {
      vi.useRealTimers();
      ander.close();
      await store.close();
    }
  });
});

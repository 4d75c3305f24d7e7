/**
 * The prepared statements of the SQLite store: candidates are found for any number of own
 * pseudonyms (each count has its own statement), with and without the commit-order bound,
 * and the columns with a mode (JSON lists, booleans) survive the placeholders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NIETS, NU, testSignaal } from '../../test/helpers/signaal.js';
import { beleidGeladenEntry } from '../logboek/geplande-entry.js';
import { alleenEntries } from '../matching/plan.js';
import type { Kandidaat, OpgeslagenPseudoniem } from '../matching/signaal.js';
import { maakLogboekBoom } from './boom.js';
import * as schema from './schema.js';
import { openSqliteStore } from './sqlite.js';

const ZOUTEN = { ketenpoort: new Uint8Array(32) };

const p = (n: number): OpgeslagenPseudoniem => ({ soort: 'telefoon', waarde: `waarde-${n}` });

/** Registers a signal and returns the candidates the store handed to the planner. */
async function registreer(
  store: ReturnType<typeof openSqliteStore>,
  id: string,
  partner: string,
  pseudoniemen: OpgeslagenPseudoniem[],
) {
  let gezien: Kandidaat[] = [];
  const signaal = testSignaal(id, partner, {
    uitbuitingsvormen: ['arbeidsuitbuiting', 'seksuele_uitbuiting'],
    nietInformeren: true,
  });
  await store.registreer({ signaal, pseudoniemen }, NU, (k) => {
    gezien = k;
    return NIETS;
  });
  return gezien;
}

describe('voorbereide opdrachten van de SQLite-store', () => {
  it('vinden kandidaten bij 1, 3 en 20 eigen pseudoniemen', async () => {
    const store = openSqliteStore(':memory:');
    await registreer(store, 'a', 'vtgv', [p(1)]);
    await registreer(store, 'b', 'tmm', [p(2), p(3), p(4)]);
    const c = await registreer(
      store,
      'c',
      'vtu',
      Array.from({ length: 20 }, (_, i) => p(i + 1)),
    );
    expect(c.map((k) => k.signaal.id)).toEqual(['a', 'b']);
    expect(c[1]?.gedeeld.map((g) => g.waarde).sort()).toEqual(['waarde-2', 'waarde-3', 'waarde-4']);
    // The owner's earlier signal is a candidate too (it counts toward a stapel; the match drops
    // it); another count of pseudonyms: its own statement.
    const d = await registreer(store, 'd', 'vtu', [p(1), p(2)]);
    expect(d.map((k) => k.signaal.id)).toEqual(['a', 'b', 'c']);
    await store.close();
  });

  it('houden de volgorde aan bij registreren en niet bij opnieuw berekenen', async () => {
    const store = openSqliteStore(':memory:');
    await registreer(store, 'a', 'vtgv', [p(1)]);
    await registreer(store, 'b', 'tmm', [p(1)]);
    let opnieuw: Kandidaat[] = [];
    await store.herbereken('a', NU, (k) => {
      opnieuw = k;
      return NIETS;
    });
    // A registration sees only what committed before it; a recomputation sees all, the
    // signal itself included (the casus dedupes it, the match drops the owner's signals).
    expect(opnieuw.map((k) => k.signaal.id)).toEqual(['a', 'b']);
    await store.close();
  });

  it('bewaren JSON-lijsten en booleans door de plaatshouders heen', async () => {
    const store = openSqliteStore(':memory:');
    await registreer(store, 'a', 'vtgv', [p(1)]);
    const s = await store.signaal('a');
    expect(s?.uitbuitingsvormen).toEqual(['arbeidsuitbuiting', 'seksuele_uitbuiting']);
    expect(s?.nietInformeren).toBe(true);
    expect(s?.referentie).toBeNull();
    expect(await store.signaal('bestaat-niet')).toBeUndefined();
    await store.close();
  });

  it('laten een token maar één keer toe', async () => {
    const store = openSqliteStore(':memory:');
    expect(await store.gebruikTokenEenmaal('vtgv\u0000jti-1', NU + 1000, NU)).toBe(true);
    expect(await store.gebruikTokenEenmaal('vtgv\u0000jti-1', NU + 1000, NU)).toBe(false);
    // Expired ids are cleared, so the table does not grow without bound.
    expect(await store.gebruikTokenEenmaal('vtgv\u0000jti-2', NU + 5000, NU + 2000)).toBe(true);
    const n = store.sqlite.prepare('SELECT count(*) AS n FROM replay').get() as { n: number };
    expect(n.n).toBe(1);
    await store.close();
  });
});

describe('de boom van de SQLite-store op voorbereide opdrachten', () => {
  it('geeft dezelfde grootte, knopen en checkpoint als de gedeelde boom', async () => {
    const store = openSqliteStore(':memory:');
    for (let i = 0; i < 5; i++) {
      await store.legVast(NU, alleenEntries([beleidGeladenEntry(`hash-${i}`)], ZOUTEN));
    }
    await store.boom.bewaarCheckpoint({
      grootte: 5,
      root: new Uint8Array(32).fill(7),
      note: 'n',
      gemaaktOp: NU,
    });
    const gedeeld = maakLogboekBoom(drizzle(store.sqlite, { schema }));
    expect(await store.boom.grootte()).toBe(5);
    expect(await store.boom.grootte()).toBe(await gedeeld.grootte());
    const adressen = [
      { level: 2, index: 0 },
      { level: 0, index: 4 },
      { level: 1, index: 1 },
      { level: 3, index: 0 },
    ];
    const sorteer = (l: Array<{ level: number; index: number }>) =>
      [...l].sort((a, b) => a.level - b.level || a.index - b.index);
    const snel = sorteer(await store.boom.knopen(adressen));
    expect(snel).toHaveLength(3); // level 3 does not exist yet
    expect(snel).toEqual(sorteer(await gedeeld.knopen(adressen)));
    expect(await store.boom.laatsteCheckpoint()).toEqual(await gedeeld.laatsteCheckpoint());
    await store.close();
  });
});

describe('openSqliteStore', () => {
  it('opent een bestand met WAL, en houdt savepoints en tijdelijke tabellen in het geheugen', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-store-'));
    const store = openSqliteStore(join(map, 'k.sqlite'));
    try {
      expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.sqlite.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    } finally {
      await store.close();
      rmSync(map, { recursive: true, force: true });
    }
  });
});

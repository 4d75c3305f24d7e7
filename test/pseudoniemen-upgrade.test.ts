/**
 * Migration 0020 keys the stored pseudonyms by their signal's `volgorde` instead of its id, in a
 * WITHOUT ROWID table (issue 13: a registration appends instead of writing random pages). A
 * database from before keeps every pseudonym with its own signal, and signals from before
 * migration 0001 (all volgorde 0) get distinct numbers that stay earlier than all others.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/store/sqlite.js';
import { migreerTot } from './helpers/oud-schema.js';

const mappen: string[] = [];

afterEach(() => {
  for (const m of mappen.splice(0)) rmSync(m, { recursive: true, force: true });
});

/** A database migrated up to and with `laatste` (a journal tag), in a folder of its own. */
function databaseTot(laatste: string): string {
  const map = mkdtempSync(join(tmpdir(), 'kp-upgrade-'));
  mappen.push(map);
  const pad = join(map, 'oud.sqlite');
  const sqlite = new Database(pad);
  migreerTot(sqlite, map, laatste);
  sqlite.close();
  return pad;
}

function voegOudSignaalToe(db: Database.Database, id: string, volgorde: number, waarden: string[]) {
  db.prepare(
    `INSERT INTO signalen (id, partner, gebruiker, rol, uitbuitingsvormen, sterkte, gemeente, doel,
       geregistreerd_op, vervalt_op, volgorde)
     VALUES (?, 'vtgv', 'medewerker-1', 'slachtoffer', '["arbeidsuitbuiting"]', 'zacht',
       'hilversum', 'signalering', 1, 4102444800000, ?)`,
  ).run(id, volgorde);
  for (const w of waarden) {
    db.prepare('INSERT INTO pseudoniemen (signaal_id, soort, waarde) VALUES (?, ?, ?)').run(
      id,
      'telefoon',
      w,
    );
  }
}

describe('migratie 0020: pseudoniemen op de volgorde van hun signaal', () => {
  it('houdt elk pseudoniem bij zijn eigen signaal en maakt de volgorde uniek', async () => {
    const pad = databaseTot('0019_casusinzagen');
    const oud = new Database(pad);
    voegOudSignaalToe(oud, 'van-voor-0001-a', 0, ['pa-1', 'pa-2']);
    voegOudSignaalToe(oud, 'van-voor-0001-b', 0, ['pb-1']);
    voegOudSignaalToe(oud, 'later', 7, ['pl-1', 'pa-1']);
    oud.close();

    const store = openSqliteStore(pad);
    try {
      expect(new Set(await store.pseudoniemen('van-voor-0001-a'))).toEqual(
        new Set([
          { soort: 'telefoon', waarde: 'pa-1' },
          { soort: 'telefoon', waarde: 'pa-2' },
        ]),
      );
      expect(await store.pseudoniemen('van-voor-0001-b')).toEqual([
        { soort: 'telefoon', waarde: 'pb-1' },
      ]);
      expect(new Set(await store.pseudoniemen('later'))).toEqual(
        new Set([
          { soort: 'telefoon', waarde: 'pa-1' },
          { soort: 'telefoon', waarde: 'pl-1' },
        ]),
      );
      const volgorde = (id: string) =>
        store.sqlite.prepare('SELECT volgorde FROM signalen WHERE id = ?').pluck().get(id);
      const [a, b, later] = ['van-voor-0001-a', 'van-voor-0001-b', 'later'].map(volgorde);
      expect(a).toBeLessThan(0);
      expect(b).toBeLessThan(0);
      expect(a).not.toBe(b);
      expect(later).toBe(7);
      const tabel = store.sqlite
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'pseudoniemen'")
        .pluck()
        .get() as string;
      expect(tabel).toContain('WITHOUT ROWID');
      // A second signal with a taken volgorde is refused; deleting a signal takes its pseudonyms.
      expect(() =>
        store.sqlite.prepare("UPDATE signalen SET volgorde = 7 WHERE id = 'van-voor-0001-b'").run(),
      ).toThrow(/UNIQUE/);
      store.sqlite.prepare("DELETE FROM signalen WHERE id = 'van-voor-0001-a'").run();
      expect(store.sqlite.prepare('SELECT count(*) FROM pseudoniemen').pluck().get()).toBe(3);
    } finally {
      store.close();
    }
  });
});

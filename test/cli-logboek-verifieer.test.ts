/**
 * `ketenpoort logboek verifieer --database`: the FG's audit leaves the database exactly as it
 * found it. No byte of the file changes, no `-wal` or `-shm` appears beside it, and a database
 * of an older schema is refused with a clear message instead of being migrated.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { maakCheckpoint } from '../src/logboek/checkpointer.js';
import type { EntryConcept } from '../src/logboek/entry.js';
import { nieuweSleutel } from '../src/logboek/sleutels.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite.js';
import { migreerTot } from './helpers/oud-schema.js';
import { alsBlad } from './helpers/signaal.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-verifieer-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

const concept = (i: number): EntryConcept => ({
  actie: 'registratie',
  partner: 'vtgv',
  gebruiker: 'medewerker-1',
  bron: 'vtgv',
  ontvanger: null,
  signaal: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  gegevens: [],
  doel: 'zorgcoordinatie',
  grondslagen: [],
  regels: [],
  beleid: 'a'.repeat(64),
  verzoek: null,
  betrokkene: [],
});

/** A store in its own folder with `n` leaves and a checkpoint after each; still open. */
async function logboekIn(naam: string, n: number) {
  const pad = join(mkdtempSync(join(map, `${naam}-`)), 'ketenpoort.sqlite');
  const store = openSqliteStore(pad);
  const sleutel = await nieuweSleutel('test.ketenpoort.example/logboek');
  await schrijf(store, sleutel.ondertekenaar, 0, n);
  return { pad, store, sleutel };
}

async function schrijf(
  store: SqliteStore,
  ondertekenaar: Parameters<typeof maakCheckpoint>[1],
  van: number,
  tot: number,
) {
  for (let i = van; i < tot; i++) {
    const nu = Date.parse('2026-03-02T09:00:00.000Z') + i;
    // Leaf i holds i % 3 entries: also requests that logged nothing.
    const entries = Array.from({ length: i % 3 }, (_, j) => ({
      concept: concept(i * 10 + j),
      opening: null,
      openingVervaltOp: 0,
    }));
    await store.legVast(nu, alsBlad(entries));
    await maakCheckpoint(store.boom, ondertekenaar, nu);
  }
}

function verifieer(pad: string, vkey: string) {
  const r = spawnSync(
    process.execPath,
    ['bin/ketenpoort.js', 'logboek', 'verifieer', '--database', pad, '--sleutel', vkey],
    { encoding: 'utf8', env: { ...process.env, KETENPOORT_DATA: join(map, 'geen-data') } },
  );
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

/** Every file in the database's folder with the hash of its bytes. */
function stand(pad: string) {
  const folder = join(pad, '..');
  return Object.fromEntries(
    readdirSync(folder).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(folder, f)))
        .digest('hex'),
    ]),
  );
}

describe('ketenpoort logboek verifieer --database', () => {
  it('verandert geen byte van een gestopte database en maakt geen -wal of -shm', async () => {
    const { pad, store, sleutel } = await logboekIn('gestopt', 5);
    await store.close();
    const voor = stand(pad);
    expect(Object.keys(voor)).toEqual(['ketenpoort.sqlite']);
    const r = verifieer(pad, sleutel.vkey);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain('5 bladen met 4 regels, 5 checkpoints');
    expect(r.uit).toContain('Alles klopt');
    expect(stand(pad)).toEqual(voor);
  });

  it('leest naast een draaiende gateway ook de regels in de -wal, zonder database of log te wijzigen', async () => {
    const { pad, store, sleutel } = await logboekIn('draait', 3);
    try {
      const voor = stand(pad);
      expect(Object.keys(voor)).toContain('ketenpoort.sqlite-wal');
      const r = verifieer(pad, sleutel.vkey);
      expect(r.code, r.fout).toBe(0);
      expect(r.uit).toContain('3 bladen met 3 regels, 3 checkpoints');
      const na = stand(pad);
      // The -shm is SQLite's shared index of the log, where every reader sets its read mark.
      expect(na['ketenpoort.sqlite']).toBe(voor['ketenpoort.sqlite']);
      expect(na['ketenpoort.sqlite-wal']).toBe(voor['ketenpoort.sqlite-wal']);
    } finally {
      await store.close();
    }
  });

  it('migreert een database met een ouder schema niet, en zegt waarom hij stopt', async () => {
    // Only the first migration, as a database of the first release would have it.
    const pad = join(mkdtempSync(join(map, 'oud-')), 'ketenpoort.sqlite');
    const oud = new Database(pad);
    oud.pragma('journal_mode = WAL');
    migreerTot(oud, map, '0000_begin');
    oud.close();
    const voor = stand(pad);

    const r = verifieer(pad, (await nieuweSleutel('test.ketenpoort.example/logboek')).vkey);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('ouder schema (1 migratie(s) toegepast; deze versie heeft er');
    expect(r.fout).toContain("'logboek verifieer' migreert niet");
    expect(stand(pad)).toEqual(voor);
    const lezer = new Database(readFileSync(pad).fill(1, 18, 20));
    const tabellen = lezer.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(lezer.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: 1 });
    expect(tabellen).not.toContainEqual({ name: 'checkpoints' });
    lezer.close();
  });

  it('noemt een ontbrekend bestand en een bestand dat geen database is', async () => {
    const { vkey } = await nieuweSleutel('test.ketenpoort.example/logboek');
    const r = verifieer(join(map, 'bestaat-niet.sqlite'), vkey);
    expect(r.code).toBe(1);
    expect(r.fout).toContain('bestaat-niet.sqlite bestaat niet');
    const tekst = join(map, 'tekst.sqlite');
    writeFileSync(tekst, 'geen database');
    const t = verifieer(tekst, vkey);
    expect(t.code).toBe(1);
    expect(t.fout).toContain('is geen SQLite-database');
    expect(readFileSync(tekst, 'utf8')).toBe('geen database');
  });
});

/**
 * The WAL is copied into the database by the worker thread, not by a commit: with the
 * request connection's own checkpoints switched off, every frame still gets checkpointed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { beleidGeladenEntry } from '../logboek/geplande-entry.js';
import { alleenEntries } from '../matching/plan.js';
import { openSqliteStore } from '../store/sqlite.js';
import { startWalCheckpointer, type WalStap } from './wal-checkpointer.js';

const ZOUTEN = { ketenpoort: new Uint8Array(32) };

describe('startWalCheckpointer', () => {
  it('zet de WAL van een schrijvende verbinding over naar de database', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-wal-'));
    const pad = join(map, 'k.sqlite');
    const store = openSqliteStore(pad, { walAutocheckpoint: 0 });
    expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const stappen: WalStap[] = [];
    let klaar = () => {};
    const gezien = new Promise<void>((r) => {
      klaar = r;
    });
    const wal = startWalCheckpointer(pad, {
      elkeMs: 10,
      opStap: (s) => {
        stappen.push(s);
        if ((s.log ?? 0) > 100 && s.checkpointed === s.log) klaar();
      },
    });
    try {
      for (let i = 0; i < 60; i++)
        await store.legVast(i, alleenEntries([beleidGeladenEntry('a'.repeat(64), [])], ZOUTEN));
      await gezien;
      expect(stappen.some((s) => s.fout)).toBe(false);
      expect((await store.logboek(1, 100)).length).toBe(60);
    } finally {
      await wal.stop();
      await store.close();
      rmSync(map, { recursive: true, force: true });
    }
  });
});

describe('startWalCheckpointer onder aanhoudend schrijven', () => {
  it('laat de volgende schrijfactie de lange WAL opnieuw beginnen, zonder schrijvers op te houden', async () => {
    // No RESTART at all (dwingendVanaf out of reach): only a write can restart the log, and
    // the worker reports it only when a copy found the log shorter than the one before.
    const bezet = await schrijfTotHerstart(
      { herstartVanaf: 40, dwingendVanaf: Number.MAX_SAFE_INTEGER },
      'schrijver',
      true,
    );
    // PASSIVE never takes the write lock: no write had to wait for the worker.
    expect(bezet).toBe(0);
  });

  it('neemt een RESTART als de WAL te lang wordt zonder vrije herstart', async () => {
    // No search for a free restart (zoekMs 0): the long log restarts by RESTART alone.
    await schrijfTotHerstart({ herstartVanaf: 40, dwingendVanaf: 40, zoekMs: 0 }, 'restart', false);
  });
});

describe('startWalCheckpointer met een lezer op een oude momentopname', () => {
  it('kopieert niet door zolang de lezer het overzetten tegenhoudt', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-wal-'));
    const pad = join(map, 'k.sqlite');
    const store = openSqliteStore(pad, { walAutocheckpoint: 0 });
    const lezer = new Database(pad, { readonly: true });
    const stappen: WalStap[] = [];
    const wal = startWalCheckpointer(pad, {
      elkeMs: 5,
      herstartVanaf: 40,
      dwingendVanaf: Number.MAX_SAFE_INTEGER,
      opStap: (s) => stappen.push(s),
    });
    const schrijf = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await store.legVast(i, alleenEntries([beleidGeladenEntry('a'.repeat(64), [])], ZOUTEN));
      }
    };
    /** A round in which the search ran while the reader held the copy back. */
    const tegengehouden = (s: WalStap) =>
      (s.log ?? 0) >= 40 &&
      (s.checkpointed ?? 0) < (s.log ?? 0) &&
      (s.checkpointed ?? 0) >= (s.log ?? 0) * 0.9;
    try {
      await schrijf(40);
      // The reader's snapshot: frames written after it cannot be copied while it reads.
      lezer.exec('BEGIN');
      lezer.prepare('SELECT count(*) FROM logboek').get();
      await schrijf(2);
      const tot = Date.now() + 3_000;
      while (Date.now() < tot && stappen.filter(tegengehouden).length < 5) {
        await new Promise((klaar) => setTimeout(klaar, 5));
      }
      const gezien = stappen.filter(tegengehouden);
      expect(gezien.length).toBeGreaterThanOrEqual(5);
      // One copy, one more that got no further, and the round stops: no copying for 50 ms.
      for (const s of gezien) expect(s.kopieen).toBeOneOf([1, 2]);
    } finally {
      lezer.exec('COMMIT');
      lezer.close();
      await wal.stop();
      await store.close();
      rmSync(map, { recursive: true, force: true });
    }
  });
});

/**
 * Writes through the store until a step of the worker reports the log restarted `hoe`, or 3 s
 * pass; checks that nothing was lost, and returns how often a write found the lock taken.
 * With `pauzes`, every tenth write waits 2 ms, as writes arriving over HTTP leave moments
 * between them; without, they follow each other at once.
 */
async function schrijfTotHerstart(
  opties: { herstartVanaf: number; dwingendVanaf?: number; zoekMs?: number },
  hoe: WalStap['herstart'],
  pauzes: boolean,
): Promise<number> {
  const map = mkdtempSync(join(tmpdir(), 'ketenpoort-wal-'));
  const pad = join(map, 'k.sqlite');
  const store = openSqliteStore(pad, { walAutocheckpoint: 0 });
  const stappen: WalStap[] = [];
  const wal = startWalCheckpointer(pad, { elkeMs: 5, ...opties, opStap: (s) => stappen.push(s) });
  try {
    const tot = Date.now() + 3_000;
    let i = 0;
    while (Date.now() < tot && !stappen.some((s) => s.herstart === hoe)) {
      await store.legVast(i++, alleenEntries([beleidGeladenEntry('a'.repeat(64), [])], ZOUTEN));
      if (pauzes && i % 10 === 0) await new Promise((klaar) => setTimeout(klaar, 2));
    }
    expect(stappen.some((s) => s.fout)).toBe(false);
    expect(stappen.some((s) => s.herstart === hoe)).toBe(true);
    expect((await store.logboek(1, 100_000)).length).toBe(i);
    return store.bezetHerhalingen;
  } finally {
    await wal.stop();
    await store.close();
    rmSync(map, { recursive: true, force: true });
  }
}

describe('startWalCheckpointer, als de werker niet kan starten', () => {
  it('meldt de fout en stop() eindigt toch, zodat de gateway kan stoppen', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-wal-'));
    const fouten: unknown[] = [];
    const log = console.error;
    console.error = (...a: unknown[]) => fouten.push(a.join(' '));
    try {
      // The folder does not exist, so the worker's connection fails and the worker dies.
      const wal = startWalCheckpointer(join(map, 'bestaat-niet', 'k.sqlite'), { elkeMs: 10 });
      await wal.stop();
      expect(String(fouten[0])).toMatch(/WAL-checkpointer gestopt/);
    } finally {
      console.error = log;
      rmSync(map, { recursive: true, force: true });
    }
  });
});

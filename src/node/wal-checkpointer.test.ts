/**
 * The WAL is copied into the database by the worker thread, not by a commit: with the
 * request connection's own checkpoints switched off, every frame still gets checkpointed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  it('begint de WAL opnieuw zodra die lang is, zonder dat een commit zelf checkpoint', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-wal-'));
    const pad = join(map, 'k.sqlite');
    const store = openSqliteStore(pad, { walAutocheckpoint: 0 });
    const stappen: WalStap[] = [];
    const wal = startWalCheckpointer(pad, {
      elkeMs: 5,
      herstartVanaf: 40,
      opStap: (s) => stappen.push(s),
    });
    try {
      // Writes go on without a pause long enough for a PASSIVE checkpoint to catch up.
      const tot = Date.now() + 1_500;
      let i = 0;
      while (Date.now() < tot && !herstart(stappen)) {
        await store.legVast(i++, alleenEntries([beleidGeladenEntry('a'.repeat(64), [])], ZOUTEN));
      }
      expect(stappen.some((s) => s.fout)).toBe(false);
      // The log grew past the limit, and a later step found it short again: it restarted.
      expect(herstart(stappen)).toBe(true);
      expect((await store.logboek(1, 10_000)).length).toBe(i);
    } finally {
      await wal.stop();
      await store.close();
      rmSync(map, { recursive: true, force: true });
    }
  });
});

/** True when a step saw the log at or past 40 frames and a later step saw it shorter. */
function herstart(stappen: readonly WalStap[]): boolean {
  const lang = stappen.findIndex((s) => (s.log ?? 0) >= 40);
  return lang >= 0 && stappen.slice(lang + 1).some((s) => (s.log ?? 0) < (stappen[lang]?.log ?? 0));
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

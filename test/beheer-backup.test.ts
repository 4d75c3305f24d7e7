/**
 * Backups that restore honestly (issue 13, item 2). The gateway keeps the last checkpoint it
 * signed outside the database; a database restored from an older backup by hand neither
 * reaches nor acknowledges it, and the gateway refuses to start on it. `ketenpoort beheer
 * restore` puts the backup back and writes the acknowledgement: the first entry after the
 * restore names the lost leaves and that checkpoint; then the gateway starts, everyone's FG
 * sees the entry, the log verifies, and the kept checkpoint was never part of the backup nor
 * overwritten by the restore.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { parseCheckpoint } from '../src/logboek/checkpoint.js';
import { splitNote } from '../src/logboek/note.js';
import { bouwDiensten } from '../src/node/gateway.js';
import { nodePoort, testSignaal, VTGV_HARD } from './helpers/node-poort.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-backup-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Made-up people: BSNs that pass the 11-proef, used only in tests. */
const BSN_A = '111222333';
const BSN_B = '123456782';

function ketenpoort(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

const grootte = (note: string) => parseCheckpoint(splitNote(note).body).size;

interface Regel {
  actie: string;
  blad: number;
  herstel?: { verlorenVan: number; verlorenTot: number; checkpoint: string };
}

describe('ketenpoort beheer backup en restore', () => {
  it('een oudere back-up met de hand teruggezet wordt geweigerd tot het verlies is erkend', async () => {
    const data = join(map, 'data');
    const env = { KETENPOORT_DATA: data };
    const cfg = leesConfiguratie(env);
    const db = cfg.database;

    const eerst = await nodePoort(cfg);
    expect(
      (await eerst.vraag('gemeente-hilversum', 'POST', '/v1/signalen', testSignaal(BSN_A))).status,
    ).toBe(201);
    await eerst.stop();

    const backup = join(map, 'backup.sqlite');
    const b = ketenpoort(['beheer', 'backup', '--uit', backup], env);
    expect(b.status, b.stderr).toBe(0);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    const bewaardBijBackup = readFileSync(cfg.laatsteCheckpoint, 'utf8');

    // Work after the backup: these leaves are what an old backup loses.
    const daarna = await nodePoort(cfg);
    for (const bsn of [BSN_A, BSN_B]) {
      const r = await daarna.vraag('vtgv', 'POST', '/v1/signalen', testSignaal(bsn, VTGV_HARD));
      expect(r.status).toBe(201);
    }
    await daarna.stop();
    const bewaard = readFileSync(cfg.laatsteCheckpoint, 'utf8');
    expect(grootte(bewaard)).toBeGreaterThan(grootte(bewaardBijBackup));

    // Restored by hand (a file copy): the log is shorter than the checkpoint kept outside it.
    for (const p of [`${db}-wal`, `${db}-shm`]) rmSync(p, { force: true });
    copyFileSync(backup, db);
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /De poort start niet: het logboek in de database heeft \d+ bladen, het laatste checkpoint dat de poort ondertekende \d+: de bladen \d+ tot en met \d+ ontbreken.*ketenpoort beheer restore/,
    );
    // Refusing wrote nothing: still refused.
    await expect(bouwDiensten(cfg)).rejects.toThrow(/De poort start niet/);

    const r = ketenpoort(['beheer', 'restore', '--van', backup], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Verlies erkend in het logboek: de bladen (\d+) tot en met (\d+)/);
    // The restore never touches the kept checkpoint.
    expect(readFileSync(cfg.laatsteCheckpoint, 'utf8')).toBe(bewaard);

    const na = await nodePoort(cfg);
    try {
      const zoek = await na.vraag('ketenpoort-fg', 'GET', '/v1/logboek?actie=herstel');
      const { regels } = (await zoek.json()) as { regels: Regel[] };
      expect(zoek.status).toBe(200);
      expect(regels).toHaveLength(1);
      const herstel = regels[0]!;
      // Restored: the backup's leaves; the acknowledgement is the first leaf after them.
      const hersteldeGrootte = herstel.blad - 1;
      expect(herstel.herstel).toEqual({
        verlorenVan: hersteldeGrootte + 1,
        verlorenTot: grootte(bewaard),
        checkpoint: bewaard,
      });
      expect(hersteldeGrootte).toBeGreaterThanOrEqual(grootte(bewaardBijBackup));
      // Every partner's FG sees it: a restore concerns every witness of the log.
      const vtgvFg = await na.vraag('vtgv-fg', 'GET', '/v1/logboek?actie=herstel');
      expect(((await vtgvFg.json()) as { regels: Regel[] }).regels).toHaveLength(1);
    } finally {
      await na.stop();
    }
    // The gateway signed a new checkpoint of the restored log and keeps that one now.
    const nieuw = readFileSync(cfg.laatsteCheckpoint, 'utf8');
    expect(nieuw).not.toBe(bewaard);
    const verifieer = ketenpoort(['logboek', 'verifieer', '--database', db], env);
    expect(verifieer.status, verifieer.stdout + verifieer.stderr).toBe(0);
    // And it starts again on it: the log reaches the checkpoint it keeps.
    (await bouwDiensten(cfg)).store.close();
  });

  it('restore zonder bewaard checkpoint legt niets vast', () => {
    const data = join(map, 'leeg');
    const r = ketenpoort(['beheer', 'restore'], { KETENPOORT_DATA: data });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Er is geen bewaard checkpoint/);
  });
});

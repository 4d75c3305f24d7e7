/**
 * The key commands of the README's "Voor de FG": a witness key and a checkpoint key are
 * written to a file (never printed), their vkeys printed; a configured key's vkey is shown.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { parseSignerKey, parseVerifierKey } from '../src/logboek/index.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-sleutels-'));

function ketenpoort(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, KETENPOORT_DATA: map, ...env },
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

describe('sleutels van het logboek', () => {
  it('getuige sleutel schrijft de geheime sleutel en drukt alleen de vkey af', async () => {
    const uit = join(map, 'getuige.skey');
    const r = ketenpoort(['getuige', 'sleutel', '--naam', 'getuige-vtgv', '--uit', uit]);
    expect(r.code, r.fout).toBe(0);
    const skey = readFileSync(uit, 'utf8').trim();
    expect(statSync(uit).mode & 0o077).toBe(0);
    expect(r.uit).not.toContain(skey.split('+').slice(4).join('+'));
    const vkey = r.uit.trim().split('\n').at(-1)!;
    const v = parseVerifierKey(vkey);
    expect(v).toMatchObject({ name: 'getuige-vtgv', type: 0x04 });
    expect(v.publicKey).toEqual((await parseSignerKey(skey)).publicKey);
    expect(ketenpoort(['getuige', 'sleutel', '--naam', 'x', '--uit', uit]).code).toBe(1);
    expect(ketenpoort(['getuige', 'sleutel']).code).toBe(2);
  });

  it('logboek sleutel --nieuw maakt een checkpointsleutel die de configuratie aanneemt', async () => {
    const uit = join(map, 'checkpointsleutel.nieuw');
    const r = ketenpoort([
      'logboek',
      'sleutel',
      '--nieuw',
      '--naam',
      'ketenpoort.voorbeeld.nl/logboek',
      '--uit',
      uit,
    ]);
    expect(r.code, r.fout).toBe(0);
    const skey = readFileSync(uit, 'utf8');
    expect(leesConfiguratie({ KETENPOORT_CHECKPOINTSLEUTEL: skey }).checkpointsleutel).toBe(
      skey.trim(),
    );
    const vkey = r.uit.trim().split('\n').at(-1)!;
    const getoond = ketenpoort(['logboek', 'sleutel'], {
      KETENPOORT_CHECKPOINTSLEUTEL: skey.trim(),
    });
    expect(getoond.code, getoond.fout).toBe(0);
    expect(getoond.uit.trim()).toBe(vkey);
    expect(() => leesConfiguratie({ KETENPOORT_CHECKPOINTSLEUTEL: 'PRIVATE+KEY+x' })).toThrow(
      /KETENPOORT_CHECKPOINTSLEUTEL/,
    );
    expect(ketenpoort(['logboek', 'sleutel']).fout).toContain('--sleutel');
    expect(ketenpoort(['logboek']).code).toBe(2);
  });
});

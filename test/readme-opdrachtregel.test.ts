/**
 * The README section "Opdrachtregel" is part of the code: every command in its block runs
 * here, in order, as written, in a fresh folder with the demo region set up as `npm start`
 * leaves it (policies/, data/ with keys and a database) and the CSV file it names.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { bouwDiensten } from '../src/node/gateway.js';

const BIN = resolve('bin/ketenpoort.js');
const map = mkdtempSync(join(tmpdir(), 'ketenpoort-opdrachtregel-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** The lines of the sh block in the section, without blanks and comments. */
function regels(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('## Opdrachtregel\n');
  const eind = readme.indexOf('\n## ', start + 1);
  const blok = /```sh\n([\s\S]*?)```/.exec(readme.slice(start, eind));
  if (start < 0 || !blok?.[1])
    throw new Error('README mist de sectie Opdrachtregel met een sh-blok');
  return blok[1].split('\n').filter((r) => r.trim() !== '' && !r.startsWith('#'));
}

/** The settings of a shell in `map` with nothing of Ketenpoort configured: all defaults. */
function omgeving(extra: Record<string, string> = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('KETENPOORT_') && k !== 'PORT'),
  );
  return { ...env, ...extra };
}

/** `serve` runs until stopped: it passes when it listens. */
function serveLuistert(args: string[]) {
  return new Promise<string>((klaar, mis) => {
    const p = spawn(process.execPath, [BIN, ...args], {
      cwd: map,
      env: omgeving({ PORT: '0' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let uit = '';
    const lees = (d: Buffer) => {
      uit += d.toString();
      if (uit.includes('luistert op')) {
        p.kill('SIGTERM');
        klaar(uit);
      }
    };
    p.stdout.on('data', lees);
    p.stderr.on('data', lees);
    p.on('exit', (code) => mis(new Error(`serve stopte (${code}):\n${uit}`)));
  });
}

describe('README: Opdrachtregel', () => {
  it('elke opdracht in het blok draait en eindigt met 0', async () => {
    cpSync('policies', join(map, 'policies'), { recursive: true });
    const cfg = leesConfiguratie({ KETENPOORT_DATA: join(map, 'data') });
    const diensten = await bouwDiensten({ ...cfg, beleid: join(map, 'policies') });
    await diensten.store.close();
    writeFileSync(join(map, 'identificatie.csv'), 'soort,waarde\nbsn,111222333\n');

    const gedaan: string[] = [];
    for (const regel of regels()) {
      const pijp = /^echo "([^"]*)" \| (.*)$/.exec(regel);
      const opdracht = pijp?.[2] ?? regel;
      expect(opdracht, `onbekende regel in de README: ${regel}`).toMatch(/^npx ketenpoort /);
      const args = opdracht.slice('npx ketenpoort '.length).split(/\s+/);
      if (args[0] === 'serve') {
        expect(await serveLuistert(args)).toContain('luistert op http://127.0.0.1:');
      } else {
        const r = spawnSync(process.execPath, [BIN, ...args], {
          cwd: map,
          env: omgeving(),
          input: pijp ? `${pijp[1]}\n` : '',
          encoding: 'utf8',
        });
        expect(r.status, `${regel}\n${r.stderr}${r.stdout}`).toBe(0);
        expect(r.stdout + r.stderr).not.toContain('111222333');
      }
      gedaan.push(args.slice(0, 2).join(' '));
    }
    expect(gedaan).toContain('logboek verifieer');
    expect(gedaan).toContain('serve');
  }, 180_000);
});

/**
 * The README section "Voor juristen" is part of the code: every command in its walkthrough
 * runs here, in order, in a fresh folder with a git repository and the demo keys, with one
 * rule changed after the copy, as a jurist would do in the editor.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { zorgVoorDemo } from '../src/node/demo-opzet.js';
import { bouwDiensten } from '../src/node/gateway.js';
import { laadBeleid } from '../src/policy/index.js';

const BIN = resolve('bin/ketenpoort.js');

function sectie(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('## Voor juristen\n');
  const eind = readme.indexOf('\n## ', start + 1);
  const blok = /```sh\n([\s\S]*?)```/.exec(readme.slice(start, eind));
  if (start < 0 || !blok?.[1])
    throw new Error('README mist de sectie Voor juristen met een sh-blok');
  return blok[1].split('\n').filter((r) => r.trim() !== '' && !r.startsWith('#'));
}

describe('README: Voor juristen', () => {
  it('runs every command of the walkthrough', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-readme-'));
    cpSync('policies', join(map, 'policies'), { recursive: true });
    const git = (...a: string[]) =>
      spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...a], {
        cwd: map,
      });
    git('init', '-q');
    git('add', 'policies');
    git('commit', '-qm', 'beleid');
    await zorgVoorDemo(
      join(map, 'data'),
      join(map, 'data', 'demo', 'keys'),
      laadBeleid(leesBeleidBestanden('policies')),
    );

    const uitgevoerd: string[] = [];
    for (const regel of sectie()) {
      if (regel === 'cp -r policies voorstel') {
        cpSync(join(map, 'policies'), join(map, 'voorstel'), { recursive: true });
        // The jurist's edit: the signalentafel rule of vtgv gains a recipient.
        const pad = join(map, 'voorstel', 'regels', 'vtgv.yaml');
        writeFileSync(
          pad,
          readFileSync(pad, 'utf8').replace('aan: [riec-mn]', 'aan: [riec-mn, tmm]'),
        );
      } else if (regel.startsWith('npx ketenpoort ')) {
        const args = regel.slice('npx ketenpoort '.length).split(/\s+/);
        const r = spawnSync(process.execPath, [BIN, ...args], { cwd: map, encoding: 'utf8' });
        const verwacht = args[1] === 'verschil' ? 1 : 0;
        expect(r.status, `${regel}\n${r.stderr}${r.stdout}`).toBe(verwacht);
        if (args[1] === 'verschil')
          expect(r.stdout).toContain('+++ vtgv -> tmm, doel casusoverleg: NIEUW TOEGESTAAN');
      } else if (/^(\w+=\S+ )+npm start$/.test(regel)) {
        const env = Object.fromEntries(
          regel
            .split(' ')
            .slice(0, -2)
            .map((d) => d.split('=') as [string, string]),
        );
        const cfg = leesConfiguratie({
          ...env,
          KETENPOORT_DATA: join(map, 'data'),
          KETENPOORT_BELEID: join(map, env.KETENPOORT_BELEID ?? 'policies'),
        });
        const d = await bouwDiensten(cfg);
        expect(d.beleidLading?.ondertekenaars.map((o) => o.jurist).sort()).toEqual([
          'jurist-a',
          'jurist-b',
        ]);
        await d.store.close();
      } else {
        throw new Error(`De README-test kent deze regel niet: ${regel}`);
      }
      uitgevoerd.push(regel);
    }
    expect(uitgevoerd.length).toBeGreaterThanOrEqual(10);
    expect(existsSync(join(map, 'matrix.html'))).toBe(true);
    expect(readFileSync(join(map, 'verwerkingsregister.md'), 'utf8')).toMatch(
      /^# Verwerkingsregister/,
    );
  }, 180_000); // a dozen CLI runs, each starting tsx
});

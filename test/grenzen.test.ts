/**
 * The import rules of `.dependency-cruiser.cjs` (`npm run grenzen`), run as CI runs them on
 * two fixture trees: one that breaks each rule once and one that keeps them all.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const pad = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DEPCRUISE = pad('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = pad('../.dependency-cruiser.cjs');

/**
 * Runs dependency-cruiser on `src` of a fixture tree with the options `npm run grenzen` uses;
 * its exit code counts the errors, its output names rule, importer and imported per line.
 */
async function grenzen(boom: 'fout' | 'schoon') {
  const cwd = pad(`./fixtures/grenzen/${boom}`);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [DEPCRUISE, 'src', '--config', CONFIG],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
    );
    return { code: 0, uit: stdout };
  } catch (e) {
    const fout = e as { code?: unknown; stdout?: string };
    if (typeof fout.code !== 'number' || fout.stdout === undefined) throw e;
    return { code: fout.code, uit: fout.stdout };
  }
}

/** The violations as `rule: from -> to`, sorted (a cycle names its first step). */
function overtredingen(uit: string): string[] {
  return [...uit.matchAll(/^\s*error (\S+): (\S+) \u2192\s*(\S+)/gm)]
    .map(([, regel, van, naar]) => `${regel}: ${van} -> ${naar}`)
    .sort();
}

describe('npm run grenzen', () => {
  it('fails on a core that imports the shell, node:*, hono, or itself in a circle', async () => {
    const r = await grenzen('fout');
    expect(r.code, r.uit).toBe(4);
    expect(overtredingen(r.uit)).toEqual([
      'geen-kringen: src/logboek/heen.ts -> src/logboek/terug.ts',
      'kern-importeert-geen-schil: src/matching/koppel.ts -> src/store/store.ts',
      'kern-zonder-node: src/identity/bestand.ts -> crypto',
      expect.stringMatching(
        /^kern-zonder-schilpakketten: src\/policy\/route\.ts -> .*node_modules\/hono\//,
      ),
    ]);
  });

  it('passes a core that imports itself, src/encoding and zod, and tests that use anything', async () => {
    const r = await grenzen('schoon');
    expect(r.code, r.uit).toBe(0);
    expect(r.uit).toContain('no dependency violations found');
  });
});

/**
 * @module
 * Reads a policy set from a git revision (`HEAD~1`, `main`, a commit id, or `rev:map`), so a
 * jurist can compare the set that runs with a proposed change without checking it out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { BeleidBestand } from '../policy/index.js';
import { leesBeleidBestanden } from './beleid-lezen.js';

/** A folder on disk, or else a git revision with an optional `:map` (default `standaardMap`). */
export function leesBeleidVan(bron: string, standaardMap = 'policies'): BeleidBestand[] {
  if (existsSync(bron) && statSync(bron).isDirectory()) return leesBeleidBestanden(bron);
  const [rev, map = standaardMap] = bron.split(/:(.*)/s, 2) as [string, string | undefined];
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  let namen: string[];
  try {
    namen = git('ls-tree', '-r', '--name-only', rev, '--', `${map}/`).split('\n').filter(Boolean);
  } catch {
    throw new Error(
      `'${bron}' is geen map en geen git-revisie (zoals HEAD~1, main of main:policies).`,
    );
  }
  if (namen.length === 0) throw new Error(`Git-revisie ${rev} heeft geen bestanden in ${map}/.`);
  return namen
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => ({ pad: n.slice(map.length + 1), tekst: git('show', `${rev}:${n}`) }))
    .sort((a, b) => (a.pad < b.pad ? -1 : a.pad > b.pad ? 1 : 0));
}

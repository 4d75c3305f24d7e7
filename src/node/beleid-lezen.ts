/**
 * @module
 * Reads the policy folder from disk for the Node runtime. The loader itself takes
 * contents, not paths, so the Worker can bundle the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BeleidBestand } from '../policy/index.js';

/** All .yaml/.yml files below `map`, with paths relative to it using '/'. */
export function leesBeleidBestanden(map: string): BeleidBestand[] {
  const bestanden: BeleidBestand[] = [];
  for (const naam of readdirSync(map, { recursive: true, encoding: 'utf8' })) {
    if (!/\.ya?ml$/.test(naam)) continue;
    const vol = join(map, naam);
    bestanden.push({
      pad: relative(map, vol).split(sep).join('/'),
      tekst: readFileSync(vol, 'utf8'),
    });
  }
  return bestanden.sort((a, b) => (a.pad < b.pad ? -1 : a.pad > b.pad ? 1 : 0));
}

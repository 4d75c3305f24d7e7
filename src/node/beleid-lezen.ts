/**
 * @module
 * Reads the policy folder from disk for the Node runtime. The loader itself takes
 * contents, not paths, so the Worker can bundle the same files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BeleidBestand } from '../policy/index.js';
import type { Handtekening } from '../policy/ondertekening.js';

/** All .yaml/.yml files below `map`, with paths relative to it using '/'. */
export function leesBeleidBestanden(map: string): BeleidBestand[] {
  if (!existsSync(map) || !statSync(map).isDirectory())
    throw new Error(`De beleidsmap ${map} bestaat niet (zie KETENPOORT_BELEID).`);
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

/** The signature files `<map>/handtekeningen/*.jws`, sorted; none when the folder is absent. */
export function leesHandtekeningen(map: string): Handtekening[] {
  const dir = join(map, 'handtekeningen');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.jws'))
    .sort()
    .map((n) => ({ pad: `handtekeningen/${n}`, tekst: readFileSync(join(dir, n), 'utf8') }));
}

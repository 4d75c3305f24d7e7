/**
 * @module
 * The werkplek's style sheets in Node: read once from the installed NL Design System packages.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { STIJL_BESTANDEN, type StijlBestand } from '../werkplek/stijl.js';

/** Reads a served style sheet from node_modules; cached, as the files never change while running. */
export function werkplekStijlUitPakketten(): StijlBestand {
  const require = createRequire(import.meta.url);
  const cache = new Map<string, Promise<string>>();
  return async (naam) => {
    const pakketBestand = STIJL_BESTANDEN[naam];
    if (pakketBestand === undefined) return undefined;
    let tekst = cache.get(naam);
    if (!tekst) {
      tekst = readFile(require.resolve(pakketBestand), 'utf8');
      cache.set(naam, tekst);
    }
    return await tekst;
  };
}

/**
 * @module
 * Bundles the browser module (src/pseudonym/browser.ts) with esbuild into one self-contained
 * script, in memory: nothing is written into the working tree. `globalName` makes it a classic
 * script (`window.KetenpoortPseudoniemen`), so a page loads it from a URL under a CSP that
 * forbids inline scripts, without an import map.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PseudoniemModule } from '../werkplek/pseudoniem-module.js';

const INGANG = fileURLToPath(new URL('../pseudonym/browser.ts', import.meta.url));
const PAGINA = fileURLToPath(new URL('../werkplek/browser/pagina.ts', import.meta.url));

/** The bundled module as JavaScript text. */
export function bouwBrowserModule(): Promise<string> {
  return bundel(INGANG, 'KetenpoortPseudoniemen');
}

async function bundel(ingang: string, globalName?: string): Promise<string> {
  const uit = await build({
    entryPoints: [ingang],
    bundle: true,
    write: false,
    format: 'iife',
    ...(globalName ? { globalName } : {}),
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'inline',
  });
  const [bestand] = uit.outputFiles;
  if (!bestand) throw new Error('esbuild gaf geen uitvoer');
  return bestand.text;
}

/** The module with its content hash, as the werkplek serves it (Node at start, the Worker bundle). */
export async function bouwPseudoniemModule(): Promise<PseudoniemModule> {
  return metHash(await bouwBrowserModule());
}

/**
 * The script of the pages that pseudonymise (src/werkplek/browser/pagina.ts), which uses the
 * module above from the page; with its content hash, served like the module.
 */
export async function bouwPaginaScript(): Promise<PseudoniemModule> {
  return metHash(await bundel(PAGINA));
}

function metHash(tekst: string): PseudoniemModule {
  const hash = createHash('sha256').update(tekst, 'utf8').digest('hex').slice(0, 16);
  return { hash, tekst };
}

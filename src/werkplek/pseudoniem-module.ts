/**
 * @module
 * The browser module (src/pseudonym/browser.ts, bundled by esbuild) as a static asset of the
 * werkplek: under a name with its content hash, so it can be cached for a year and a page
 * that names it gets exactly these bytes. Node builds it in memory at start; the Worker gets
 * the same bytes in its bundle (`npm run bundel:worker`).
 */

/** Where the module is served: `${PSEUDONIEM_MODULE_MAP}/pseudoniem-<hash>.js`. */
export const PSEUDONIEM_MODULE_MAP = '/werkplek';

/** The stable address that redirects to the current hashed name (for pages outside the werkplek). */
export const PSEUDONIEM_MODULE_ALIAS = `${PSEUDONIEM_MODULE_MAP}/pseudoniem.js`;

/** The bundled module: its text and the first 16 hex digits of its SHA-256. */
export interface PseudoniemModule {
  hash: string;
  tekst: string;
}

/** The served file name of a module, `pseudoniem-<hash>.js`. */
export function pseudoniemModuleNaam(module: Pick<PseudoniemModule, 'hash'>): string {
  return `pseudoniem-${module.hash}.js`;
}

/** The path of a module on the gateway. */
export function pseudoniemModulePad(module: Pick<PseudoniemModule, 'hash'>): string {
  return `${PSEUDONIEM_MODULE_MAP}/${pseudoniemModuleNaam(module)}`;
}

/** The path of the pseudonymising pages' script (src/werkplek/browser/pagina.ts). */
export function paginaScriptPad(script: Pick<PseudoniemModule, 'hash'>): string {
  return `${PSEUDONIEM_MODULE_MAP}/pagina-${script.hash}.js`;
}

/**
 * @module
 * The werkplek's style sheets, served from the gateway itself (no CDN, no external fonts):
 * the NL Design System components of Utrecht, its design tokens as theme, and a few rules of
 * our own. Node reads the packages from node_modules; the Worker serves copies as static
 * assets (`npm run bundel:worker`).
 */

import { CIJFERS_CSS } from '../ui/cijfers-stijl.js';

/** The path under which the style sheets are served. */
export const STIJL_PAD = '/werkplek/stijl';

/** Served name -> the package file it is (relative to node_modules). */
export const STIJL_BESTANDEN: Readonly<Record<string, string>> = {
  'componenten.css': '@utrecht/component-library-css/dist/index.css',
  'thema.css': '@utrecht/design-tokens/dist/index.css',
};

/** Layout of our own, on top of the components; no colours of its own (the theme gives them). */
export const EIGEN_STIJL = `.werkplek-inhoud { max-width: 72rem; margin-inline: auto; padding: 1rem 1.5rem 3rem; }
.werkplek-kop { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: space-between; align-items: center; max-width: 72rem; margin-inline: auto; padding: 1rem 1.5rem; }
.werkplek-kop form { margin: 0; }
.werkplek-filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 1.5rem; }
.werkplek-tabel { overflow-x: auto; }
.werkplek-bewijs { overflow-wrap: anywhere; }
.werkplek-uitleg { white-space: pre-wrap; }
.werkplek-ingebed { border: 1px solid currentColor; padding: 1rem; overflow-x: auto; }
.werkplek-ingebed table { border-collapse: collapse; }
.werkplek-ingebed th, .werkplek-ingebed td { border: 1px solid; padding: .25rem .5rem; text-align: left; vertical-align: top; }
.werkplek-navigatie { display: flex; flex-wrap: wrap; gap: 0 1.5rem; list-style: none; padding: 0; margin: 0; }
.werkplek-velden { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0 1.5rem; }
.werkplek-voorbeeld { font-family: monospace; overflow-wrap: anywhere; }
@media print { .werkplek-kop form, .werkplek-filters, .utrecht-skip-link, nav, .werkplek-niet-afdrukken { display: none; } }
${CIJFERS_CSS}`;

/** The werkplek's own style sheet, served under this name. */
export const EIGEN_STIJL_NAAM = 'werkplek.css';

/** Reads a served style sheet; undefined when the runtime has no such file. */
export type StijlBestand = (naam: string) => Promise<string | undefined>;

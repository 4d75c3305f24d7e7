/**
 * A test gateway with the werkplek mounted: the same services as `maakOmgeving`, plus the
 * pages, their style sheets from node_modules.
 */
import { maakApp } from '../../src/api/app.js';
import { werkplekStijlUitPakketten } from '../../src/node/werkplek-stijl.js';
import type { WerkplekOpties } from '../../src/werkplek/opties.js';
import { maakOmgeving } from './omgeving.js';

/** A fresh gateway with pages; `opties` overrides the werkplek's options. */
export async function maakWerkplekOmgeving(opties: Partial<WerkplekOpties> = {}) {
  const o = await maakOmgeving();
  const werkplek: WerkplekOpties = { stijlBestand: werkplekStijlUitPakketten(), ...opties };
  const app = maakApp({ ...o.diensten, werkplek });
  return { ...o, app, werkplek };
}

/**
 * A test gateway with the werkplek mounted: the same services as `maakOmgeving`, plus the
 * pages, their style sheets from node_modules, the scenarios of the runtime's policy files.
 */

import { runtime } from '#runtime';
import { maakApp } from '../../src/api/app.js';
import { werkplekStijlUitPakketten } from '../../src/node/werkplek-stijl.js';
import { scenariobestanden } from '../../src/policy/scenarios.js';
import type { WerkplekOpties } from '../../src/werkplek/opties.js';
import { maakOmgeving } from './omgeving.js';

/**
 * A fresh gateway with pages; `opties` overrides the werkplek's options, `omgeving` is passed
 * to `maakOmgeving` (another quota.yaml, other policy files).
 */
export async function maakWerkplekOmgeving(
  opties: Partial<WerkplekOpties> = {},
  omgeving: Parameters<typeof maakOmgeving>[0] = {},
) {
  const o = await maakOmgeving(omgeving);
  const werkplek: WerkplekOpties = {
    stijlBestand: werkplekStijlUitPakketten(),
    scenarios: { bestanden: scenariobestanden(runtime.beleidBestanden()), herkomst: 'de testmap' },
    ...opties,
  };
  const app = maakApp({ ...o.diensten, werkplek });
  return { ...o, app, werkplek };
}

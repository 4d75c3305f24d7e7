/**
 * @module
 * Loading the policy set as the gateway does at start, in Node and in the Worker alike:
 * validate and compile, then, when the configuration requires it, accept the set only with
 * valid signatures of enough distinct jurist keys. Fails closed: no set, no gateway.
 */
import type { BeleidBestand } from '../policy/index.js';
import { laadBeleid } from '../policy/index.js';
import {
  type Handtekening,
  type JuristSleutel,
  vereisOndertekening,
} from '../policy/ondertekening.js';
import type { Vertrouwensbron } from './auth/rollen.js';
import type { BeleidLading } from './diensten.js';

/** The public keys with the role jurist, of every issuer: the keys that may sign a set. */
export function juristSleutels(bron: Vertrouwensbron): JuristSleutel[] {
  return [...bron.values()].flat().filter((k) => k.rollen.includes('jurist'));
}

/** Loads the set and checks its signatures; throws a Dutch error naming what is missing. */
export async function laadOndertekendBeleid(
  bestanden: readonly BeleidBestand[],
  handtekeningen: readonly Handtekening[],
  bron: Vertrouwensbron,
  vereist: number,
  nu: number,
) {
  const beleid = laadBeleid(bestanden);
  const ondertekenaars = await vereisOndertekening(
    beleid.hash,
    handtekeningen,
    juristSleutels(bron),
    vereist,
  );
  const lading: BeleidLading = { geladenOp: nu, vereist, ondertekenaars };
  return { beleid, lading };
}

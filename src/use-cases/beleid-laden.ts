/**
 * @module
 * Loading the policy set as the gateway does at start, in Node and in the Worker alike:
 * validate and compile, then, when the configuration requires it, accept the set only with
 * valid signatures of enough distinct jurist keys, and log the load. Fails closed: no set,
 * no gateway.
 */
import { willekeurigeBytes } from '../logboek/blad.js';
import { beleidGeladenEntry } from '../logboek/geplande-entry.js';
import { bladVan } from '../matching/plan.js';
import type { Beleid, BeleidBestand } from '../policy/index.js';
import { laadBeleid } from '../policy/index.js';
import {
  type Handtekening,
  type JuristSleutel,
  vereisOndertekening,
} from '../policy/ondertekening.js';
import type { Store } from '../store/store.js';

/** When and how the policy set was loaded, for GET /v1/beleid. */
export interface BeleidLading {
  /** ms since the epoch. */
  geladenOp: number;
  /** Distinct jurist signatures the configuration requires (0: none). */
  vereist: number;
  /** The jurists whose valid signature on the set's hash was found. */
  ondertekenaars: ReadonlyArray<{ kid: string; jurist: string; ondertekendOp: string }>;
}

/** Loads the set and checks its signatures; throws a Dutch error naming what is missing. */
export async function laadOndertekendBeleid(
  bestanden: readonly BeleidBestand[],
  handtekeningen: readonly Handtekening[],
  juristen: readonly JuristSleutel[],
  vereist: number,
  nu: number,
): Promise<{ beleid: Beleid; lading: BeleidLading }> {
  const beleid = laadBeleid(bestanden);
  const ondertekenaars = await vereisOndertekening(beleid.hash, handtekeningen, juristen, vereist);
  return { beleid, lading: { geladenOp: nu, vereist, ondertekenaars } };
}

/** Logs the load of `beleid` (Node: at every start); `willekeurig` draws the leaf's salts. */
export async function legBeleidsladingVast(
  store: Store,
  nu: number,
  lading: Geladen,
  willekeurig: (lengte: number) => Uint8Array = willekeurigeBytes,
): Promise<void> {
  const entry = beleidGeladenEntry(
    lading.beleid.hash,
    juristen(lading),
    lading.beleid.pseudoniemen,
  );
  await store.legVast(nu, bladVan([entry], lading.beleid.partners.keys(), willekeurig));
}

/**
 * Logs the load of `beleid` unless the last load logged was of the same set with the same
 * signers. Every Worker isolate loads the set; the logboek shows each change of policy or of
 * its approval, not every cold start.
 */
export async function legBeleidsladingVastAlsNieuw(
  store: Store,
  nu: number,
  lading: Geladen,
  willekeurig: (lengte: number) => Uint8Array = willekeurigeBytes,
): Promise<void> {
  const nieuw = beleidGeladenEntry(
    lading.beleid.hash,
    juristen(lading),
    lading.beleid.pseudoniemen,
  );
  const vorige = await store.laatsteEntry('beleid-geladen');
  if (vorige?.beleid === nieuw.concept.beleid && vorige.gebruiker === nieuw.concept.gebruiker) {
    return;
  }
  await store.legVast(nu, bladVan([nieuw], lading.beleid.partners.keys(), willekeurig));
}

type Geladen = { beleid: Beleid; lading: BeleidLading };

/** The signing jurists by the names the key configuration gives them. */
function juristen({ lading }: Geladen): string[] {
  return lading.ondertekenaars.map((o) => o.jurist);
}

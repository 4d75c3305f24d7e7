/**
 * @module
 * Keyed pseudonyms: `pseudonimiseer` on the partner's side, `opslagPseudoniem`
 * on the gateway before storing.
 *
 * @example
 * import { pseudonimiseer } from './pseudonym/index.js';
 * const p = pseudonimiseer(ketensleutel, 'bsn', '111 222 333');
 */

export {
  type AangeleverdPseudoniem,
  leesOpslagsleutels,
  type Opslagsleutels,
  opgeslagenPseudoniem,
  opslagGeneraties,
  opslagPseudoniem,
  opslagVan,
  opslagVingerafdruk,
} from './opslag.js';
export { PSEUDONIEM_PATROON, pseudoniem, pseudonimiseer } from './pseudoniem.js';
export {
  blindeer,
  blindeerInvoer,
  type Evaluatie,
  type Geblindeerd,
  PSEUDONIEM_V2_PATROON,
  SLEUTEL_ID_PATROON,
  SleutelbewaarderFout,
  type VastgepindeSleutel,
  VERSIES,
  type Versie,
  voltooi,
} from './v2.js';

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
  leesOpslagsleutels,
  type Opslagsleutels,
  opgeslagenPseudoniem,
  opslagGeneraties,
  opslagPseudoniem,
  opslagVingerafdruk,
} from './opslag.js';
export { PSEUDONIEM_PATROON, pseudoniem, pseudonimiseer } from './pseudoniem.js';

/**
 * @module
 * Canonical forms of identifiers: the step before pseudonymisation. Runs the same
 * in Node, Workers and the browser.
 *
 * @example
 * import { normaliseer } from './identity/index.js';
 * normaliseer('bsn', '1112.22.333'); // '111222333'
 */

export { normaliseerAdres } from './adres.js';
export { normaliseerBsn } from './bsn.js';
export { normaliseerEmail } from './email.js';
export { normaliseerIban } from './iban.js';
export {
  IDENTITEIT_MELDINGEN,
  IdentiteitFout,
  type IdentiteitFoutCode,
} from './identiteit-fout.js';
export { normaliseerKenteken } from './kenteken.js';
export { normaliseerKvk } from './kvk.js';
export { normaliseer } from './normaliseer.js';
export { normaliseerPersoon } from './persoon.js';
export { isSoort, SOORTEN, type Soort } from './soorten.js';
export { normaliseerTelefoon } from './telefoon.js';

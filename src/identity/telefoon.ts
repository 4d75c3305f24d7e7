/**
 * @module
 * Telefoonnummer in E.164 form (ITU-T E.164): `+`, country code, national
 * number, at most 15 digits. Numbers without a country code are Dutch.
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises a telefoonnummer to E.164. A `(0)` trunk marker is dropped, then
 * white space, dashes, dots, slashes and brackets; `00` becomes `+` and a single
 * leading `0` becomes `+31`.
 *
 * @example normaliseerTelefoon('+31 (0)6-1234 5678') // '+31612345678'
 * @example normaliseerTelefoon('06 12345678') // '+31612345678'
 */
export function normaliseerTelefoon(invoer: string): string {
  const kaal = zonderTrunkMarker(vereisTekst('telefoon', invoer)).replace(/[\s.\-/()]/g, '');
  if (!/^\+?[0-9]+$/.test(kaal)) throw new IdentiteitFout('telefoon', 'telefoon-tekens');
  const nummer = metLandcode(kaal);
  // No country code starts with 0, and a Dutch national number never does:
  // '+31 06 ...' is a common slip that would otherwise never match '06 ...'.
  if (nummer.startsWith('+0') || nummer.startsWith('+310')) {
    throw new IdentiteitFout('telefoon', 'telefoon-landcode');
  }
  const cijfers = nummer.length - 1;
  if (cijfers < 8 || cijfers > 15) throw new IdentiteitFout('telefoon', 'telefoon-lengte');
  return nummer;
}

/**
 * '+31 (0)20 ...' drops the marker. At the very start there is no country code
 * before it, so '(0)20 ...' means '020 ...' and the zero is kept.
 */
function zonderTrunkMarker(nummer: string): string {
  const begin = nummer.startsWith('(0)') ? `0${nummer.slice(3)}` : nummer;
  return begin.replaceAll('(0)', '');
}

function metLandcode(kaal: string): string {
  if (kaal.startsWith('+')) return kaal;
  if (kaal.startsWith('00')) return `+${kaal.slice(2)}`;
  if (kaal.startsWith('0')) return `+31${kaal.slice(1)}`;
  throw new IdentiteitFout('telefoon', 'telefoon-begin');
}

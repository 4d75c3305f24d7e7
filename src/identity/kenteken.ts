/**
 * @module
 * Kenteken: a vehicle registration, Dutch or foreign, without its separators.
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises a kenteken to uppercase letters and digits. Dashes, dots and white
 * space are separators and are dropped; any other character is refused rather
 * than dropped, so a typo cannot silently turn into another kenteken.
 *
 * @example normaliseerKenteken('ab-12-cd') // 'AB12CD'
 */
export function normaliseerKenteken(invoer: string): string {
  // Checked before uppercasing: only ASCII case mapping is the same in every language.
  const tekens = vereisTekst('kenteken', invoer).replace(/[\s.-]/g, '');
  if (!/^[A-Za-z0-9]*$/.test(tekens)) throw new IdentiteitFout('kenteken', 'kenteken-tekens');
  const kenteken = tekens.toUpperCase();
  if (kenteken === '') throw new IdentiteitFout('kenteken', 'kenteken-leeg');
  if (kenteken.length > 8) throw new IdentiteitFout('kenteken', 'kenteken-lengte');
  return kenteken;
}

/**
 * @module
 * KvK-nummer: the 8-digit number of the Handelsregister (Handelsregisterwet 2007).
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises a KvK-nummer to 8 digits; spaces and dots are ignored. A leading
 * zero is part of the number and is kept.
 *
 * @example normaliseerKvk('1234 5678') // '12345678'
 */
export function normaliseerKvk(invoer: string): string {
  const nummer = vereisTekst('kvk', invoer).replace(/[\s.]/g, '');
  if (!/^[0-9]{8}$/.test(nummer)) throw new IdentiteitFout('kvk', 'kvk-formaat');
  return nummer;
}

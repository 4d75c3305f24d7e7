/**
 * @module
 * Adres as postcode, huisnummer and toevoeging: the key of an address in the
 * BAG, without street or place names that are spelled in many ways.
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises `postcode|huisnummer` or `postcode|huisnummer|toevoeging` to
 * `1234AB|12|A` (the toevoeging may be empty, the two bars are always there).
 *
 * @example normaliseerAdres('1234 ab|012|-a') // '1234AB|12|A'
 * @example normaliseerAdres('1234AB|7') // '1234AB|7|'
 */
export function normaliseerAdres(invoer: string): string {
  const velden = vereisTekst('adres', invoer).split('|');
  if (velden.length !== 2 && velden.length !== 3)
    throw new IdentiteitFout('adres', 'adres-formaat');
  const [postcode = '', huisnummer = '', toevoeging = ''] = velden;
  return `${normaliseerPostcode(postcode)}|${normaliseerHuisnummer(huisnummer)}|${normaliseerToevoeging(toevoeging)}`;
}

function normaliseerPostcode(veld: string): string {
  const postcode = veld.replace(/\s/g, '');
  if (!/^[1-9][0-9]{3}[A-Za-z]{2}$/.test(postcode))
    throw new IdentiteitFout('adres', 'adres-postcode');
  return postcode.toUpperCase();
}

function normaliseerHuisnummer(veld: string): string {
  const cijfers = veld.trim();
  if (!/^[0-9]+$/.test(cijfers)) throw new IdentiteitFout('adres', 'adres-huisnummer');
  const zonderNullen = cijfers.replace(/^0+/, '');
  if (zonderNullen === '' || zonderNullen.length > 5) {
    throw new IdentiteitFout('adres', 'adres-huisnummer');
  }
  return zonderNullen;
}

function normaliseerToevoeging(veld: string): string {
  const toevoeging = veld.replace(/[\s-]/g, '');
  if (!/^[A-Za-z0-9]*$/.test(toevoeging)) throw new IdentiteitFout('adres', 'adres-toevoeging');
  return toevoeging.toUpperCase();
}

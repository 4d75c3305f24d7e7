/**
 * @module
 * Burgerservicenummer: 9 digits that pass the elfproef (Wet algemene bepalingen
 * burgerservicenummer; the check is the one the BRP uses).
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises a BSN to 9 digits. Spaces, dots and dashes are ignored; 8 digits
 * get a leading zero (a BSN once stored as a number lost it).
 *
 * @example normaliseerBsn('1112.22.333') // '111222333'
 */
export function normaliseerBsn(invoer: string): string {
  const cijfers = vereisTekst('bsn', invoer).replace(/[\s.-]/g, '');
  if (!/^[0-9]*$/.test(cijfers)) throw new IdentiteitFout('bsn', 'bsn-tekens');
  if (cijfers.length !== 8 && cijfers.length !== 9) throw new IdentiteitFout('bsn', 'bsn-lengte');
  const bsn = cijfers.padStart(9, '0');
  if (/^0+$/.test(bsn)) throw new IdentiteitFout('bsn', 'bsn-nullen');
  if (!voldoetAanElfproef(bsn)) throw new IdentiteitFout('bsn', 'bsn-elfproef');
  return bsn;
}

/** 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be divisible by 11. */
function voldoetAanElfproef(bsn: string): boolean {
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(bsn[i]);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}

/**
 * @module
 * IBAN (ISO 13616): country code, two check digits, the national account number.
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises an IBAN to uppercase without white space and checks its mod-97
 * check digits (ISO 13616-1, ISO 7064 MOD 97-10).
 *
 * @example normaliseerIban('nl91 abna 0417 1643 00') // 'NL91ABNA0417164300'
 */
export function normaliseerIban(invoer: string): string {
  const tekens = vereisTekst('iban', invoer).replace(/\s/g, '');
  // Checked before uppercasing: only ASCII case mapping is the same in every language.
  if (!/^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{11,30}$/.test(tekens)) {
    throw new IdentiteitFout('iban', 'iban-formaat');
  }
  const iban = tekens.toUpperCase();
  const controle = iban.slice(2, 4);
  // 00, 01 and 99 are never issued; 00 and 01 would otherwise pass as 97 and 98.
  if (controle === '00' || controle === '01' || controle === '99' || rest97(iban) !== 1) {
    throw new IdentiteitFout('iban', 'iban-controlegetal');
  }
  return iban;
}

/** The IBAN moved 4 places to the left, letters as 10..35, modulo 97. */
function rest97(iban: string): number {
  const verplaatst = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const teken of verplaatst) {
    const waarde = Number.parseInt(teken, 36);
    rest = (rest * (waarde < 10 ? 10 : 100) + waarde) % 97;
  }
  return rest;
}

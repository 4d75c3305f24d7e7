/**
 * @module
 * E-mailadres: compared case-insensitively, as partners' systems store them in
 * every case. No further rewriting (dots, plus-addressing): that differs per
 * provider and would merge addresses that are really different.
 */

import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises an e-mailadres: white space around it removed, lowercase.
 *
 * @example normaliseerEmail('  Jan.Jansen@Voorbeeld.NL ') // 'jan.jansen@voorbeeld.nl'
 */
export function normaliseerEmail(invoer: string): string {
  const adres = vereisTekst('email', invoer).toLowerCase();
  const delen = adres.split('@');
  if (delen.length !== 2) throw new IdentiteitFout('email', 'email-apenstaart');
  if (delen[0] === '' || delen[1] === '') throw new IdentiteitFout('email', 'email-deel-leeg');
  if (/\s/.test(adres)) throw new IdentiteitFout('email', 'email-spatie');
  return adres;
}

/**
 * @module
 * Persoon: surname and date of birth, for partners that hold no BSN. A weaker
 * match than `bsn`: people share surname and birthday.
 */

import { canoniekeAchternaam } from './achternaam.js';
import { IdentiteitFout } from './identiteit-fout.js';
import { vereisTekst } from './vereis-tekst.js';

/**
 * Normalises `achternaam|geboortedatum` to `<surname>|<yyyy-mm-dd>`. The date
 * may be yyyy-mm-dd, or day first as dd-mm-yyyy, dd/mm/yyyy or dd.mm.yyyy; day
 * and month may have one digit.
 *
 * @example normaliseerPersoon("Van der Berg|3-1-1990") // 'berg|1990-01-03'
 */
export function normaliseerPersoon(invoer: string): string {
  const velden = vereisTekst('persoon', invoer).split('|');
  if (velden.length !== 2) throw new IdentiteitFout('persoon', 'persoon-formaat');
  const [naam = '', datum = ''] = velden;
  const achternaam = canoniekeAchternaam(naam);
  if (achternaam === '') throw new IdentiteitFout('persoon', 'persoon-achternaam-leeg');
  return `${achternaam}|${normaliseerDatum(datum.trim())}`;
}

function normaliseerDatum(datum: string): string {
  const iso = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$/.exec(datum);
  const dagEerst = /^([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})$/.exec(datum);
  let jaar: number;
  let maand: number;
  let dag: number;
  if (iso) {
    [jaar, maand, dag] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (dagEerst) {
    [dag, maand, jaar] = [Number(dagEerst[1]), Number(dagEerst[3]), Number(dagEerst[4])];
  } else {
    throw new IdentiteitFout('persoon', 'persoon-datum-formaat');
  }
  if (jaar < 1800 || maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) {
    throw new IdentiteitFout('persoon', 'persoon-datum-ongeldig');
  }
  return `${jaar}-${twee(maand)}-${twee(dag)}`;
}

/** Gregorian calendar: a leap year is divisible by 4, except centuries not divisible by 400. */
function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return jaar % 4 === 0 && (jaar % 100 !== 0 || jaar % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function twee(getal: number): string {
  return String(getal).padStart(2, '0');
}

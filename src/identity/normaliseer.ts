/**
 * @module
 * One entry point for all soorten: identifier in, canonical form out.
 */

import { normaliseerAdres } from './adres.js';
import { normaliseerBsn } from './bsn.js';
import { normaliseerEmail } from './email.js';
import { normaliseerIban } from './iban.js';
import { normaliseerKenteken } from './kenteken.js';
import { normaliseerKvk } from './kvk.js';
import { normaliseerPersoon } from './persoon.js';
import { isSoort, SOORTEN, type Soort } from './soorten.js';
import { normaliseerTelefoon } from './telefoon.js';

const PER_SOORT: Readonly<Record<Soort, (invoer: string) => string>> = {
  bsn: normaliseerBsn,
  persoon: normaliseerPersoon,
  telefoon: normaliseerTelefoon,
  adres: normaliseerAdres,
  email: normaliseerEmail,
  iban: normaliseerIban,
  kvk: normaliseerKvk,
  kenteken: normaliseerKenteken,
};

/**
 * Brings an identifier of the given soort to its canonical form (DESIGN.md,
 * "Pseudonyms"; docs/pseudoniemen.md). Throws `IdentiteitFout` when the input is
 * not a valid identifier of that soort.
 *
 * @example normaliseer('telefoon', '06-12345678') // '+31612345678'
 */
export function normaliseer(soort: Soort, invoer: string): string {
  if (!isSoort(soort)) {
    throw new TypeError(`Onbekende soort identificatie. Kies uit: ${SOORTEN.join(', ')}.`);
  }
  return PER_SOORT[soort](invoer);
}

/**
 * @module
 * The kinds of identifier (soorten) a signal can carry. The list is closed:
 * a new soort needs a canonical form in DESIGN.md and test vectors first.
 */

export const SOORTEN = [
  'bsn',
  'persoon',
  'telefoon',
  'adres',
  'email',
  'iban',
  'kvk',
  'kenteken',
] as const;

export type Soort = (typeof SOORTEN)[number];

/** True when `waarde` names a known soort. */
export function isSoort(waarde: string): waarde is Soort {
  return (SOORTEN as readonly string[]).includes(waarde);
}

/**
 * @module
 * The opaque reference a partner may give along with an overdracht (issue 16): 1 to 32
 * letters, digits and dashes, meaningful only in the partner's own system. It never holds a
 * name, and it is refused when it is itself an identifier: a valid BSN, a phone number, an
 * IBAN or a Dutch kenteken, so that no identifier reaches the gateway in the clear this way.
 */
import { normaliseerBsn } from './bsn.js';
import { normaliseerIban } from './iban.js';
import { normaliseerTelefoon } from './telefoon.js';

/** The form of a reference. */
export const REFERENTIE = /^[A-Za-z0-9-]{1,32}$/;

/** Why a reference is refused: the kind of identifier it is. */
export type ReferentieBezwaar = 'vorm' | 'bsn' | 'telefoon' | 'iban' | 'kenteken';

/**
 * Letter (L) and digit (D) patterns of the Dutch kenteken sidecodes 1 to 14, dashes left
 * out (RDW: XX-99-99, 99-99-XX, ..., 999-XX-9).
 */
const KENTEKEN_VORMEN = new Set([
  'LLDDDD',
  'DDDDLL',
  'DDLLDD',
  'LLDDLL',
  'LLLLDD',
  'DDLLLL',
  'DDLLLD',
  'DLLLDD',
  'LLDDDL',
  'LDDDLL',
  'LLLDDL',
  'LDDLLL',
  'DLLDDD',
  'DDDLLD',
]);

/** Undefined when `referentie` may be used; else the reason it is refused. */
export function referentieBezwaar(referentie: string): ReferentieBezwaar | undefined {
  if (!REFERENTIE.test(referentie)) return 'vorm';
  if (geldig(normaliseerBsn, referentie)) return 'bsn';
  if (geldig(normaliseerTelefoon, referentie)) return 'telefoon';
  if (geldig(normaliseerIban, referentie)) return 'iban';
  if (isKenteken(referentie)) return 'kenteken';
  return undefined;
}

/** Dutch wording of a refusal, for the partner employee; never repeats the reference. */
export const REFERENTIE_BEZWAAR: Record<ReferentieBezwaar, string> = {
  vorm: 'een referentie is 1 tot 32 tekens: letters, cijfers en streepjes',
  bsn: 'de referentie is een geldig BSN; gebruik een betekenisloos kenmerk uit uw eigen systeem',
  telefoon:
    'de referentie is een telefoonnummer; gebruik een betekenisloos kenmerk uit uw eigen systeem',
  iban: 'de referentie is een IBAN; gebruik een betekenisloos kenmerk uit uw eigen systeem',
  kenteken: 'de referentie is een kenteken; gebruik een betekenisloos kenmerk uit uw eigen systeem',
};

function isKenteken(referentie: string): boolean {
  const kaal = referentie.replaceAll('-', '').toUpperCase();
  if (kaal.length !== 6) return false;
  const vorm = [...kaal].map((t) => (/[0-9]/.test(t) ? 'D' : 'L')).join('');
  return KENTEKEN_VORMEN.has(vorm);
}

function geldig(normaliseer: (invoer: string) => string, waarde: string): boolean {
  try {
    normaliseer(waarde);
    return true;
  } catch {
    return false;
  }
}

/**
 * @module
 * The first step of every normalisation: the input must be non-empty text.
 */

import { IdentiteitFout } from './identiteit-fout.js';
import type { Soort } from './soorten.js';

/**
 * Returns the input without surrounding white space, or throws `<soort>-leeg`
 * when nothing is left (or when the caller passed something other than text).
 */
export function vereisTekst(soort: Soort, invoer: unknown): string {
  const getrimd = typeof invoer === 'string' ? invoer.trim() : '';
  if (getrimd === '') throw new IdentiteitFout(soort, `${soort}-leeg`);
  return getrimd;
}

/**
 * @module
 * A deployment accepts one pseudonym version and only the key ids its signed policy names
 * (pseudoniemen.yaml). Anything else is refused before it is re-keyed: a pseudonym of another
 * version or key could never match, and accepting it would silently lose overlap.
 */
import type { PseudoniemInstelling } from '../policy/beleid.js';
import type { AangeleverdPseudoniem } from '../pseudonym/opslag.js';
import { ApiError } from './fout.js';

/** Throws 422 (with what to fix) unless every pseudonym is of the deployment's version and keys. */
export function vereisHerkomst(
  instelling: PseudoniemInstelling,
  pseudoniemen: readonly AangeleverdPseudoniem[],
): void {
  const ids = instelling.sleutels.map((s) => s.id);
  for (const p of pseudoniemen) {
    if (p.versie !== instelling.versie) {
      throw new ApiError(
        'niet-toegestaan-door-beleid',
        `Deze poort neemt alleen pseudoniemen ${instelling.versie} aan, geen ${p.versie} (zie docs/pseudoniemen.md).`,
      );
    }
    if (!ids.includes(p.sleutel)) {
      throw new ApiError(
        'niet-toegestaan-door-beleid',
        ids.length === 0
          ? 'Het beleid pint geen sleutel voor pseudoniemen (pseudoniemen.yaml): de poort neemt niets aan.'
          : `Sleutel ${p.sleutel} staat niet in het beleid; gebruik ${ids.join(' of ')}.`,
      );
    }
  }
}

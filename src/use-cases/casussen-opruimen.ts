/**
 * @module
 * Issue 17's rows go with the signals they are about: when the bewaartermijn purge destroys
 * signals or a partner withdraws one, every casus that no longer exists loses its regie, regie
 * proposals (with their reported termijnen), stapelmeldingen and reported casus termijn. A
 * casus whose members of at least two partners remain keeps them. The casus definition is the
 * shared one (src/matching/casus.ts), without the exclusions: an excluded entity never got rows.
 */
import { type Casus, casusBouwer, casussen } from '../matching/casus.js';
import type { Store } from '../store/store.js';

const GEEN = new Set<string>();

/** Deletes the rows of every casus that has rows and no longer exists at `nu`; returns how many. */
export async function ruimCasussenOp(store: Store, nu: number): Promise<number> {
  const metRijen = await store.casussenMetRijen();
  if (metRijen.length === 0) return 0;
  const levend = new Set((await alleCasussen(store, nu, GEEN)).map((c) => c.id));
  return wis(store, metRijen, levend);
}

/**
 * Every casus at `nu`, built page by page as the store reads the members (the hourly job).
 * `uitgesloten` (stored pseudonyms, `soort:waarde`) form no casus.
 */
export async function alleCasussen(
  store: Store,
  nu: number,
  uitgesloten: ReadonlySet<string>,
): Promise<Casus[]> {
  const bouwer = casusBouwer(uitgesloten);
  await store.doorloopCasusLeden(nu, (leden) => bouwer.voegToe(leden));
  return bouwer.casussen();
}

/** The casussen signal `signaalId` is in at `nu`: read before it is withdrawn. */
export async function casussenVan(store: Store, signaalId: string, nu: number): Promise<Casus[]> {
  const alle = casussen(await store.casusLeden(signaalId, nu), GEEN);
  return alle.filter((c) => c.leden.some((s) => s.id === signaalId));
}

/**
 * After signal `weg` was withdrawn: deletes the rows of those of `voor` (its casussen before)
 * that no longer exist, looking only at their remaining members; returns how many.
 */
export async function ruimCasussenOpNa(
  store: Store,
  voor: readonly Casus[],
  weg: string,
  nu: number,
): Promise<number> {
  if (voor.length === 0) return 0;
  const levend = new Set<string>();
  const leden = new Set(voor.flatMap((c) => c.leden.map((s) => s.id)).filter((id) => id !== weg));
  for (const lid of leden) {
    for (const c of await casussenVan(store, lid, nu)) levend.add(c.id);
  }
  return wis(
    store,
    voor.map((c) => c.id),
    levend,
  );
}

async function wis(store: Store, ids: readonly string[], levend: ReadonlySet<string>) {
  const weg = ids.filter((id) => !levend.has(id));
  if (weg.length > 0) await store.wisCasussen(weg);
  return weg.length;
}

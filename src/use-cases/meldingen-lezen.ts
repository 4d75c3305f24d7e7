/**
 * @module
 * Reading the inbox: a partner sees the later matches on its own signals, page by page, and
 * nothing of another partner's inbox. The cursor is the last notice read, so a page that
 * arrives while notices are being added is never skipped.
 */
import type { MeldingRij } from '../store/store.js';
import type { Aanvraag } from './context.js';

/** The caller's notices after cursor `na` (exclusive), oldest first, with the next cursor. */
export async function leesMeldingen(
  { diensten, identiteit }: Aanvraag,
  na: number,
  limiet: number,
): Promise<{ meldingen: MeldingRij[]; volgende: number }> {
  const meldingen = await diensten.store.meldingen(identiteit.partner, na, limiet);
  return { meldingen, volgende: meldingen.at(-1)?.id ?? na };
}

/**
 * @module
 * The FG searches the logboek. The gateway's FG sees every entry; a partner's FG only those
 * in which its own organisation acts, is the bron or the ontvanger. The scope follows from
 * who asks, never from the filter.
 */
import type { Entry } from '../logboek/entry.js';
import { fgBereik, type LogboekFilter } from '../logboek/zoeken.js';
import type { Aanvraag } from './context.js';

/**
 * Entries matching `filter` within the caller's scope after volgnummer `na` (exclusive),
 * oldest first; `volgende` is null when this page is the last.
 */
export async function zoekLogboek(
  { diensten, identiteit }: Aanvraag,
  filter: Omit<LogboekFilter, 'partij'>,
  na: number,
  limiet: number,
): Promise<{ regels: Entry[]; volgende: number | null }> {
  const partij = fgBereik(identiteit.partner);
  const regels = await diensten.store.zoekLogboek({ ...filter, partij }, na, limiet);
  const volgende = regels.length === limiet ? (regels.at(-1)?.volgnummer ?? null) : null;
  return { regels, volgende };
}

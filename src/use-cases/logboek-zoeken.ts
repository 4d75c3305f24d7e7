/**
 * @module
 * The FG searches the logboek. The gateway's FG sees every entry as it is hashed; a
 * partner's FG only the entries in its scope, as `fgWeergave` shows them (see
 * src/logboek/zoeken.ts). The scope follows from who asks, never from the filter.
 */
import type { Entry } from '../logboek/entry.js';
import { fgBereik, fgWeergave, type LogboekFilter } from '../logboek/zoeken.js';
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
  const gevonden = await diensten.store.zoekLogboek({ ...filter, partij }, na, limiet);
  const volgende = gevonden.length === limiet ? (gevonden.at(-1)?.volgnummer ?? null) : null;
  return { regels: gevonden.map((e) => fgWeergave(e, partij)), volgende };
}

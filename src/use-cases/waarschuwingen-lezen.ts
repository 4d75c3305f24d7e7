/**
 * @module
 * The FG reads the warnings about partners' own requests (tries above a quota, withdrawals
 * soon after registering). The gateway's FG sees every partner's; a partner's FG only those
 * of its own organisation. The scope follows from who asks, never from the filter.
 */
import { fgBereik } from '../logboek/zoeken.js';
import type { WaarschuwingRij } from '../policy/fg-waarschuwing.js';
import type { Aanvraag } from './context.js';
import { vereisBekendeFilterwaarden } from './filterwaarden.js';

/**
 * Warnings within the caller's scope (and of `partner`, when given) after id `na` (exclusive),
 * oldest first; `volgende` is null when this page is the last.
 */
export async function leesWaarschuwingen(
  { diensten, identiteit }: Aanvraag,
  partner: string | undefined,
  na: number,
  limiet: number,
): Promise<{ waarschuwingen: WaarschuwingRij[]; volgende: number | null }> {
  vereisBekendeFilterwaarden({ partner }, diensten.beleid);
  const bereik = fgBereik(identiteit.partner);
  // A filter narrows the scope, it never widens it: another organisation's gives nothing.
  if (bereik !== undefined && partner !== undefined && partner !== bereik) {
    return { waarschuwingen: [], volgende: null };
  }
  const waarschuwingen = await diensten.store.waarschuwingen(bereik ?? partner, na, limiet);
  const volgende = waarschuwingen.length === limiet ? (waarschuwingen.at(-1)?.id ?? null) : null;
  return { waarschuwingen, volgende };
}

/**
 * @module
 * The FG searches the logboek. The gateway's FG sees every entry as it is hashed, with its
 * volgnummer; a partner's FG only the entries in its scope, as its part of each leaf shows
 * them (src/logboek/blad.ts): without volgnummer, whose gaps would count what others were
 * told. Every entry names its leaf (`blad`), and the cursor is a leaf number, so a page
 * never splits a leaf. The scope follows from who asks, never from the filter.
 */
import { partnerRegel } from '../logboek/blad.js';
import { fgBereik, fgWeergave, type GezochteRegel, type LogboekFilter } from '../logboek/zoeken.js';
import type { Aanvraag } from './context.js';
import { vereisBekendeFilterwaarden } from './filterwaarden.js';

/**
 * Entries matching `filter` within the caller's scope in leaves after `na` (exclusive),
 * after checking that every partner, doel and actie it names is known (else a 400 problem);
 * oldest first; whole leaves, so a page may hold a few more than `limiet`. `volgende` is the
 * last leaf of the page, null when this page is the last.
 */
export async function zoekLogboek(
  { diensten, identiteit }: Aanvraag,
  filter: Omit<LogboekFilter, 'partij' | 'naBlad' | 'blad'>,
  na: number,
  limiet: number,
): Promise<{ regels: GezochteRegel[]; volgende: number | null }> {
  vereisBekendeFilterwaarden(filter, diensten.beleid);
  const store = diensten.store;
  const partij = fgBereik(identiteit.partner);
  const bereik = { ...filter, partij };
  const gevonden = await store.zoekLogboek({ ...bereik, naBlad: na }, 0, limiet);
  const laatste = gevonden.at(-1);
  if (gevonden.length === limiet && laatste) {
    // The rest of the last leaf, so the next page can start after it.
    for (let volgnummer = laatste.volgnummer; ; ) {
      const rest = await store.zoekLogboek({ ...bereik, blad: laatste.blad }, volgnummer, 1000);
      gevonden.push(...rest);
      if (rest.length < 1000) break;
      volgnummer = rest.at(-1)!.volgnummer;
    }
  }
  const regels = gevonden.map((e): GezochteRegel => {
    const blad = e.blad ?? e.volgnummer;
    if (partij === undefined) return { ...fgWeergave(e, undefined), blad };
    return { ...partnerRegel(e, partij), blad };
  });
  return { regels, volgende: gevonden.length >= limiet ? (laatste?.blad ?? null) : null };
}

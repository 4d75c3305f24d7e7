/**
 * @module
 * The gateway's FG reads the delivery attempts of webhooks and mail (issue 18): per partner
 * and kanaal, which inbox number was announced, which try, and how it went. Only the gateway's
 * FG: the attempts are operational, kept apart from the logboek every partner can size.
 */
import { fgBereik } from '../logboek/zoeken.js';
import type { Bezorgpoging } from '../store/bezorgingen.js';
import type { Aanvraag } from './context.js';
import { ApiError } from './fout.js';

/** Attempts after id `na` (exclusive), oldest first; `volgende` is null on the last page. */
export async function leesBezorgingen(
  { diensten, identiteit }: Aanvraag,
  na: number,
  limiet: number,
): Promise<{ bezorgpogingen: Bezorgpoging[]; volgende: number | null }> {
  vereisFgVanDePoort(identiteit.partner);
  const bezorgpogingen = await diensten.store.bezorgingen.bezorgpogingen(na, limiet);
  const laatste = bezorgpogingen.at(-1);
  const volgende = bezorgpogingen.length === limiet ? (laatste?.id ?? null) : null;
  return { bezorgpogingen, volgende };
}

/** The newest `limiet` attempts, oldest first (the werkplek's control page). */
export async function leesLaatsteBezorgingen(
  { diensten, identiteit }: Aanvraag,
  limiet: number,
): Promise<Bezorgpoging[]> {
  vereisFgVanDePoort(identiteit.partner);
  return diensten.store.bezorgingen.laatsteBezorgpogingen(limiet);
}

function vereisFgVanDePoort(organisatie: string): void {
  if (fgBereik(organisatie) !== undefined) {
    throw new ApiError(
      'geen-toegang',
      'Alleen de FG van de poort ziet de bezorgpogingen. Vraag de beheerder van de poort.',
    );
  }
}

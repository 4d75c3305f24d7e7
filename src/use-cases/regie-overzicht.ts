/**
 * @module
 * The regie of an own signal's casussen as the werkplek shows it (issues 17 and 20): what
 * `GET /v1/signalen/{id}/casussen` discloses (logged the same way), plus the open proposals
 * the caller already knows of: those it made itself, and those made to it that reached it.
 * A proposal to the caller it was not told of, or one between two others, is never shown.
 */
import { POORT } from '../logboek/zoeken.js';
import { verstrijkt } from '../policy/werkdagen.js';
import { type CasusWeergave, leesCasussen } from './casussen-lezen.js';
import type { Aanvraag } from './context.js';
import { eigenSignaal } from './eigen-signaal.js';

/** An open proposal on a casus, as far as the caller knows it. */
export interface OpenVoorstel {
  id: string;
  doel: string;
  /** `door-ons`: the caller proposed `naar`; `aan-ons`: it was proposed to the caller. */
  richting: 'door-ons' | 'aan-ons';
  /** The partner proposed, only for a proposal the caller made (it chose that partner). */
  naar?: string;
  aangemaaktOp: number;
  /**
   * When the regie termijn of termijnen.yaml passes (ms); absent without one, and for the
   * gateway's own proposal of the default regisseur (no partner waits for its answer).
   */
  verstrijktOp?: number;
}

/** One casus with its visible regie and the open proposals the caller knows. */
export interface CasusOverzicht extends CasusWeergave {
  voorstellen: OpenVoorstel[];
}

/**
 * The casussen of own signal `signaalId` with regie and known open proposals (logged first),
 * and the signal's doel.
 */
export async function leesRegieOverzicht(
  a: Aanvraag,
  signaalId: string,
): Promise<{ signaal: string; doel: string; casussen: CasusOverzicht[] }> {
  const d = a.diensten;
  const wij = a.identiteit.partner;
  const { signaal, casussen } = await leesCasussen(a, signaalId);
  const termijnen = d.beleid.termijnen;
  const overzicht: CasusOverzicht[] = [];
  for (const c of casussen) {
    const open = (await d.store.openVoorstellenOp(c.id)).sort(
      (x, y) => x.aangemaaktOp - y.aangemaaktOp || x.id.localeCompare(y.id),
    );
    const voorstellen = open.flatMap((v): OpenVoorstel[] => {
      const richting =
        v.van === wij ? 'door-ons' : v.naar === wij && v.naarSignaal ? 'aan-ons' : null;
      // A proposal to take the regie the caller already holds asks nothing of it any more.
      if (richting === null || (richting === 'aan-ons' && c.regie?.regisseur?.id === wij)) {
        return [];
      }
      return [
        {
          id: v.id,
          doel: v.doel,
          richting,
          ...(richting === 'door-ons' && { naar: v.naar }),
          aangemaaktOp: v.aangemaaktOp,
          ...(termijnen?.regie !== undefined &&
            v.van !== POORT && {
              verstrijktOp: verstrijkt(v.aangemaaktOp, termijnen.regie, termijnen.gelijkgesteld),
            }),
        },
      ];
    });
    overzicht.push({ ...c, voorstellen });
  }
  // The doel a new proposal starts from on the page: the signal's own.
  const { doel } = await eigenSignaal(d, wij, signaal);
  return { signaal, doel, casussen: overzicht };
}

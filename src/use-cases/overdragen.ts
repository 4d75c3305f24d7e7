/**
 * @module
 * Overdracht (issue 16): a partner hands one of its own signals to another partner for a
 * doel. Allowed only by an `overdragen` rule of the owner together with the recipient's
 * `ontvangen` for that doel; a refusal is logged as a weigering before it is answered. The
 * recipient gets an inbox item with the owner's functional contact and what the rule grants;
 * the identity itself goes outside the gateway.
 */
import { REFERENTIE_BEZWAAR, referentieBezwaar } from '../identity/referentie.js';
import { type OverdrachtVraag, planOverdracht } from '../matching/overdracht-plan.js';
import type { Signaal } from '../matching/signaal.js';
import { beslisOverdracht } from '../policy/index.js';
import { type Aanvraag, entryContext } from './context.js';
import { eigenSignaal } from './eigen-signaal.js';
import { ApiError } from './fout.js';

/** An overdracht as the handing partner asks it. */
export interface OverdrachtVerzoek {
  /** The recipient by partner id, or by the role it fills in the chain: exactly one of both. */
  naar?: string | undefined;
  ketenrol?: string | undefined;
  doel: string;
  referentie?: string | undefined;
}

/** What the handing partner is answered once the overdracht is committed. */
export interface OverdrachtAntwoord {
  id: string;
  naar: string;
  ketenrol?: string;
  doel: string;
  status: 'open';
  logboekId: number;
}

/** Hands the caller's signal `signaalId` over as `v` asks; 422 (after logging) when refused. */
export async function draagOver(
  a: Aanvraag,
  signaalId: string,
  v: OverdrachtVerzoek,
): Promise<OverdrachtAntwoord> {
  const s = await eigenSignaal(a.diensten, a.identiteit.partner, signaalId);
  if (s.ingetrokkenOp !== null) {
    throw new ApiError('niet-gevonden', 'Er is geen geldig signaal van uw organisatie met dit id.');
  }
  const referentie = controleerReferentie(v.referentie);
  const naar = ontvanger(a, v);
  const { overdracht, blad } = await schrijfOverdracht(a, s, {
    van: a.identiteit.partner,
    naar,
    doel: v.doel,
    referentie,
    ...(v.ketenrol !== undefined && { ketenrol: v.ketenrol }),
  });
  return {
    id: overdracht.id,
    naar,
    ...(v.ketenrol !== undefined && { ketenrol: v.ketenrol }),
    doel: v.doel,
    status: 'open',
    logboekId: blad,
  };
}

/**
 * The recipient `v` names: a partner id, or the one partner the policy's `ketenrollen` names
 * for the role. An unknown or unfilled role is refused with what the jurist must fill in.
 */
function ontvanger(a: Aanvraag, v: OverdrachtVerzoek): string {
  if (v.naar !== undefined && v.ketenrol === undefined) return v.naar;
  if (v.ketenrol === undefined || v.naar !== undefined) {
    throw new ApiError(
      'ongeldig-verzoek',
      'Het verzoek klopt niet: noem de ontvanger met naar (een partner-id) of met ketenrol, precies een van beide.',
    );
  }
  const rollen = a.diensten.beleid.ketenrollen ?? new Map<string, string | null>();
  const partner = rollen.get(v.ketenrol);
  if (partner) return partner;
  const bekend = [...rollen.keys()];
  throw new ApiError(
    'niet-toegestaan-door-beleid',
    partner === null
      ? `Niemand vervult de ketenrol '${v.ketenrol}': het beleid noemt de rol, maar zonder partner. Vraag uw jurist in partners.yaml onder ketenrollen de partner in te vullen, of noem de ontvanger met naar.`
      : `Het beleid kent geen ketenrol '${v.ketenrol}'. ${bekend.length > 0 ? `Bekende ketenrollen: ${bekend.join(', ')}.` : 'Het beleid noemt nog geen ketenrollen.'} Noem een daarvan, noem de ontvanger met naar, of vraag uw jurist de rol in partners.yaml onder ketenrollen toe te voegen.`,
  );
}

/**
 * Decides and commits one overdracht of `s` (by its owner, or passed on by a recipient):
 * refused, the weigering is committed and 422 follows; allowed, the overdracht is.
 */
export async function schrijfOverdracht(
  a: Aanvraag,
  s: Signaal,
  v: Pick<OverdrachtVraag, 'van' | 'naar' | 'doel' | 'referentie' | 'ketenrol'>,
) {
  const d = a.diensten;
  if (!d.beleid.partners.has(v.naar)) {
    throw new ApiError(
      'niet-gevonden',
      'Onbekende ontvanger: die partner staat niet in het beleid.',
    );
  }
  const besluit = beslisOverdracht(d.beleid, {
    bron: s.partner,
    ontvanger: v.naar,
    doel: v.doel,
    signaal: s,
  });
  const pseudoniemen = (await d.store.pseudoniemen(s.id)).map((p) => p.waarde);
  const nu = d.klok();
  const vraag: OverdrachtVraag = { ...v, id: d.nieuwId(), signaal: s, pseudoniemen, nu };
  const ctx = { beleid: d.beleid, entry: entryContext(a), willekeurig: d.willekeurig };
  const { plan, overdracht } = planOverdracht(ctx, vraag, besluit);
  const { blad } = await d.store.legVast(nu, plan);
  if (!overdracht) {
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      `${besluit.reden} De weigering staat in het logboek. Vraag uw jurist als deze overdracht wel zou moeten kunnen.`,
    );
  }
  return { overdracht, blad };
}

function controleerReferentie(referentie: string | undefined): string | null {
  if (referentie === undefined) return null;
  const bezwaar = referentieBezwaar(referentie);
  if (bezwaar) {
    throw new ApiError(
      'ongeldig-verzoek',
      `Het verzoek klopt niet: ${REFERENTIE_BEZWAAR[bezwaar]}.`,
    );
  }
  return referentie;
}

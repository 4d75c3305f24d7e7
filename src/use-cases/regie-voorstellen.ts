/**
 * @module
 * Regie voorstellen (issue 17): a member proposes itself (a claim) or another partner as
 * regisseur of a casus, or the regisseur hands over. Without `naar`, the policy's default
 * regisseur for the doel is proposed. The answer is the same whether or not the proposed
 * partner is in the casus: only the plan decides, unseen, whether it is told.
 */

import { RegieAlBeslist } from '../matching/regie.js';
import { planVoorstel } from '../matching/regie-plan.js';
import { zichtbareCasus } from './casus-zoeken.js';
import { type Aanvraag, entryContext } from './context.js';
import { ApiError } from './fout.js';

/** What the proposing partner asks. */
export interface RegieVerzoek {
  naar?: string | undefined;
  doel: string;
}

/** What it is answered once committed: `aangenomen` for a claim, else `open`. */
export interface VoorstelAntwoord {
  voorstel: string;
  casus: string;
  naar: string;
  doel: string;
  status: 'open' | 'aangenomen';
  logboekId: number;
}

/** Proposes `v.naar` (or the default regisseur) for casus `casusId` of own signal `signaalId`. */
export async function stelRegieVoor(
  a: Aanvraag,
  signaalId: string,
  casusId: string,
  v: RegieVerzoek,
): Promise<VoorstelAntwoord> {
  const d = a.diensten;
  const partner = a.identiteit.partner;
  const naar = voorgesteld(a, v);
  const { eigen, casus } = await zichtbareCasus(a, signaalId, casusId);
  const regie = await d.store.regie(casus.id);
  if (regie && regie.regisseur !== partner) throw regieAlBelegd();
  if (regie && naar === partner) {
    throw new ApiError('regie-al-beslist', 'Uw organisatie heeft de regie van deze casus al.');
  }
  const id = d.nieuwId();
  const nu = d.klok();
  const ctx = { beleid: d.beleid, entry: entryContext(a), willekeurig: d.willekeurig };
  const plan = planVoorstel(ctx, { id, casus, van: eigen, naar, doel: v.doel, regie, nu });
  const { blad } = await d.store.legVast(nu, plan).catch((fout: unknown) => {
    throw fout instanceof RegieAlBeslist ? regieAlBelegd() : fout;
  });
  const status = naar === partner ? 'aangenomen' : 'open';
  return { voorstel: id, casus: casus.id, naar, doel: v.doel, status, logboekId: blad };
}

/** The 409 of a casus that has a regisseur: it names nobody. */
export function regieAlBelegd(): ApiError {
  return new ApiError(
    'regie-al-beslist',
    'Deze casus heeft al een regisseur; alleen de regisseur kan de regie overdragen.',
  );
}

/** The partner proposed: `naar`, or the policy's default regisseur for the doel. */
function voorgesteld(a: Aanvraag, v: RegieVerzoek): string {
  const beleid = a.diensten.beleid;
  if (!beleid.doelen.has(v.doel)) {
    throw new ApiError(
      'ongeldig-verzoek',
      'Het verzoek klopt niet: het doel staat niet in doelen.yaml.',
    );
  }
  const naar = v.naar ?? beleid.regisseurs?.get(v.doel);
  if (naar === undefined || naar === null) {
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      `Het beleid noemt geen standaardregisseur voor doel '${v.doel}'. Noem de partner met naar, of vraag uw jurist in partners.yaml onder regisseurs een regisseur voor dit doel te noemen.`,
    );
  }
  if (!beleid.partners.has(naar)) {
    throw new ApiError('niet-gevonden', 'Onbekende partner: die staat niet in het beleid.');
  }
  return naar;
}

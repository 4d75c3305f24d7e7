/**
 * @module
 * A regie proposal answered by the partner it reached (issue 17): aangenomen makes it regisseur
 * (replacing exactly the regisseur it was proposed under), afgewezen leaves the casus as it was.
 * Of two racing answers, or an acceptance racing a claim, the database lets one commit.
 */

import { RegieAlBeslist, type RegieAntwoord } from '../matching/regie.js';
import { planRegieAntwoord } from '../matching/regie-plan.js';
import { zichtbareCasus } from './casus-zoeken.js';
import { type Aanvraag, entryContext } from './context.js';
import { ApiError } from './fout.js';
import { regieAlBelegd } from './regie-voorstellen.js';

/** Answers proposal `id` to the caller; returns what was answered and its leaf. */
export async function beantwoordRegie(
  a: Aanvraag,
  id: string,
  antwoord: RegieAntwoord,
): Promise<{ voorstel: string; casus: string; antwoord: RegieAntwoord; logboekId: number }> {
  const d = a.diensten;
  const vs = await d.store.regievoorstel(id);
  if (!vs || vs.naar !== a.identiteit.partner || vs.naarSignaal === null) {
    throw new ApiError('niet-gevonden', 'Er is geen regievoorstel aan uw organisatie met dit id.');
  }
  if (vs.status !== 'open') {
    throw new ApiError('regie-al-beslist', 'Dit regievoorstel is al beantwoord.');
  }
  const { eigen, casus } = await zichtbareCasus(a, vs.naarSignaal, vs.casus);
  const regie = await d.store.regie(casus.id);
  if (antwoord === 'aangenomen' && (regie?.regisseur ?? null) !== vs.regisseurBijVoorstel) {
    throw regieAlBelegd();
  }
  const nu = d.klok();
  const ctx = { beleid: d.beleid, entry: entryContext(a), willekeurig: d.willekeurig };
  const plan = planRegieAntwoord(ctx, { voorstel: vs, casus, naar: eigen, antwoord, nu });
  const { blad } = await d.store.legVast(nu, plan).catch((fout: unknown) => {
    throw fout instanceof RegieAlBeslist ? regieAlBelegd() : fout;
  });
  return { voorstel: vs.id, casus: casus.id, antwoord, logboekId: blad };
}

/**
 * @module
 * Terugkoppeling (issue 16): a partner sets the status of its own signal from a closed list.
 * It reaches the partners linked to the signal (it was disclosed to them as a match, or it
 * was taken on from their overdracht) where the owner's rule toward them grants
 * `terugkoppeling` for the status; anyone else sees nothing of it.
 */
import { ketenTelling } from '../cijfers/tellingen.js';
import type { PlanContext } from '../matching/overdracht-plan.js';
import type { Koppeling, SignaalStatus } from '../matching/terugkoppeling.js';
import { planStatus } from '../matching/terugkoppeling-plan.js';
import type { GeenPerspectiefReden, Status, Uitkomst } from '../policy/terugkoppeling-woorden.js';
import { type Aanvraag, entryContext } from './context.js';
import { eigenSignaal } from './eigen-signaal.js';
import { ApiError } from './fout.js';

/** A status as the owner sets it; two statuses carry a closed reason or outcome. */
export type StatusVerzoek =
  | { status: Exclude<Status, 'geen_handelingsperspectief' | 'afgesloten'> }
  | { status: 'geen_handelingsperspectief'; reden: GeenPerspectiefReden }
  | { status: 'afgesloten'; uitkomst: Uitkomst };

/** Sets the status of the caller's signal `id` and lets it reach whoever may see it. */
export async function zetStatus(
  a: Aanvraag,
  id: string,
  v: StatusVerzoek,
): Promise<{ signaal: string; status: Status; logboekId: number }> {
  const d = a.diensten;
  const s = await eigenSignaal(d, a.identiteit.partner, id);
  if (s.ingetrokkenOp !== null) {
    throw new ApiError('al-ingetrokken', 'Dit signaal is ingetrokken; het heeft geen status meer.');
  }
  const nu = d.klok();
  const nieuw: SignaalStatus = {
    signaal: s.id,
    partner: s.partner,
    status: v.status,
    toelichting: 'reden' in v ? v.reden : 'uitkomst' in v ? v.uitkomst : null,
    gewijzigdOp: nu,
  };
  const oud = await d.store.status(s.id);
  const koppelingen: Koppeling[] = (await d.store.verstrektAan(s.id)).map((k) => ({ ...k }));
  const overdracht = await d.store.overdrachtVanSignaal(s.id);
  if (overdracht) {
    const origineel = await d.store.signaal(overdracht.signaal);
    koppelingen.push({
      partner: overdracht.van,
      doel: origineel?.doel ?? overdracht.doel,
      overdracht: overdracht.id,
    });
  }
  for (const v of await d.store.vragenOver(s.id)) {
    koppelingen.push({ partner: v.van, doel: v.doel, vraag: v.id });
  }
  const ctx: PlanContext = { beleid: d.beleid, entry: entryContext(a), willekeurig: d.willekeurig };
  // Issue 19: every status set is a terugkoppeling given, counted for T5 with the status.
  const plan = {
    ...planStatus(ctx, s, oud, nieuw, koppelingen),
    tellingen: [ketenTelling(s.partner, 'terugkoppeling', nu)],
  };
  const { blad } = await d.store.legVast(nu, plan);
  return { signaal: s.id, status: v.status, logboekId: blad };
}

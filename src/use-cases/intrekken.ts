/**
 * @module
 * Withdrawing an own signal: its pseudonyms are erased at once, so it never matches again,
 * its notices leave the other partners' inboxes, and the withdrawal is logged. A withdrawal
 * soon after registering is counted, so the FG hears of register-probe-withdraw. The rows of a
 * casus it dissolves (regie, proposals, stapelmeldingen, termijnen) are deleted after it.
 */
import { intrekkingTelling } from '../cijfers/tellingen.js';
import { intrekkingEntry } from '../logboek/geplande-entry.js';
import { bladVan } from '../matching/plan.js';
import { casussenVan, ruimCasussenOpNa } from './casussen-opruimen.js';
import { type Aanvraag, entryContext } from './context.js';
import { eigenSignaal } from './eigen-signaal.js';
import { ApiError } from './fout.js';
import { telIntrekking } from './quota-tellen.js';

/** Withdraws the caller's signal `id`. */
export async function trekIn(a: Aanvraag, id: string): Promise<void> {
  const { diensten: d, identiteit } = a;
  const s = await eigenSignaal(d, identiteit.partner, id);
  if (s.ingetrokkenOp !== null) {
    throw new ApiError('al-ingetrokken', 'Dit signaal was al ingetrokken.');
  }
  // Counted before the withdrawal is written, so a failure afterwards never loses the warning.
  await telIntrekking(a, s);
  const entry = intrekkingEntry(entryContext(a), s);
  const nu = d.klok();
  const casussen = await casussenVan(d.store, s.id, nu);
  // Issue 19: a withdrawal is an event of its own; the registration stays counted.
  const plan = {
    ...bladVan([entry], d.beleid.partners.keys(), d.willekeurig),
    tellingen: [intrekkingTelling(s, nu)],
  };
  await d.store.trekIn(s.id, nu, plan);
  // Issue 17: the regie and stapel rows of a casus the withdrawal dissolved go with it.
  await ruimCasussenOpNa(d.store, casussen, s.id, nu);
}

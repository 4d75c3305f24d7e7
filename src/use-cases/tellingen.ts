/**
 * @module
 * The figures' counters of a registration (issue 19), added to its plan so the store writes
 * them in the registration's transaction, after the planner has decided on the committed state.
 */
import { type Geteld, registratieTellingen } from '../cijfers/tellingen.js';
import type { Planner } from '../matching/plan.js';

/**
 * `planner` with the counters of registration `r` in its plan. It counts as matched when the
 * plan discloses something (a verstrekking): a refused match is never counted.
 */
export function metTellingen<A>(planner: Planner<A>, r: Geteld): Planner<A> {
  return (kandidaten, pseudoniemen, staat) => {
    const planning = planner(kandidaten, pseudoniemen, staat);
    const gematcht = planning.plan.entries.some((e) => e.concept.actie === 'verstrekking');
    const tellingen = [...(planning.plan.tellingen ?? []), ...registratieTellingen(r, gematcht)];
    return { ...planning, plan: { ...planning.plan, tellingen } };
  };
}

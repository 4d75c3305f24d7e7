/**
 * @module
 * The termijn watch (issue 17), run by the hourly job (Node timer, Worker cron) after the
 * retention run: reads what is open and every casus, plans the notices of every termijn that
 * passed (src/matching/termijn-plan.ts) and commits them as one leaf; nothing when none passed.
 * Each termijn is reported once, also when two runs race (the store refuses the second whole).
 */
import { casussen } from '../matching/casus.js';
import { planTermijnen } from '../matching/termijn-plan.js';
import type { Beleid } from '../policy/index.js';
import type { Store } from '../store/store.js';

/**
 * Reports the termijnen passed at `nu`; returns how many. `uitgesloten` (stored pseudonyms,
 * `soort:waarde`) form no casus.
 */
export async function bewaakTermijnen(
  store: Store,
  beleid: Beleid,
  nu: number,
  willekeurig: (lengte: number) => Uint8Array,
  uitgesloten: ReadonlySet<string> = new Set(),
): Promise<number> {
  if (!beleid.termijnen) return 0;
  const [open, leden] = await Promise.all([store.openstaand(), store.alleCasusLeden(nu)]);
  const overdrachten = await Promise.all(
    open.overdrachten.map(async (o) => ({ o, signaal: await store.signaal(o.signaal) })),
  );
  const plan = planTermijnen(
    beleid,
    {
      ...open,
      overdrachten,
      casussen: casussen(leden, uitgesloten),
      belegd: new Set(open.belegd),
      gemeld: new Set(open.casusGemeld),
    },
    nu,
    willekeurig,
  );
  if (!plan) return 0;
  await store.legVast(nu, plan);
  return plan.termijnmeldingen?.length ?? 0;
}

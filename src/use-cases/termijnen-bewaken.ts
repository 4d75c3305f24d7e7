/**
 * @module
 * The termijn watch (issue 17), run by the hourly job (Node timer, Worker cron) after the
 * retention run: reads what is open and every casus, plans the notices of every termijn that
 * passed (src/matching/termijn-plan.ts) and commits them as one leaf; nothing when none passed.
 * Each termijn is reported once, also when two runs race (the store refuses the second whole).
 */
import { planTermijnen } from '../matching/termijn-plan.js';
import type { Beleid } from '../policy/index.js';
import type { Store } from '../store/store.js';
import { alleCasussen } from './casussen-opruimen.js';

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
  const t = beleid.termijnen;
  if (!t) return 0;
  const eerst = await store.openstaand();
  // Every casus is read only when a casus termijn or an escalation of a proposal or request
  // may need it.
  const nodig =
    t.casus !== undefined ||
    (t.escalatie !== null && eerst.voorstellen.length + eerst.vragen.length > 0);
  const alle = nodig ? await alleCasussen(store, nu, uitgesloten) : [];
  // Read again after the casussen (which take seconds on a large database): a regie given or a
  // termijn reported meanwhile counts.
  const open = nodig ? await store.openstaand() : eerst;
  const overdrachten = await Promise.all(
    open.overdrachten.map(async (o) => ({ o, signaal: await store.signaal(o.signaal) })),
  );
  const plan = planTermijnen(
    beleid,
    {
      ...open,
      overdrachten,
      casussen: alle,
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

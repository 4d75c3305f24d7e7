/**
 * @module
 * The hourly job's work on the data, the same in both runtimes (Node timer, Worker cron):
 * first the bewaartermijn purge, then the termijn watch (issue 17) over what remains.
 */
import { verwijderVerlopen } from './bewaartermijn.js';
import type { Poort } from './context.js';
import { bewaakTermijnen } from './termijnen-bewaken.js';

/** Purges what expired and reports the termijnen passed, both at the gateway's current time. */
export async function ruimOpEnBewaak(
  d: Pick<Poort, 'store' | 'beleid' | 'klok' | 'willekeurig' | 'uitgesloten'>,
): Promise<void> {
  await verwijderVerlopen(d.store, d.beleid, d.klok(), d.willekeurig);
  await bewaakTermijnen(d.store, d.beleid, d.klok(), d.willekeurig, d.uitgesloten);
}

/**
 * @module
 * Retention: signals whose bewaartermijn (per partner and sterkte in the policy) has passed
 * are destroyed with their pseudonyms and inbox notices, and the commitment openings of every
 * logboek entry about them are erased, so those entries can no longer be linked to a person.
 * Each destroyed signal gets a `vernietiging` entry in the same atomic step. The entries
 * themselves stay: the tree and every proof still verify. The regie, regie proposals,
 * stapelmeldingen and termijnen of casussen that no longer exist go next (issue 17). The same run deletes quota counters
 * of ended windows and the FG's warnings past their bewaartermijn (quota.yaml). The gateway
 * runs it hourly, the Worker's cron likewise, and `ketenpoort bewaartermijn` on demand.
 */
import { willekeurigeBytes } from '../logboek/blad.js';
import { logboekGewistEntry, vernietigingEntry } from '../logboek/geplande-entry.js';
import { bladVan } from '../matching/plan.js';
import type { Beleid } from '../policy/index.js';
import type { LogboekOmvang, Opruiming, Store } from '../store/store.js';
import { ruimCasussenOp } from './casussen-opruimen.js';

/**
 * Destroys what has expired at `nu`; returns the destroyed signals and erased openings.
 * `willekeurig` draws the salts of the run's logboek leaf.
 */
export async function verwijderVerlopen(
  store: Store,
  beleid: Beleid,
  nu: number,
  willekeurig: (lengte: number) => Uint8Array = willekeurigeBytes,
): Promise<Opruiming & { logboek?: LogboekGewist }> {
  const termijn = beleid.waarschuwingDrempels?.bewaartermijn;
  // Without quota.yaml no warning is made, and those made before are kept, not guessed at.
  await store.ruimQuotaOp(nu, termijn === undefined ? 0 : plusMaanden(nu, -termijn));
  // Delivery attempts (issue 18) are the FG's operational records too: kept as long.
  if (termijn !== undefined) await store.bezorgingen.ruimOp(plusMaanden(nu, -termijn));
  const opruiming = await store.verwijderVerlopen(nu, (signalen) =>
    bladVan(
      signalen.map((s) => vernietigingEntry(beleid.hash, s)),
      beleid.partners.keys(),
      willekeurig,
    ),
  );
  const logboek = await wisLogboek(store, beleid, nu, willekeurig);
  // Issue 17: the rows of every casus the purge dissolved go with its signals; every hour, also
  // without a destroyed signal, so a clean-up a failed withdrawal or run left is done now. After
  // the logboek's retention, which so does not wait for (or fail with) the read of every casus.
  await ruimCasussenOp(store, nu);
  return logboek ? { ...opruiming, logboek } : opruiming;
}

/**
 * The logboek's own retention (logboek.yaml): the leaves older than the term lose their
 * content and keep number, time and leaf hash, through one logged `logboek-gewist` entry that
 * names how far and from when; undefined when the policy names no term or nothing is past it.
 */
export async function wisLogboek(
  store: Store,
  beleid: Beleid,
  nu: number,
  willekeurig: (lengte: number) => Uint8Array = willekeurigeBytes,
): Promise<LogboekGewist | undefined> {
  const maanden = beleid.logboekBewaartermijnMaanden;
  if (maanden === undefined) return undefined;
  const grens = plusMaanden(nu, -maanden);
  const gewist = await store.wisLogboek(nu, grens, (w) =>
    bladVan(
      [
        logboekGewistEntry(beleid.hash, {
          ...w,
          grens: new Date(grens).toISOString(),
          maanden,
        }),
      ],
      beleid.partners.keys(),
      willekeurig,
    ),
  );
  return gewist && { ...gewist, grens, maanden };
}

/** What one run of the logboek's retention erased. */
export interface LogboekGewist {
  totEnMetBlad: number;
  totEnMetRegel: number;
  /** Leaves erased in this run. */
  bladen: number;
  /** ms: every erased leaf is older. */
  grens: number;
  maanden: number;
}

/**
 * The logboek entries older than the logboek's own bewaartermijn at `nu`, with that term in
 * months; undefined when the policy names none.
 */
export async function logboekVoorbijTermijn(
  store: Store,
  beleid: Beleid,
  nu: number,
): Promise<(LogboekOmvang & { maanden: number }) | undefined> {
  const maanden = beleid.logboekBewaartermijnMaanden;
  if (maanden === undefined) return undefined;
  return { ...(await store.logboekOuderDan(plusMaanden(nu, -maanden))), maanden };
}

/** Adds calendar months in UTC (31 January + 1 month = 3 March, as Date does). */
export function plusMaanden(ms: number, maanden: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + maanden);
  return d.getTime();
}

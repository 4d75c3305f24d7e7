/**
 * @module
 * Working days between two moments, for T5's answer-time buckets (issue 19), on the chain's
 * calendar of issue 17 (src/policy/werkdagen.ts): Monday to Friday in Europe/Amsterdam, minus
 * the feestdagen of the Algemene termijnenwet and the days the policy sets equal to them.
 */
import { amsterdamseDatum, type GelijkgesteldeDag, isWerkdag } from '../policy/werkdagen.js';

const DAG = 86_400_000;

/** Werkdagen after the day of `van` up to and including the day of `tot`. */
export function werkdagenTussen(
  van: number,
  tot: number,
  gelijkgesteld: readonly GelijkgesteldeDag[],
): number {
  const laatste = amsterdamseDatum(tot);
  let n = 0;
  for (let d = Date.parse(`${amsterdamseDatum(van)}T00:00:00Z`) + DAG; ; d += DAG) {
    const datum = new Date(d).toISOString().slice(0, 10);
    if (datum > laatste) return n;
    if (isWerkdag(datum, gelijkgesteld)) n++;
  }
}

/** T5's bucket of an overdracht answered or a regie taken after `werkdagen`: 0-2, 3-5, 6-10 or more than 10. */
export function werkdagEmmer(soort: 'overdracht' | 'regie', werkdagen: number): string {
  if (werkdagen <= 2) return `${soort}-0-2`;
  if (werkdagen <= 5) return `${soort}-3-5`;
  return werkdagen <= 10 ? `${soort}-6-10` : `${soort}-meer-dan-10`;
}

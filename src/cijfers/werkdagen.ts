/**
 * @module
 * Working days between two moments, for T5's answer-time buckets (issue 19). A placeholder
 * for the chain's calendar of issue 17 (werkdagen without Dutch public holidays): this one
 * counts Monday to Friday in Amsterdam and knows no holidays yet, so around a holiday it
 * counts one day more than the calendar will.
 */

const DAG = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Amsterdam calendar date of `ms` as UTC midnight (ms). */
function datum(ms: number): number {
  return Date.parse(`${DAG.format(new Date(ms))}T00:00:00Z`);
}

/** Working days after the day of `van` up to and including the day of `tot`. */
export function werkdagenTussen(van: number, tot: number): number {
  let n = 0;
  for (let d = datum(van) + 86_400_000; d <= datum(tot); d += 86_400_000) {
    const dag = new Date(d).getUTCDay();
    if (dag !== 0 && dag !== 6) n++;
  }
  return n;
}

/** T5's bucket of an answer after `werkdagen`: 0-2, 3-5, 6-10 or more than 10. */
export function antwoordEmmer(werkdagen: number): string {
  if (werkdagen <= 2) return 'overdracht-0-2';
  if (werkdagen <= 5) return 'overdracht-3-5';
  return werkdagen <= 10 ? 'overdracht-6-10' : 'overdracht-meer-dan-10';
}

/**
 * @module
 * The moments an FG filters the logboek by, read the same way in the API and the CLI: a date
 * (`2026-03-01`) is 00:00 that day in the Netherlands (Europe/Amsterdam, summer time
 * included), a time needs its time zone (`2026-03-01T09:00:00+01:00` or `...Z`), since
 * without one it would mean a different moment on every machine. `tot` is exclusive.
 */

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
const MET_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** How to write a moment, for error messages. */
export const TIJDSTIP_VORMEN =
  'een datum (2026-03-01: 00:00 Nederlandse tijd) of een tijdstip met tijdzone (2026-03-01T09:00:00+01:00)';

/**
 * Milliseconds since the epoch of `tekst`, or undefined when it is neither form or no real
 * day or time.
 * @example
 * leesTijdstip('2026-07-01') // Date.parse('2026-06-30T22:00:00Z'): midnight in summer time
 */
export function leesTijdstip(tekst: string): number | undefined {
  const d = DATUM.exec(tekst);
  if (d) {
    const [j, m, dag] = [Number(d[1]), Number(d[2]), Number(d[3])];
    const utc = Date.UTC(j, m - 1, dag);
    const echt = new Date(utc);
    if (echt.getUTCFullYear() !== j || echt.getUTCMonth() !== m - 1 || echt.getUTCDate() !== dag)
      return undefined;
    return middernachtInNederland(utc);
  }
  if (!MET_ZONE.test(tekst)) return undefined;
  const ms = Date.parse(tekst);
  return Number.isNaN(ms) ? undefined : ms;
}

const KLOK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The offset of Dutch clock time from UTC at `ms`, in ms (+1 h in winter, +2 h in summer). */
function verschil(ms: number): number {
  const deel = (type: string) =>
    Number(KLOK.formatToParts(ms).find((p) => p.type === type)?.value ?? 0);
  const klok = Date.UTC(
    deel('year'),
    deel('month') - 1,
    deel('day'),
    deel('hour'),
    deel('minute'),
    deel('second'),
  );
  return klok - (ms - (ms % 1000));
}

/** The moment the Dutch clock shows 00:00 on the day whose UTC midnight is `utc`. */
function middernachtInNederland(utc: number): number {
  // Midnight is never inside a switch (those are at 02:00 and 03:00), so two steps suffice.
  const eerste = utc - verschil(utc);
  return utc - verschil(eerste);
}

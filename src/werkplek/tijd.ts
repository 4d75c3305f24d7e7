/**
 * @module
 * Times as people in the Netherlands read them: Dutch, in Europe/Amsterdam (CET/CEST),
 * whatever the server's own time zone.
 */

const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The Amsterdam calendar day of `ms` in Dutch, e.g. "30 april 2026". */
export function datum(ms: number): string {
  return DATUM.format(new Date(ms));
}

/** `ms` since the epoch as a Dutch date and time in Amsterdam, e.g. "2 maart 2026 om 10:00:00". */
export function tijdstip(ms: number): string {
  return TIJDSTIP.format(new Date(ms));
}

/**
 * The value of an `<input type="datetime-local">` (Amsterdam wall-clock time, as the FG typed
 * it) in ms since the epoch; undefined when it is empty or no such time exists.
 */
export function vanAmsterdamseTijd(waarde: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(waarde);
  if (!m) return undefined;
  const [j, mnd, d, u, min] = m.slice(1).map(Number) as [number, number, number, number, number];
  const alsUtc = Date.UTC(j, mnd - 1, d, u, min);
  // Amsterdam is UTC+1 or UTC+2: try both offsets and keep the one that reads back the same.
  for (const uren of [1, 2]) {
    const ms = alsUtc - uren * 3_600_000;
    if (amsterdamseTijd(ms) === waarde) return ms;
  }
  return undefined;
}

/** `ms` as the value of an `<input type="datetime-local">` in Amsterdam time. */
export function amsterdamseTijd(ms: number): string {
  const delen = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return `${delen.year}-${delen.month}-${delen.day}T${delen.hour}:${delen.minute}`;
}

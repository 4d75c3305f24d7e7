/**
 * @module
 * Werkdagen for the termijnen of issue 17, after the Algemene termijnenwet art. 3: Monday to
 * Friday, minus the algemeen erkende feestdagen (lid 1 and 2: Nieuwjaarsdag, Goede Vrijdag,
 * tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag, both Kerstdagen; 5 mei
 * and Goede Vrijdag every year) and minus the days set equal to them by decree (lid 3), which
 * the policy keeps as a dated list. Days are calendar days in Europe/Amsterdam (via Intl).
 */

const ZONE = 'Europe/Amsterdam';
const DAG_MS = 24 * 3600 * 1000;

// Made once: making a formatter costs far more than using one (the hourly job asks thousands).
// en-CA writes dates as YYYY-MM-DD.
const DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE });
const OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** A day set equal to a feestdag by decree (art. 3 lid 3): its date, source and when it was set. */
export interface GelijkgesteldeDag {
  /** `YYYY-MM-DD`. */
  datum: string;
  bron: string;
  vastgesteld: string;
}

/** `YYYY-MM-DD` of a UTC date. */
function iso(jaar: number, maand: number, dag: number): string {
  return new Date(Date.UTC(jaar, maand - 1, dag)).toISOString().slice(0, 10);
}

/** Easter Sunday of `jaar` (Gregorian, the anonymous algorithm in Meeus's form), as [month, day]. */
export function pasen(jaar: number): [number, number] {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  return [maand, ((h + l - 7 * m + 114) % 31) + 1];
}

const perJaar = new Map<number, ReadonlyMap<string, string>>();

/** The algemeen erkende feestdagen of `jaar` (art. 3 lid 1 and 2), `YYYY-MM-DD` -> name. */
export function feestdagen(jaar: number): ReadonlyMap<string, string> {
  const bekend = perJaar.get(jaar);
  if (bekend) return bekend;
  const dagen = berekenFeestdagen(jaar);
  perJaar.set(jaar, dagen);
  return dagen;
}

function berekenFeestdagen(jaar: number): Map<string, string> {
  const [pm, pd] = pasen(jaar);
  const naPasen = (n: number) => iso(jaar, pm, pd + n);
  // Koningsdag is 27 April, or the 26th when the 27th is a Sunday.
  const koningsdag = new Date(Date.UTC(jaar, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  return new Map([
    [iso(jaar, 1, 1), 'Nieuwjaarsdag'],
    [naPasen(-2), 'Goede Vrijdag'],
    [naPasen(1), 'tweede Paasdag'],
    [iso(jaar, 4, koningsdag), 'Koningsdag'],
    [iso(jaar, 5, 5), 'Bevrijdingsdag (5 mei)'],
    [naPasen(39), 'Hemelvaartsdag'],
    [naPasen(50), 'tweede Pinksterdag'],
    [iso(jaar, 12, 25), 'eerste Kerstdag'],
    [iso(jaar, 12, 26), 'tweede Kerstdag'],
  ]);
}

/** Whether `datum` (`YYYY-MM-DD`) is a werkdag, given the days set equal by decree. */
export function isWerkdag(datum: string, gelijkgesteld: readonly GelijkgesteldeDag[]): boolean {
  const d = new Date(`${datum}T00:00:00.000Z`);
  const weekdag = d.getUTCDay();
  if (weekdag === 0 || weekdag === 6) return false;
  if (feestdagen(d.getUTCFullYear()).has(datum)) return false;
  return !gelijkgesteld.some((g) => g.datum === datum);
}

/** The calendar date in Europe/Amsterdam of instant `ms`, `YYYY-MM-DD`. */
export function amsterdamseDatum(ms: number): string {
  return DATUM.format(new Date(ms));
}

/** The instant (ms) at which `datum` (`YYYY-MM-DD`) begins in Europe/Amsterdam. */
export function beginVanDag(datum: string): number {
  const middernachtUtc = Date.parse(`${datum}T00:00:00.000Z`);
  // The zone's offset at that moment (one or two hours); a change happens at night, not at 0:00.
  const naam = OFFSET.formatToParts(new Date(middernachtUtc)).find(
    (p) => p.type === 'timeZoneName',
  )?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(naam ?? '');
  const minuten = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return middernachtUtc - minuten * 60_000;
}

/**
 * When a termijn of `werkdagen` werkdagen that starts at instant `vanaf` has passed: at the
 * start (Europe/Amsterdam) of the day after its last werkdag. The day of `vanaf` itself does
 * not count (as art. 1 counts a termijn from the day after).
 * @example verstrijkt(Date.parse('2026-04-24T10:00:00Z'), 2, []) // start of 2026-04-30
 */
export function verstrijkt(
  vanaf: number,
  werkdagen: number,
  gelijkgesteld: readonly GelijkgesteldeDag[],
): number {
  // The answer depends on the day only: kept per list of gelijkgestelde dagen, so the hourly
  // job's thousands of casussen formed on a few days cost a few computations.
  const uur = Math.floor(vanaf / UUR_MS);
  const bekend = perLijst.get(gelijkgesteld) ?? new Map<string, number>();
  perLijst.set(gelijkgesteld, bekend);
  const sleutel = `${uur}:${werkdagen}`;
  const al = bekend.get(sleutel);
  if (al !== undefined) return al;
  if (bekend.size > 10_000) bekend.clear();
  const op = bereken(vanaf, werkdagen, gelijkgesteld);
  bekend.set(sleutel, op);
  return op;
}

const UUR_MS = 3600 * 1000;
// Keyed by the hour since the epoch: Europe/Amsterdam's offset is whole hours and changes on
// the hour, so every instant of one UTC hour lies on the same Amsterdam day.
const perLijst = new WeakMap<readonly GelijkgesteldeDag[], Map<string, number>>();

function bereken(vanaf: number, werkdagen: number, gelijkgesteld: readonly GelijkgesteldeDag[]) {
  let dag = Date.parse(`${amsterdamseDatum(vanaf)}T00:00:00.000Z`);
  for (let over = werkdagen; over > 0; ) {
    dag += DAG_MS;
    if (isWerkdag(new Date(dag).toISOString().slice(0, 10), gelijkgesteld)) over--;
  }
  return beginVanDag(new Date(dag + DAG_MS).toISOString().slice(0, 10));
}

/**
 * @module
 * Disclosure control of the figures (issue 19): primary suppression of every cell whose count
 * of others is below the threshold (zero included), then complementary suppression until no
 * linear relation of the grid (row, column, and each hierarchy level: gemeente -> regio,
 * month -> quarter -> half-year, and the totals shared between tables) leaves a suppressed cell
 * recoverable. Unpublished cells (open periods) count as suppressed: they are unknowns too.
 *
 * The rule per relation `totaal = delen` with suppressed members U: U is empty, or the
 * relation leaves each member room of at least `drempel`: with the totaal suppressed, U holds a
 * part besides it; with the totaal shown, U holds two parts or more that hold at least
 * `drempel` together (each of them can then be anything from 0 to their sum). A complementary cell is the shown part
 * with the smallest count of at least `drempel` (it can give way by the threshold), else the
 * smallest shown part, else the totaal. The attacker test (test/cijfers-aanvaller.test.ts)
 * checks the result independently by enumerating every table consistent with what is shown.
 */

/** A cell of the grid: `x` what the viewer may not learn exactly (others' count). */
export interface Cel {
  id: string;
  x: number;
  /** False for a cell of a period that has not ended: never shown. */
  gepubliceerd: boolean;
}

/** A linear relation of the grid: the count of `totaal` is the sum of `delen`. */
export interface Relatie {
  totaal: string;
  delen: readonly string[];
}

/** The ids of the cells to suppress for threshold `drempel`. */
export function afschermen(
  cellen: readonly Cel[],
  relaties: readonly Relatie[],
  drempel: number,
): Set<string> {
  const x = new Map(cellen.map((c) => [c.id, c.x]));
  const weg = new Set(cellen.filter((c) => !c.gepubliceerd || c.x < drempel).map((c) => c.id));
  const waarde = (id: string) => x.get(id) ?? 0;
  for (let ronde = 0, veranderd = true; veranderd && ronde < 10_000; ronde++) {
    veranderd = false;
    for (const r of relaties) {
      while (!veilig(r, weg, waarde, drempel)) {
        const extra = aanvulling(r, weg, waarde, drempel);
        if (extra === undefined) break;
        weg.add(extra);
        veranderd = true;
      }
    }
  }
  return weg;
}

/** True when relation `r` can absorb a shift of `drempel` for each suppressed member. */
function veilig(
  r: Relatie,
  weg: ReadonlySet<string>,
  waarde: (id: string) => number,
  drempel: number,
): boolean {
  const delen = r.delen.filter((d) => weg.has(d));
  if (weg.has(r.totaal)) return delen.length >= 1;
  if (delen.length === 0) return true;
  if (delen.length === 1) return false;
  return delen.reduce((n, d) => n + waarde(d), 0) >= drempel;
}

/** The next cell to suppress in relation `r`; undefined when all are. */
function aanvulling(
  r: Relatie,
  weg: ReadonlySet<string>,
  waarde: (id: string) => number,
  drempel: number,
): string | undefined {
  const zichtbaar = r.delen.filter((d) => !weg.has(d));
  const kies = (lijst: readonly string[]) =>
    [...lijst].sort((a, b) => waarde(a) - waarde(b) || (a < b ? -1 : 1))[0];
  const groot = zichtbaar.filter((d) => waarde(d) >= drempel);
  const keuze = kies(groot) ?? kies(zichtbaar);
  if (keuze !== undefined) return keuze;
  return weg.has(r.totaal) ? undefined : r.totaal;
}

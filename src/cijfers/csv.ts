/**
 * @module
 * The figures as CSV (issue 19): one row per shown cell, suppressed cells with their label,
 * through csv-stringify (quoting, and cells that a spreadsheet would read as a formula).
 */
import { stringify } from 'csv-stringify/sync';
import type { Cijfers } from './tabellen.js';

/** The CSV text of `c`: tabel, periode, both dimensions, the region's value and the own count. */
export function cijfersCsv(c: Cijfers): string {
  const rijen = c.tabellen.flatMap((t) =>
    t.cellen.map((cel) => [
      t.tabel,
      cel.periode,
      t.dimensies[0],
      cel.a,
      t.dimensies[1],
      cel.b,
      cel.label,
      cel.eigen ?? '',
    ]),
  );
  return stringify(rijen, {
    header: true,
    columns: ['tabel', 'periode', 'dimensie_a', 'a', 'dimensie_b', 'b', 'waarde', 'eigen'],
    cast: { string: (v) => (/^[=+\-@]/.test(v) && !/^-?\d+$/.test(v) ? `'${v}` : v) },
  });
}

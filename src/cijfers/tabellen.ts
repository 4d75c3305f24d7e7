/**
 * @module
 * The figures as a viewer gets them (issue 19): the closed periods of one year's grid, every
 * suppressed cell shown as the same label (`<5`, following the threshold) whatever its count,
 * so two grids that differ only in suppressed cells read the same; with the viewer's own counts
 * beside the region's when it has any.
 */
import { afschermen } from './afscherming.js';
import { ALLE, maakRooster, type Opzet, type RoosterCel } from './rooster.js';
import type { Tabel, Teltoename } from './tellingen.js';

/** One shown cell. `waarde` is null when suppressed; `label` is what a reader sees. */
export interface GetoondeCel {
  periode: string;
  a: string;
  b: string;
  waarde: number | null;
  label: string;
  /** The viewer's own count (T1-T4 for a registering viewer), never suppressed. */
  eigen?: number;
}

/** One published table. */
export interface GetoondeTabel {
  tabel: Tabel;
  titel: string;
  /** Names of the dimensions `a` and `b` ('' when the table has one). */
  dimensies: [string, string];
  cellen: GetoondeCel[];
}

/** Everything the figures answer for one year. */
export interface Cijfers {
  jaar: number;
  drempel: number;
  tabellen: GetoondeTabel[];
}

const TITELS: Record<Tabel, [string, string, string]> = {
  t1: ['T1 registraties per maand en gemeente, naar aard', 'gemeente', 'aard'],
  t2: ['T2 per halfjaar naar uitbuitingsvorm en sterkte', 'uitbuitingsvorm', 'sterkte'],
  t3: ['T3 per kwartaal naar soort partner en aard', 'partnersoort', 'aard'],
  t4: ['T4 per kwartaal naar melder', 'melder', ''],
  t5: ['T5 ketencijfers per kwartaal', 'ketencijfer', ''],
  intrekking: ['Intrekkingen', 'gemeente', 'aard'],
};

/**
 * The figures of `opzet.jaar` from `tellingen` for one viewer. T5 shows only others' counts
 * (an organisation that registers never finds its own there); T1-T4 show the region's counts
 * suppressed where the others' part is small, and the viewer's own counts beside them.
 */
export function maakCijfers(
  tellingen: readonly Teltoename[],
  opzet: Opzet,
  drempel: number,
): Cijfers {
  const { cellen, relaties } = maakRooster(tellingen, opzet);
  const weg = afschermen(cellen, relaties, drempel);
  const tabellen = opzet.tabellen.map((tabel): GetoondeTabel => {
    const [titel, a, b] = TITELS[tabel];
    const eigen = opzet.eigen !== undefined && tabel !== 't5';
    const getoond = cellen
      .filter((c) => c.tabel === tabel && c.gepubliceerd)
      .sort(volgorde)
      .map((c) => toon(c, weg.has(c.id), drempel, eigen));
    return { tabel, titel, dimensies: [a, b], cellen: getoond };
  });
  return { jaar: opzet.jaar, drempel, tabellen };
}

function toon(c: RoosterCel, afgeschermd: boolean, drempel: number, eigen: boolean): GetoondeCel {
  const waarde = afgeschermd ? null : c.tabel === 't5' ? c.x : c.x + c.eigen;
  const cel: GetoondeCel = {
    periode: c.periode,
    a: c.a,
    b: c.b,
    waarde,
    label: waarde === null ? `<${drempel}` : String(waarde),
  };
  if (eigen) cel.eigen = c.eigen;
  return cel;
}

/** Periods in calendar order (months, then quarters, then half-years), margins last. */
function volgorde(x: RoosterCel, y: RoosterCel): number {
  const sleutel = (c: RoosterCel) =>
    [niveau(c.periode), c.periode, c.a === ALLE ? '~' : c.a, c.b === ALLE ? '~' : c.b].join('|');
  const a = sleutel(x);
  const b = sleutel(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

function niveau(periode: string): number {
  if (periode.includes('K')) return 1;
  return periode.includes('H') ? 2 : 0;
}

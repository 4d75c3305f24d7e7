/**
 * @module
 * The fixed grid of one calendar year (issue 19): every cell of T1-T5 with the viewer's own
 * count and the count of the others, and every linear relation between cells that anyone who
 * sees the tables can write down (margins, hierarchy levels, totals two tables share). The
 * grid depends on the year, the region's gemeenten and the partner kinds only, never on data.
 */
import { AARDEN, MELDERS, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import type { Cel, Relatie } from './afscherming.js';
import { isAfgesloten, maandenVan } from './perioden.js';
import type { Tabel, Teltoename } from './tellingen.js';

/**
 * The chain figures of T5, in order; `overdrachten` is the sum of the four overdracht buckets,
 * `regie` of the four buckets of time to regie (issue 17's casus, from its forming to its first
 * regisseur, in werkdagen).
 */
export const T5_KOLOMMEN = [
  'gematcht',
  'stapelmelding',
  'overdracht-0-2',
  'overdracht-3-5',
  'overdracht-6-10',
  'overdracht-meer-dan-10',
  'terugkoppeling',
  'regie-0-2',
  'regie-3-5',
  'regie-6-10',
  'regie-meer-dan-10',
] as const;
const EMMERS = T5_KOLOMMEN.filter((k) => k.startsWith('overdracht-'));
const REGIE_EMMERS = T5_KOLOMMEN.filter((k) => k.startsWith('regie-'));

/** Everything but the data the grid is made of. */
export interface Opzet {
  jaar: number;
  nu: number;
  gemeenten: readonly string[];
  partnersoorten: readonly string[];
  /** Whose counts are the viewer's own (shown unsuppressed, and not protected from it). */
  eigen?: string | undefined;
  /** The tables the viewer may see. */
  tabellen: readonly Tabel[];
}

/** A cell of the grid: where it is, the viewer's own count and the others' count `x`. */
export interface RoosterCel extends Cel {
  tabel: Tabel;
  periode: string;
  a: string;
  b: string;
  eigen: number;
}

/** Margins and totals are the value `*` in a dimension. */
export const ALLE = '*';

/** The cell id of `tabel` in `periode` at (`a`, `b`). */
export function celId(tabel: string, periode: string, a: string, b: string): string {
  return `${tabel}|${periode}|${a}|${b}`;
}

/** The grid of `o.jaar` filled from `tellingen`, with its relations. */
export function maakRooster(
  tellingen: readonly Teltoename[],
  o: Opzet,
): { cellen: RoosterCel[]; relaties: Relatie[] } {
  const regio = new Map<string, number>();
  const eigen = new Map<string, number>();
  for (const t of tellingen) {
    const id = celId(t.tabel, t.periode, t.a, t.b);
    regio.set(id, (regio.get(id) ?? 0) + t.aantal);
    if (t.partner === o.eigen) eigen.set(id, (eigen.get(id) ?? 0) + t.aantal);
  }
  const cellen = new Map<string, RoosterCel>();
  const relaties: Relatie[] = [];
  const blad = (tabel: Tabel, periode: string, a: string, b: string) => {
    const id = celId(tabel, periode, a, b);
    const e = eigen.get(id) ?? 0;
    zet(cellen, { id, tabel, periode, a, b, eigen: e, x: (regio.get(id) ?? 0) - e }, o.nu);
    return id;
  };
  const som = (tabel: Tabel, periode: string, a: string, b: string, delen: string[]) => {
    const id = celId(tabel, periode, a, b);
    const leden = delen.map((d) => cellen.get(d) as RoosterCel);
    const e = leden.reduce((n, c) => n + c.eigen, 0);
    const x = leden.reduce((n, c) => n + c.x, 0);
    zet(cellen, { id, tabel, periode, a, b, eigen: e, x }, o.nu);
    relaties.push({ totaal: id, delen });
    return id;
  };
  const jaar = String(o.jaar);
  const halfjaren = [`${jaar}-H1`, `${jaar}-H2`];
  const kwartalen = [1, 2, 3, 4].map((k) => `${jaar}-K${k}`);
  const ziet = new Set(o.tabellen);
  // T1 is always built: T3 and T4 share its totals per quarter.
  for (const aard of AARDEN) {
    for (const h of halfjaren) {
      const geos = [...o.gemeenten];
      for (const g of geos) {
        const qs = kwartalenVan(h).map((q) =>
          som(
            't1',
            q,
            g,
            aard,
            maandenVan(q).map((m) => blad('t1', m, g, aard)),
          ),
        );
        som('t1', h, g, aard, qs);
      }
      for (const p of [...maandenVan(h), ...kwartalenVan(h), h]) {
        som(
          't1',
          p,
          ALLE,
          aard,
          geos.map((g) => celId('t1', p, g, aard)),
        );
      }
      for (const q of kwartalenVan(h)) relaties.push(tijd(q, aard));
      relaties.push({
        totaal: celId('t1', h, ALLE, aard),
        delen: kwartalenVan(h).map((q) => celId('t1', q, ALLE, aard)),
      });
    }
  }
  for (const q of kwartalen) {
    for (const aard of AARDEN) {
      const delen = o.partnersoorten.map((k) => blad('t3', q, k, aard));
      relaties.push({ totaal: celId('t1', q, ALLE, aard), delen });
    }
    const t4 = som(
      't4',
      q,
      ALLE,
      '',
      MELDERS.map((m) => blad('t4', q, m, '')),
    );
    relaties.push({ totaal: t4, delen: AARDEN.map((a) => celId('t1', q, ALLE, a)) });
    if (ziet.has('t5')) {
      for (const k of T5_KOLOMMEN) blad('t5', q, k, '');
      som(
        't5',
        q,
        'overdrachten',
        '',
        EMMERS.map((k) => celId('t5', q, k, '')),
      );
      som(
        't5',
        q,
        'regie',
        '',
        REGIE_EMMERS.map((k) => celId('t5', q, k, '')),
      );
    }
  }
  for (const h of halfjaren) {
    const rijen = UITBUITINGSVORMEN.map((v) =>
      som(
        't2',
        h,
        v,
        ALLE,
        STERKTES.map((s) => blad('t2', h, v, s)),
      ),
    );
    const kolommen = STERKTES.map((s) =>
      som(
        't2',
        h,
        ALLE,
        s,
        UITBUITINGSVORMEN.map((v) => celId('t2', h, v, s)),
      ),
    );
    som('t2', h, ALLE, ALLE, rijen);
    relaties.push({ totaal: celId('t2', h, ALLE, ALLE), delen: kolommen });
  }
  return { cellen: [...cellen.values()], relaties };
}

function kwartalenVan(h: string): string[] {
  const jaar = h.slice(0, 4);
  return h.endsWith('H1') ? [`${jaar}-K1`, `${jaar}-K2`] : [`${jaar}-K3`, `${jaar}-K4`];
}

/** Region per quarter is the sum of its months at region level too (implied, and written). */
function tijd(q: string, aard: string): Relatie {
  return {
    totaal: celId('t1', q, ALLE, aard),
    delen: maandenVan(q).map((m) => celId('t1', m, ALLE, aard)),
  };
}

function zet(cellen: Map<string, RoosterCel>, c: Omit<RoosterCel, 'gepubliceerd'>, nu: number) {
  cellen.set(c.id, { ...c, gepubliceerd: isAfgesloten(c.periode, nu) });
}

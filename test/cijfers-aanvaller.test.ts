/**
 * The attacker test of issue 19, independent of the suppression code: on small random tables
 * (fast-check, fixed seed) it writes down the grid as the viewer knows it (two months and their
 * quarter by two gemeenten and the region, the quarter's region total split by two partner
 * kinds as in T3 and by two melders as in T4, and the viewer's own counts), lets `afschermen`
 * choose what to hide, and then enumerates every non-negative integer table consistent with
 * everything shown. For every suppressed cell the largest and smallest possible values must
 * differ by at least the threshold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afschermen, type Cel, type Relatie } from '../src/cijfers/afscherming.js';

const DREMPEL = 3;
const MAANDEN = ['m1', 'm2'];
const GEMEENTEN = ['g1', 'g2'];

/** The leaves: counts of the others per base cell. Every shown number is a sum of leaves. */
const BLADEN = [
  ...MAANDEN.flatMap((m) => GEMEENTEN.map((g) => `t1:${m}:${g}`)),
  't3:k1',
  't3:k2',
  't4:p1',
  't4:p2',
];

/** Each cell of the grid as the sum of leaves it is (the attacker's own model of the tables). */
function cellen(): Map<string, string[]> {
  const c = new Map<string, string[]>();
  for (const b of BLADEN) c.set(b, [b]);
  for (const g of GEMEENTEN)
    c.set(
      `t1:q:${g}`,
      MAANDEN.map((m) => `t1:${m}:${g}`),
    );
  for (const m of MAANDEN)
    c.set(
      `t1:${m}:regio`,
      GEMEENTEN.map((g) => `t1:${m}:${g}`),
    );
  c.set(
    't1:q:regio',
    BLADEN.filter((b) => b.startsWith('t1:')),
  );
  c.set('t4:totaal', ['t4:p1', 't4:p2']);
  return c;
}

/** The relations the gateway is told about (its own view of the same grid). */
function relaties(): Relatie[] {
  return [
    ...GEMEENTEN.map((g) => ({ totaal: `t1:q:${g}`, delen: MAANDEN.map((m) => `t1:${m}:${g}`) })),
    ...MAANDEN.map((m) => ({
      totaal: `t1:${m}:regio`,
      delen: GEMEENTEN.map((g) => `t1:${m}:${g}`),
    })),
    { totaal: 't1:q:regio', delen: GEMEENTEN.map((g) => `t1:q:${g}`) },
    { totaal: 't1:q:regio', delen: MAANDEN.map((m) => `t1:${m}:regio`) },
    { totaal: 't1:q:regio', delen: ['t3:k1', 't3:k2'] },
    { totaal: 't4:totaal', delen: ['t4:p1', 't4:p2'] },
    { totaal: 't4:totaal', delen: ['t1:q:regio'] },
  ];
}

/**
 * Every assignment of leaves consistent with what is shown, where the T3 and T4 leaves sum to
 * the same quarter total as the T1 leaves (the same registrations); returns each cell's range.
 */
function bereiken(zichtbaar: Map<string, number>, cap: number): Map<string, [number, number]> {
  const model = cellen();
  const bereik = new Map<string, [number, number]>();
  const waarden = new Map<string, number>();
  const klopt = (volledig: boolean) => {
    for (const [id, delen] of model) {
      if (!zichtbaar.has(id)) continue;
      if (!delen.every((d) => waarden.has(d)) && !volledig) continue;
      if (!delen.every((d) => waarden.has(d))) return false;
      const som = delen.reduce((n, d) => n + (waarden.get(d) ?? 0), 0);
      if (som !== zichtbaar.get(id)) return false;
    }
    return true;
  };
  const t1 = BLADEN.filter((b) => b.startsWith('t1:'));
  const q = () => t1.reduce((n, b) => n + (waarden.get(b) ?? 0), 0);
  const zoek = (i: number): void => {
    // The second leaf of a split is what the quarter leaves for it: T3 and T4 count the same
    // registrations as T1.
    if (BLADEN[i] === 't3:k2' || BLADEN[i] === 't4:p2') {
      const rest = q() - (waarden.get(BLADEN[i - 1] as string) ?? 0);
      if (rest < 0) return;
      waarden.set(BLADEN[i] as string, rest);
      if (klopt(false)) zoek(i + 1);
      waarden.delete(BLADEN[i] as string);
      return;
    }
    if (i === BLADEN.length) {
      if (!klopt(true)) return;
      for (const [id, delen] of model) {
        const v = delen.reduce((n, d) => n + (waarden.get(d) ?? 0), 0);
        const [lo, hi] = bereik.get(id) ?? [v, v];
        bereik.set(id, [Math.min(lo, v), Math.max(hi, v)]);
      }
      return;
    }
    const blad = BLADEN[i] as string;
    const vast = zichtbaar.get(blad);
    const boven = blad.startsWith('t1:') ? cap : q();
    for (let v = vast ?? 0; v <= (vast ?? boven); v++) {
      waarden.set(blad, v);
      if (klopt(false)) zoek(i + 1);
    }
    waarden.delete(blad);
  };
  zoek(0);
  return bereik;
}

describe('afscherming tegen een aanvaller die alles optelt', () => {
  it('laat elke afgeschermde cel minstens de drempel ruimte', () => {
    const waarde = fc.integer({ min: 0, max: 6 });
    const t1 = fc.array(waarde, { minLength: 4, maxLength: 4 });
    const splits = fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(t1, splits, (leaves, [k, p]) => {
        const q = leaves.reduce((a, b) => a + b, 0);
        const x = new Map<string, number>(BLADEN.slice(0, 4).map((b, i) => [b, leaves[i] ?? 0]));
        const k1 = Math.round(q * k);
        const p1 = Math.round(q * p);
        x.set('t3:k1', k1)
          .set('t3:k2', q - k1)
          .set('t4:p1', p1)
          .set('t4:p2', q - p1);
        const model = cellen();
        const alle: Cel[] = [...model].map(([id, delen]) => ({
          id,
          x: delen.reduce((n, d) => n + (x.get(d) ?? 0), 0),
          gepubliceerd: true,
        }));
        const weg = afschermen(alle, relaties(), DREMPEL);
        const zichtbaar = new Map(alle.filter((c) => !weg.has(c.id)).map((c) => [c.id, c.x]));
        const cap = Math.max(...leaves) + DREMPEL;
        const bereik = bereiken(zichtbaar, cap);
        for (const id of weg) {
          const [lo, hi] = bereik.get(id) ?? [0, 0];
          expect(
            hi - lo,
            `${id} in ${JSON.stringify(Object.fromEntries(x))}`,
          ).toBeGreaterThanOrEqual(DREMPEL);
        }
      }),
      { seed: 19, numRuns: 40 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { cijfersCsv } from './csv.js';
import { maakCijfers } from './tabellen.js';
import type { Teltoename } from './tellingen.js';

const GEMEENTEN = ['GM0376', 'GM0402', 'GM0406'];
const OPZET = {
  jaar: 2026,
  nu: Date.parse('2026-07-15T10:00:00Z'),
  gemeenten: GEMEENTEN,
  partnersoorten: ['gemeente', 'veilig-thuis'],
  tabellen: ['t1', 't2', 't3', 't4'] as const,
};

/** T1 counters of one gemeente partner in January 2026: `aantallen` per gemeente. */
function januari(aantallen: Record<string, number>): Teltoename[] {
  const uit: Teltoename[] = [];
  for (const [a, aantal] of Object.entries(aantallen)) {
    uit.push({ tabel: 't1', periode: '2026-01', partner: 'p', a, b: 'melding', aantal });
  }
  const som = Object.values(aantallen).reduce((x, y) => x + y, 0);
  uit.push({
    tabel: 't3',
    periode: '2026-K1',
    partner: 'p',
    a: 'gemeente',
    b: 'melding',
    aantal: som,
  });
  uit.push({
    tabel: 't4',
    periode: '2026-K1',
    partner: 'p',
    a: 'professional',
    b: '',
    aantal: som,
  });
  return uit;
}

describe('maakCijfers', () => {
  it('geeft dezelfde bytes voor twee tabellen die alleen in afgeschermde cellen verschillen', () => {
    // Equal visible cells and margins; the two small cells swap.
    const a = maakCijfers(januari({ GM0376: 3, GM0402: 10, GM0406: 2 }), OPZET, 5);
    const b = maakCijfers(januari({ GM0376: 2, GM0402: 10, GM0406: 3 }), OPZET, 5);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(cijfersCsv(a)).toBe(cijfersCsv(b));
    const t1 = a.tabellen[0]?.cellen ?? [];
    expect(t1.find((c) => c.periode === '2026-01' && c.a === 'GM0376')).toMatchObject({
      waarde: null,
      label: '<5',
    });
    const t4 = a.tabellen.find((t) => t.tabel === 't4')?.cellen ?? [];
    expect(t4.find((c) => c.periode === '2026-K1' && c.a === '*')?.waarde).toBe(15);
  });

  it('toont alleen afgesloten perioden van het vaste rooster', () => {
    const c = maakCijfers([], OPZET, 5);
    const perioden = new Set(c.tabellen.flatMap((t) => t.cellen.map((x) => x.periode)));
    expect([...perioden].sort()).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-H1',
      '2026-K1',
      '2026-K2',
    ]);
    expect(c.tabellen.every((t) => t.cellen.every((x) => x.label === '<5'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { maakCijfers } from '../cijfers/tabellen.js';
import type { Teltoename } from '../cijfers/tellingen.js';
import { grafiekSvg } from './cijfers-svg.js';

const OPZET = {
  jaar: 2026,
  nu: Date.parse('2026-07-15T10:00:00Z'),
  gemeenten: ['GM0376', 'GM0402', 'GM0406'],
  partnersoorten: ['gemeente'],
  tabellen: ['t1'] as const,
};

/** Meldingen in January per gemeente, with the T3 and T4 counters of the same registrations. */
function januari(aantallen: Record<string, number>): Teltoename[] {
  const som = Object.values(aantallen).reduce((x, y) => x + y, 0);
  const t = (tabel: Teltoename['tabel'], periode: string, a: string, b: string, aantal: number) =>
    ({ tabel, periode, partner: 'p', a, b, aantal }) as Teltoename;
  return [
    ...Object.entries(aantallen).map(([g, n]) => t('t1', '2026-01', g, 'melding', n)),
    t('t3', '2026-K1', 'gemeente', 'melding', som),
    t('t4', '2026-K1', 'professional', '', som),
  ];
}

function svg(aantallen: Record<string, number>) {
  const cellen = (maakCijfers(januari(aantallen), OPZET, 5).tabellen[0]?.cellen ?? []).filter(
    (c) => c.periode === '2026-K1' && c.a !== '*',
  );
  const tekst = grafiekSvg({
    titel: 'Meldingen per gemeente',
    beschrijving: 'Eerste kwartaal 2026; afgeschermde aantallen als kruisje.',
    cellen,
    x: 'a',
    kleur: 'b',
  });
  return { tekst, cellen };
}

describe('grafiekSvg', () => {
  it('heeft een titel en beschrijving, één markering per cel en geen inline stijl', () => {
    const { tekst, cellen } = svg({ GM0376: 3, GM0402: 10, GM0406: 2 });
    expect(tekst).toMatch(/^<svg[^>]*role="img"[^>]*><title>Meldingen per gemeente<\/title><desc>/);
    expect(cellen.length).toBe(9);
    // One <title> per cell, besides the chart's own.
    expect(tekst.match(/<title>/g)?.length).toBe(cellen.length + 1);
    const afgeschermd = cellen.filter((c) => c.waarde === null).length;
    expect(afgeschermd).toBeGreaterThan(0);
    expect(tekst.match(/<title>[^<]*: &lt;5<\/title>/g)?.length).toBe(afgeschermd);
    expect(tekst).not.toMatch(/<style|style=/);
  });

  it('tekent dezelfde bytes als alleen afgeschermde cellen verschillen', () => {
    expect(svg({ GM0376: 3, GM0402: 10, GM0406: 2 }).tekst).toBe(
      svg({ GM0376: 2, GM0402: 10, GM0406: 3 }).tekst,
    );
  });
});

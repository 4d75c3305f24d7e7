/**
 * The README section "Prestaties" shows the last full run as it was measured: its table is
 * exactly what `npx tsx bench/markdown.ts` makes of bench/results/latest.json, and that file
 * is a full run (1,000,000 signals, not --quick).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figuur } from '../bench/lib/meting.js';
import { markdownTabel } from '../bench/lib/tabel.js';

const readme = readFileSync('README.md', 'utf8');
const laatste = JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as {
  commando: string;
  instellingen: { snel: boolean; signalen: number; runs: number };
  figuren: Figuur[];
};

describe('README: Prestaties', () => {
  it('toont de tabel van bench/results/latest.json, letterlijk', () => {
    const start = readme.indexOf('### Tabel van de laatste volledige run');
    const eind = readme.indexOf('\n## ', start);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start, eind)).toContain(markdownTabel(laatste.figuren));
  });

  it('latest.json is een volledige run met 1.000.000 signalen en 3 runs per cijfer', () => {
    expect(laatste.commando).toBe('npm run bench');
    expect(laatste.instellingen).toMatchObject({ snel: false, signalen: 1_000_000, runs: 3 });
    for (const f of laatste.figuren) expect(f.runs.length, f.naam).toBeGreaterThan(0);
  });
});

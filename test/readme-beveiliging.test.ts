/**
 * The README section "Beveiligingsmodel" names, per guarantee, the test that holds it: every
 * test file it names exists, so a guarantee cannot point at a test that was moved or deleted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README: Beveiligingsmodel', () => {
  it('elk genoemd testbestand bestaat', () => {
    const start = readme.indexOf('## Beveiligingsmodel\n');
    const eind = readme.indexOf('\n## ', start + 1);
    expect(start).toBeGreaterThan(0);
    const genoemd = [...readme.slice(start, eind).matchAll(/`([\w./-]+\.test\.ts)`/g)].map(
      (m) => m[1] ?? '',
    );
    expect(genoemd.length).toBeGreaterThanOrEqual(4);
    for (const pad of genoemd) expect(existsSync(pad), pad).toBe(true);
  });
});

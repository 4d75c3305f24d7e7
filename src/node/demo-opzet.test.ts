/**
 * The demo set-up works wherever the keys live: KETENPOORT_SLEUTELS may point outside the
 * data folder, and the demo ketensleutel still lands in `<data>/demo`.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laadBeleid } from '../policy/index.js';
import { leesBeleidBestanden } from './beleid-lezen.js';
import { zorgVoorDemo } from './demo-opzet.js';

const mappen: string[] = [];
afterEach(() => {
  for (const m of mappen.splice(0)) rmSync(m, { recursive: true, force: true });
});

describe('zorgVoorDemo', () => {
  it('maakt de demomap ook als de sleutels buiten de datamap staan', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-demo-'));
    mappen.push(map);
    const data = join(map, 'data');
    const sleutels = join(map, 'elders', 'sleutels');
    await zorgVoorDemo(data, sleutels, laadBeleid(leesBeleidBestanden('policies')));
    expect(existsSync(join(data, 'demo', 'ketensleutel.json'))).toBe(true);
    expect(readdirSync(sleutels).filter((n) => n.endsWith('.jwk.json')).length).toBeGreaterThan(1);
  });
});

/**
 * The demo set-up works wherever the keys live: KETENPOORT_SLEUTELS may point outside the
 * data folder, and the demo ketensleutel still lands in `<data>/demo`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { laadBeleid } from '../policy/index.js';
import { leesBeleidBestanden } from './beleid-lezen.js';
import { zorgVoorDemo } from './demo-opzet.js';
import { leesVertrouwensbron } from './sleutels-lezen.js';

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

  it('names the demo jurists, also in a demo folder made before keys had names', async () => {
    const map = mkdtempSync(join(tmpdir(), 'ketenpoort-demo-'));
    mappen.push(map);
    const sleutels = join(map, 'sleutels');
    const beleid = laadBeleid(leesBeleidBestanden('policies'));
    await zorgVoorDemo(join(map, 'data'), sleutels, beleid);
    const pad = join(sleutels, 'ketenpoort.jwks.json');
    const namen = () =>
      leesVertrouwensbron(sleutels)
        .get('ketenpoort')
        ?.filter((k) => k.rollen.includes('jurist'))
        .map((k) => k.naam);
    expect(namen()).toEqual(['jurist-a', 'jurist-b']);
    const oud = JSON.parse(readFileSync(pad, 'utf8')) as { keys: Array<{ naam?: string }> };
    for (const k of oud.keys) delete k.naam;
    writeFileSync(pad, JSON.stringify(oud));
    expect(() => leesVertrouwensbron(sleutels)).toThrow(
      `Sleutelbestand ${pad} klopt niet: sleutel 'ketenpoort-jurist-demo-1' heeft de rol jurist maar geen naam: voeg "naam": "<naam van de jurist>" toe`,
    );
    await zorgVoorDemo(join(map, 'data'), sleutels, beleid);
    expect(namen()).toEqual(['jurist-a', 'jurist-b']);
  });
});

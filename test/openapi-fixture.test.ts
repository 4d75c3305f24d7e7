/**
 * Behaviour fixture of `ketenpoort openapi`: the document, byte for byte, as printed before
 * the CLI refactor of issue 10. A deliberate API change updates it with
 *   node bin/ketenpoort.js openapi > test/fixtures/openapi.json
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('ketenpoort openapi', () => {
  it('drukt byte voor byte het vastgelegde document af', () => {
    const r = spawnSync(process.execPath, ['bin/ketenpoort.js', 'openapi'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync('test/fixtures/openapi.json', 'utf8'));
  });
});

/**
 * Signed policy sets end to end: the gateway (Node) configured for four-eyes refuses an
 * unsigned set and a set with one signature, loads a set signed by two jurist keys, and
 * logs the load with both signers. Signing goes through the CLI, as a jurist would do it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { bouwDiensten } from '../src/node/gateway.js';

function omgeving() {
  const data = mkdtempSync(join(tmpdir(), 'ketenpoort-onderteken-'));
  const beleid = join(data, 'policies');
  cpSync('policies', beleid, { recursive: true });
  const cfg = leesConfiguratie({
    KETENPOORT_DATA: data,
    KETENPOORT_BELEID: beleid,
    KETENPOORT_HANDTEKENINGEN: '2',
  });
  const onderteken = (naam: string, jurist: string) => {
    const r = spawnSync(
      process.execPath,
      [
        'bin/ketenpoort.js',
        'beleid',
        'onderteken',
        '--sleutel',
        join(cfg.sleutels, `${naam}.jwk.json`),
        '--jurist',
        jurist,
        '--map',
        beleid,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  return { cfg, beleid, onderteken };
}

describe('vier ogen bij het laden van beleid', () => {
  it('refuses an unsigned set, then a set with one signature, and loads it with two', async () => {
    const { cfg, onderteken } = omgeving();
    // The first attempt also creates the demo keys (KETENPOORT_DEMO=aan), as npm start does.
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /is niet geladen: er zijn 2 geldige handtekening\(en\) van verschillende juristen nodig, gevonden: 0\./,
    );
    expect(onderteken('ketenpoort-jurist', 'jurist-a')).toMatch(
      /Handtekeningen voor dit beleid: 1 /,
    );
    await expect(bouwDiensten(cfg)).rejects.toThrow(/gevonden: 1 \(ketenpoort-jurist-demo-1\)\./);
    expect(onderteken('ketenpoort-jurist-2', 'jurist-b')).toMatch(
      /Handtekeningen voor dit beleid: 2 /,
    );
    const d = await bouwDiensten(cfg);
    try {
      expect(d.beleidLading?.ondertekenaars.map((o) => [o.kid, o.jurist])).toEqual([
        ['ketenpoort-jurist-2-demo-1', 'jurist-b'],
        ['ketenpoort-jurist-demo-1', 'jurist-a'],
      ]);
      const log = await d.store.logboek(1, 10);
      expect(log.map((e) => [e.actie, e.gebruiker, e.beleid])).toEqual([
        ['beleid-geladen', 'ketenpoort-jurist-2-demo-1, ketenpoort-jurist-demo-1', d.beleid.hash],
      ]);
    } finally {
      await d.store.close();
    }
  });

  it('refuses signatures of an earlier version after a change, naming why', async () => {
    const { cfg, beleid, onderteken } = omgeving();
    await bouwDiensten(cfg).catch(() => undefined); // creates the demo keys
    onderteken('ketenpoort-jurist', 'jurist-a');
    onderteken('ketenpoort-jurist-2', 'jurist-b');
    const pad = join(beleid, 'regels', 'vtgv.yaml');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace('aan: [riec-mn]', 'aan: [riec-mn, tmm]'));
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /handtekeningen\/ketenpoort-jurist-demo-1\.jws: handtekening van 'ketenpoort-jurist-demo-1' hoort bij een ander beleid/,
    );
  });

  it('refuses to sign a set whose scenarios fail', () => {
    const { cfg, beleid } = omgeving();
    const pad = join(beleid, 'tests', 'veilig-thuis.yaml');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace('reden: eigen-signaal', 'reden: verbod'));
    const sleutel = join(cfg.data, 'x.jwk.json');
    writeFileSync(
      sleutel,
      JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: 'AA', d: 'AA', kid: 'x' }),
    );
    const r = spawnSync(
      process.execPath,
      ['bin/ketenpoort.js', 'beleid', 'onderteken', '--sleutel', sleutel, '--map', beleid],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Niet ondertekend: 1 scenario\('s\) mislukt/);
  });
});

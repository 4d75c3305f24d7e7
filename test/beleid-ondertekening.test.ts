/**
 * Signed policy sets end to end: the gateway (Node) configured for four-eyes refuses an
 * unsigned set and a set with one signature, loads a set signed by two jurist keys, and
 * logs the load with both signers. Signing goes through the CLI, as a jurist would do it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  /** Signs as a jurist would, with the key file `naam`; the key folder is the gateway's. */
  const probeer = (naam: string) =>
    spawnSync(
      process.execPath,
      [
        'bin/ketenpoort.js',
        'beleid',
        'onderteken',
        '--sleutel',
        join(cfg.sleutels, `${naam}.jwk.json`),
        '--map',
        beleid,
      ],
      { encoding: 'utf8', env: { ...process.env, KETENPOORT_DATA: data } },
    );
  const onderteken = (naam: string) => {
    const r = probeer(naam);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  return { cfg, beleid, onderteken, probeer };
}

describe('vier ogen bij het laden van beleid', () => {
  it('refuses an unsigned set, then a set with one signature, and loads it with two', async () => {
    const { cfg, onderteken } = omgeving();
    // The first attempt also creates the demo keys (KETENPOORT_DEMO=aan), as npm start does.
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /is niet geladen: er zijn 2 geldige handtekening\(en\) van verschillende juristen nodig, gevonden: 0\./,
    );
    expect(onderteken('ketenpoort-jurist')).toContain(
      'Geldige handtekeningen voor dit beleid: 1 (jurist-a).',
    );
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /gevonden: 1 \(jurist-a met sleutel ketenpoort-jurist-demo-1\)\./,
    );
    expect(onderteken('ketenpoort-jurist-2')).toContain(
      'Geldige handtekeningen voor dit beleid: 2 (jurist-a, jurist-b).',
    );
    const d = await bouwDiensten(cfg);
    try {
      expect(d.beleidLading?.ondertekenaars.map((o) => [o.kid, o.jurist])).toEqual([
        ['ketenpoort-jurist-2-demo-1', 'jurist-b'],
        ['ketenpoort-jurist-demo-1', 'jurist-a'],
      ]);
      const log = await d.store.logboek(1, 10);
      expect(log.map((e) => [e.actie, e.gebruiker, e.beleid])).toEqual([
        ['beleid-geladen', 'jurist-a, jurist-b', d.beleid.hash],
      ]);
    } finally {
      await d.store.close();
    }
  });

  it('refuses signatures of an earlier version after a change, naming why', async () => {
    const { cfg, beleid, onderteken } = omgeving();
    await bouwDiensten(cfg).catch(() => undefined); // creates the demo keys
    onderteken('ketenpoort-jurist');
    onderteken('ketenpoort-jurist-2');
    const pad = join(beleid, 'regels', 'vtgv.yaml');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace('aan: [riec-mn]', 'aan: [riec-mn, tmm]'));
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /handtekeningen\/ketenpoort-jurist-demo-1\.jws: handtekening van 'ketenpoort-jurist-demo-1' hoort bij een ander beleid/,
    );
  });

  it('refuses to sign with a partner key, and writes nothing', async () => {
    const { cfg, beleid, probeer } = omgeving();
    await bouwDiensten(cfg).catch(() => undefined); // creates the demo keys
    const r = probeer('vtgv');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `Niet ondertekend: sleutel 'vtgv-demo-1' heeft in de sleutelconfiguratie (${cfg.sleutels}) de rol partner, niet jurist. Onderteken met uw eigen juristensleutel.\n`,
    );
    expect(existsSync(join(beleid, 'handtekeningen'))).toBe(false);
  });

  it("never replaces another jurist's signature with a second one from the same key", async () => {
    const { cfg, beleid, onderteken, probeer } = omgeving();
    await bouwDiensten(cfg).catch(() => undefined);
    onderteken('ketenpoort-jurist');
    const pad = join(beleid, 'handtekeningen', 'ketenpoort-jurist-demo-1.jws');
    const eerst = readFileSync(pad, 'utf8');
    // Jurist B picks up jurist A's key file by mistake.
    const r = probeer('ketenpoort-jurist');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^Niet ondertekend: dit beleid is al ondertekend met sleutel 'ketenpoort-jurist-demo-1' van jurist-a \(op \d{4}-\d\d-\d\dT[\d:.]+Z\)\. Een tweede handtekening moet van een andere jurist komen, met diens eigen sleutel\.\n$/,
    );
    expect(readFileSync(pad, 'utf8')).toBe(eerst);
    expect(readdirSync(join(beleid, 'handtekeningen'))).toEqual(['ketenpoort-jurist-demo-1.jws']);
  });

  it('takes jurist keys only from the key configuration, never from the folder it signs', async () => {
    const { cfg, beleid } = omgeving();
    await bouwDiensten(cfg).catch(() => undefined);
    const binnen = join(beleid, 'sleutels');
    cpSync(cfg.sleutels, binnen, { recursive: true });
    const r = spawnSync(
      process.execPath,
      [
        'bin/ketenpoort.js',
        'beleid',
        'onderteken',
        '--sleutel',
        join(binnen, 'ketenpoort-jurist.jwk.json'),
        '--map',
        beleid,
      ],
      { encoding: 'utf8', env: { ...process.env, KETENPOORT_SLEUTELS: binnen } },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `Niet ondertekend: de sleutelconfiguratie (${binnen}) ligt in de beleidsmap die u ondertekent. Zet KETENPOORT_SLEUTELS op de sleutelmap van de uitrol, buiten de beleidsmap.\n`,
    );
  });

  it('refuses to sign a set whose scenarios fail', async () => {
    const { cfg, beleid, probeer } = omgeving();
    await bouwDiensten(cfg).catch(() => undefined);
    const pad = join(beleid, 'tests', 'veilig-thuis.yaml');
    writeFileSync(pad, readFileSync(pad, 'utf8').replace('reden: eigen-signaal', 'reden: verbod'));
    const r = probeer('ketenpoort-jurist');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Niet ondertekend: 1 scenario\('s\) mislukt/);
  });
});

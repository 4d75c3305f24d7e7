/**
 * Rotation of the checkpoint key (issue 13 item 1): `ketenpoort logboek sleutel roteer` with the
 * gateway stopped records the handover in the log and lets the old key sign the tree that ends
 * with it. Then the gateway starts with the new key and signs with it; the FG's check, anchored
 * at the old key, accepts the checkpoints of both keys, each in its range, and so does the
 * gateway's own verification route; a gateway started again with the old key is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geconfigureerdeSleutel } from '../src/cli/sleutel-lezen.js';
import { leesConfiguratie } from '../src/config/env.js';
import { noteVerifierKey } from '../src/logboek/note.js';
import { leesOverdracht } from '../src/logboek/sleutelreeks.js';
import { bouwDiensten } from '../src/node/gateway.js';
import { nodePoort, testSignaal } from './helpers/node-poort.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-sleutelwissel-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Made-up people: BSNs that pass the 11-proef, used only in tests. */
const BSN_A = '111222333';
const BSN_B = '123456782';

function ketenpoort(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

interface Uitslag {
  geldig: boolean;
  checkpoints: Array<{ grootte: number; geldig: boolean }>;
}

describe('ketenpoort logboek sleutel roteer', () => {
  it('na de wissel verifiëren oude en nieuwe checkpoints; met de oude sleutel start de poort niet meer', async () => {
    const data = join(map, 'data');
    const env = { KETENPOORT_DATA: data };
    const cfg = leesConfiguratie(env);
    const eerst = await nodePoort(cfg);
    expect(
      (await eerst.vraag('gemeente-hilversum', 'POST', '/v1/signalen', testSignaal(BSN_A))).status,
    ).toBe(201);
    await eerst.stop();
    const oud = await geconfigureerdeSleutel(cfg);
    const oudeVkey = noteVerifierKey(oud.name, oud.publicKey);

    const nieuwPad = join(map, 'geheim', 'checkpointsleutel-2');
    rmSync(join(map, 'geheim'), { recursive: true, force: true });
    spawnSync('mkdir', ['-p', join(map, 'geheim')]);
    const r = ketenpoort(['logboek', 'sleutel', 'roteer', '--uit', nieuwPad], env);
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(nieuwPad).mode & 0o777).toBe(0o600);
    const vanaf = Number(/Sleutelwissel vastgelegd in blad (\d+)/.exec(r.stdout)?.[1]);
    const overdracht = readFileSync(`${nieuwPad}.sleutelwissel`, 'utf8');
    expect((await leesOverdracht(overdracht, oud)).vanaf).toBe(vanaf);

    const nieuwEnv = { ...env, KETENPOORT_CHECKPOINTSLEUTEL_BESTAND: nieuwPad };
    const daarna = await nodePoort(leesConfiguratie(nieuwEnv));
    expect(
      (await daarna.vraag('gemeente-hilversum', 'POST', '/v1/signalen', testSignaal(BSN_B))).status,
    ).toBe(201);
    const wissels = await daarna.vraag('vtgv-fg', 'GET', '/v1/logboek?actie=sleutelwissel');
    const regels = ((await wissels.json()) as { regels: Array<{ sleutelwissel?: unknown }> })
      .regels;
    expect(regels).toHaveLength(1);
    expect(regels[0]!.sleutelwissel).toMatchObject({ vanaf, vorige: oudeVkey });
    const eigen = await daarna.vraag('ketenpoort-fg', 'GET', '/v1/logboek/verificatie');
    expect(((await eigen.json()) as Uitslag).geldig).toBe(true);
    await daarna.stop();

    // The FG anchors at the old key it has held all along; the log leads it to the new one.
    const v = ketenpoort(['logboek', 'verifieer', '--sleutel', oudeVkey, '--json'], nieuwEnv);
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const uitslag = JSON.parse(v.stdout) as Uitslag;
    const grootten = uitslag.checkpoints.map((c) => c.grootte);
    expect(grootten.some((g) => g < vanaf)).toBe(true);
    expect(grootten).toContain(vanaf);
    expect(grootten.some((g) => g > vanaf)).toBe(true);
    expect(uitslag.checkpoints.every((c) => c.geldig)).toBe(true);

    // The old key is no longer the gateway's: a start with it is refused, saying what to do.
    await expect(bouwDiensten(cfg)).rejects.toThrow(
      /niet de laatste uit de sleutelwissels in het logboek.*logboek sleutel roteer/,
    );
  });
});

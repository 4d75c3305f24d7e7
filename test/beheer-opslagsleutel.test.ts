/**
 * Rotating the storage key (issue 13, item 1): `ketenpoort beheer opslagsleutel roteer`
 * re-keys every stored pseudonym with a new key on top of the old one; afterwards the gateway
 * refuses the old key (it would match nothing), matches as before with the new key file, an
 * inzage still finds the entries logged before the rotation, and the database no longer holds
 * the values the old key alone computes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { leesConfiguratie } from '../src/config/env.js';
import { leesOpslagsleutel } from '../src/node/demo-opzet.js';
import { bouwDiensten } from '../src/node/gateway.js';
import { opslagVan } from '../src/pseudonym/opslag.js';
import { nodePoort, testSignaal, VTGV_HARD } from './helpers/node-poort.js';
import { pseudoniemV2 } from './helpers/pseudoniem-v2.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-rotatie-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** A made-up person: a BSN that passes the 11-proef, used only in tests. */
const BSN = '111222333';

function ketenpoort(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('ketenpoort beheer opslagsleutel', () => {
  it('--nieuw schrijft een sleutel met modus 0600 en overschrijft nooit', () => {
    const pad = join(map, 'nieuwe-sleutel');
    const r = ketenpoort(['beheer', 'opslagsleutel', '--nieuw', '--uit', pad], {});
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(pad).mode & 0o777).toBe(0o600);
    const opnieuw = ketenpoort(['beheer', 'opslagsleutel', '--nieuw', '--uit', pad], {});
    expect(opnieuw.status).toBe(1);
    expect(opnieuw.stderr).toMatch(/bestaat al/);
  });

  it('roteer: oude sleutel geweigerd, nieuwe matcht, inzage vindt de regels van vóór de rotatie', async () => {
    const data = join(map, 'data');
    const env = { KETENPOORT_DATA: data };
    const voor = await nodePoort(leesConfiguratie(env));
    const oudeSleutels = leesOpslagsleutel(leesConfiguratie(env));
    const gemeente = await voor.vraag(
      'gemeente-hilversum',
      'POST',
      '/v1/signalen',
      testSignaal(BSN),
    );
    expect(gemeente.status).toBe(201);
    await voor.stop();

    const nieuwBestand = join(map, 'geheim', 'opslagsleutels');
    rmSync(join(map, 'geheim'), { recursive: true, force: true });
    spawnSync('mkdir', ['-m', '700', join(map, 'geheim')]);
    const r = ketenpoort(['beheer', 'opslagsleutel', 'roteer', '--uit', nieuwBestand], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^1 opgeslagen pseudoniemen opnieuw versleuteld/);
    expect(statSync(nieuwBestand).mode & 0o777).toBe(0o600);

    // The old key alone no longer computes what the database holds.
    const p = pseudoniemV2('bsn', BSN);
    const db = new Database(join(data, 'ketenpoort.sqlite'), { readonly: true });
    const waarden = db.prepare('select waarde from pseudoniemen').all() as { waarde: string }[];
    db.close();
    expect(waarden).toHaveLength(1);
    expect(waarden[0]?.waarde).not.toBe(opslagVan(oudeSleutels[0] as Uint8Array, p));

    // The old key: refused, nothing served.
    await expect(bouwDiensten(leesConfiguratie(env))).rejects.toThrow(
      /De opslagsleutel past niet bij de database/,
    );

    const na = await nodePoort(
      leesConfiguratie({ ...env, KETENPOORT_OPSLAGSLEUTEL_BESTAND: nieuwBestand }),
    );
    try {
      // Before anything is logged under the new key: only the commitments of before the
      // rotation can lead the inzage to gemeente-hilversum's registration.
      const inzage = await na.vraag('ketenpoort-fg', 'POST', '/v1/inzage', {
        pseudoniemen: [p],
      });
      const { rapport } = (await inzage.json()) as {
        rapport: Array<{ actie: string; bron: { id: string } }>;
      };
      expect(inzage.status).toBe(200);
      expect(rapport.map((r) => `${r.actie} ${r.bron.id}`)).toEqual([
        'registratie gemeente-hilversum',
      ]);
      const vt = await na.vraag('vtgv', 'POST', '/v1/signalen', testSignaal(BSN, VTGV_HARD));
      const body = (await vt.json()) as { overlap: unknown[] };
      expect(vt.status).toBe(201);
      expect(body.overlap).toHaveLength(1);
    } finally {
      await na.stop();
    }
  });
});

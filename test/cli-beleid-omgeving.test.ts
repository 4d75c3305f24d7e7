/**
 * Every `ketenpoort beleid` command reads the policy folder the gateway loads,
 * KETENPOORT_BELEID, when it is given no folder. The commands come from the command table,
 * so a new one fails here until it is given a case below.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beleid } from '../src/cli/beleid.js';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-beleidsmap-'));
/** A copy of the example policies with another hash and one scenario of its own. */
const kopie = join(map, 'beleid-elders');
let hashKopie = '';
let hashPolicies = '';
let juristSleutel = '';
const sleutelmap = join(map, 'sleutels');

beforeAll(async () => {
  cpSync('policies', kopie, { recursive: true });
  rmSync(join(kopie, 'handtekeningen'), { recursive: true, force: true });
  const doelen = join(kopie, 'doelen.yaml');
  writeFileSync(doelen, `${readFileSync(doelen, 'utf8')}# kopie voor de test\n`);
  const scenarios = join(kopie, 'tests', 'arbeidsinspectie.yaml');
  writeFileSync(
    scenarios,
    readFileSync(scenarios, 'utf8').replace(
      'naam: opsporing Arbeidsinspectie deelt volledig met de politie',
      'naam: alleen in de kopie',
    ),
  );
  hashKopie = laadBeleid(leesBeleidBestanden(kopie)).hash;
  hashPolicies = laadBeleid(leesBeleidBestanden('policies')).hash;
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  juristSleutel = join(map, 'jurist.jwk.json');
  const jwk = { ...(await exportJWK(privateKey)), kid: 'jurist-test-1', alg: 'EdDSA' };
  writeFileSync(juristSleutel, JSON.stringify(jwk));
  // The deployment's key configuration names the key a jurist key (KETENPOORT_SLEUTELS).
  mkdirSync(sleutelmap);
  const publiek = { ...(await exportJWK(publicKey)), kid: 'jurist-test-1', alg: 'EdDSA' };
  writeFileSync(
    join(sleutelmap, 'ketenpoort.jwks.json'),
    JSON.stringify({ keys: [{ ...publiek, rollen: ['jurist'], naam: 'jurist-test' }] }),
  );
});

afterAll(() => rmSync(map, { recursive: true, force: true }));

function beleidOpdracht(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/ketenpoort.js', 'beleid', ...args], {
    encoding: 'utf8',
    env: { ...process.env, KETENPOORT_BELEID: kopie, KETENPOORT_SLEUTELS: sleutelmap },
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

/** Per command: run it without a folder and show that it read `kopie`. */
const GEVALLEN: Record<string, (() => void) | { niet: string }> = {
  check: () => {
    const r = beleidOpdracht(['check']);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain(`Hash: ${hashKopie}`);
  },
  test: () => {
    const r = beleidOpdracht(['test']);
    expect(r.code, r.uit).toBe(0);
    expect(r.uit).toContain('alleen in de kopie');
  },
  uitleg: () => {
    const r = beleidOpdracht([
      'uitleg',
      '--van',
      'vtgv',
      '--aan',
      'tmm',
      '--doel',
      'opsporing',
      '--json',
    ]);
    expect(r.code, r.fout).toBe(0);
    expect(JSON.parse(r.uit).beleid).toBe(hashKopie);
  },
  verschil: () => {
    const r = beleidOpdracht(['verschil', 'policies', '--json']);
    expect(r.code, r.fout).toBe(0);
    expect(JSON.parse(r.uit)).toMatchObject({ oud: hashPolicies, nieuw: hashKopie });
  },
  matrix: () => {
    const r = beleidOpdracht(['matrix', '--uit', join(map, 'matrix.md')]);
    expect(r.code, r.fout).toBe(0);
    expect(r.fout).toContain(`(beleid ${hashKopie.slice(0, 12)})`);
  },
  register: () => {
    const r = beleidOpdracht(['register', '--uit', join(map, 'register.md')]);
    expect(r.code, r.fout).toBe(0);
    expect(r.fout).toContain(`(beleid ${hashKopie.slice(0, 12)})`);
  },
  onderteken: () => {
    const r = beleidOpdracht(['onderteken', '--sleutel', juristSleutel]);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toContain(`Ondertekend: beleid ${hashKopie}`);
    expect(existsSync(join(kopie, 'handtekeningen', 'jurist-test-1.jws'))).toBe(true);
    expect(existsSync(join('policies', 'handtekeningen', 'jurist-test-1.jws'))).toBe(false);
  },
  schema: { niet: 'schrijft de JSON Schemas uit de code (naar schemas/) en leest geen beleid' },
};

describe('ketenpoort beleid zonder map leest KETENPOORT_BELEID', () => {
  it.each(beleid.opdrachten?.map((o) => o.naam.split(' ').at(-1)!) ?? [])('beleid %s', (naam) => {
    const geval = GEVALLEN[naam];
    expect(geval, `geen geval voor 'beleid ${naam}' in deze test`).toBeDefined();
    if (typeof geval === 'function') geval();
  });

  it('een beleidsmap die niet bestaat wordt bij naam genoemd', () => {
    const r = spawnSync(process.execPath, ['bin/ketenpoort.js', 'beleid', 'check'], {
      encoding: 'utf8',
      env: { ...process.env, KETENPOORT_BELEID: join(map, 'bestaat-niet') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`De beleidsmap ${join(map, 'bestaat-niet')} bestaat niet`);
  });
});

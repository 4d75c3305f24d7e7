/**
 * The `ketenpoort` command as a partner runs it (through bin/ketenpoort.js, like npx):
 * pseudonymise from stdin and CSV without ever printing an input, sign a token, check policies.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import vectoren from './vectors/pseudoniemen.json' with { type: 'json' };

const map = mkdtempSync(join(tmpdir(), 'ketenpoort-cli-'));
const sleutelbestand = join(map, 'ketensleutel.json');
writeFileSync(
  sleutelbestand,
  JSON.stringify({ id: 'test-v1', sleutel: vectoren.sleutel.base64url }),
);

function ketenpoort(args: string[], invoer?: string) {
  const r = spawnSync(process.execPath, ['bin/ketenpoort.js', ...args], {
    input: invoer,
    encoding: 'utf8',
  });
  return { code: r.status, uit: r.stdout, fout: r.stderr };
}

describe('ketenpoort pseudoniem', () => {
  it.each(vectoren.geldig.slice(0, 8))(
    '$soort van standaardinvoer geeft het vectorpseudoniem',
    (v) => {
      const r = ketenpoort(
        ['pseudoniem', v.soort, '--ketensleutel', sleutelbestand],
        `${v.invoer}\n`,
      );
      expect(r.code, r.fout).toBe(0);
      expect(r.uit.trim()).toBe(v.pseudoniem);
    },
  );

  it('weigert een ongeldig BSN zonder het te herhalen', () => {
    const r = ketenpoort(['pseudoniem', 'bsn', '--ketensleutel', sleutelbestand], '123456789\n');
    expect(r.code).toBe(1);
    expect(r.fout).toContain('elfproef');
    expect(r.uit + r.fout).not.toContain('123456789');
  });

  it('zet een CSV om en meldt foute regels alleen met hun nummer', () => {
    const invoer = join(map, 'in.csv');
    const uitvoer = join(map, 'uit.csv');
    const [a, b] = vectoren.geldig.filter(
      (v) => !v.invoer.includes(',') && !v.invoer.includes('"'),
    );
    writeFileSync(
      invoer,
      `soort,waarde\n${a!.soort},${a!.invoer}\nbsn,123456789\n${b!.soort},"${b!.invoer}"\n`,
    );
    const r = ketenpoort([
      'pseudoniem',
      '--csv',
      invoer,
      '--uit',
      uitvoer,
      '--ketensleutel',
      sleutelbestand,
    ]);
    expect(r.code).toBe(1);
    expect(r.fout).toMatch(/regel 3: .*elfproef/);
    expect(readFileSync(uitvoer, 'utf8')).toBe(
      `soort,versie,sleutel,pseudoniem\n${a!.soort},v1,test-v1,${a!.pseudoniem}\n${b!.soort},v1,test-v1,${b!.pseudoniem}\n`,
    );
    expect(r.uit + r.fout).not.toContain('123456789');
  });
});

describe('ketenpoort token', () => {
  it('ondertekent een token dat de gateway kan controleren', async () => {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const bestand = join(map, 'vtgv.jwk.json');
    writeFileSync(
      bestand,
      JSON.stringify({
        ...(await exportJWK(privateKey)),
        kid: 'vtgv-1',
        alg: 'EdDSA',
        iss: 'vtgv',
      }),
    );
    const r = ketenpoort(['token', '--sleutel', bestand, '--sub', 'medewerker-7']);
    expect(r.code, r.fout).toBe(0);
    const { payload, protectedHeader } = await jwtVerify(r.uit.trim(), publicKey, {
      audience: 'ketenpoort',
    });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: 'vtgv-1' });
    expect(payload).toMatchObject({ iss: 'vtgv', sub: 'medewerker-7' });
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(300);
    expect(typeof payload.jti).toBe('string');
  });
});

describe('ketenpoort beleid check', () => {
  it('keurt het voorbeeldbeleid goed en noemt de hash', () => {
    const r = ketenpoort(['beleid', 'check']);
    expect(r.code, r.fout).toBe(0);
    expect(r.uit).toMatch(/Hash: [0-9a-f]{64}/);
  });

  it('noemt bestand en regel van een fout', () => {
    const kopie = join(map, 'beleid');
    cpSync('policies', kopie, { recursive: true });
    const pad = join(kopie, 'doelen.yaml');
    writeFileSync(pad, `${readFileSync(pad, 'utf8')}\n  - dit: [is kapot\n`);
    const r = ketenpoort(['beleid', 'check', kopie]);
    expect(r.code).toBe(1);
    expect(r.fout).toMatch(/doelen\.yaml:\d+:\d+/);
  });
});

describe('ketenpoort help', () => {
  it('toont Nederlandse hulp, en een onbekende opdracht eindigt met 2', () => {
    expect(ketenpoort(['help'])).toMatchObject({ code: 0 });
    expect(ketenpoort(['help']).uit).toContain('Opdrachten:');
    expect(ketenpoort(['onzin']).code).toBe(2);
  });
});

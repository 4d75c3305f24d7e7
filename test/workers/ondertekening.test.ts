/**
 * Four-eyes in the Worker, inside workerd: a bundled set without enough jurist signatures
 * does not load; signed by two jurist keys it loads, and the load is logged with both.
 */
import { env } from 'cloudflare:test';
import type { D1Database } from '@cloudflare/workers-types/index';
import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import type { VertrouwdeSleutel } from '../../src/api/auth/rollen.js';
import { beleidHash } from '../../src/policy/index.js';
import { ondertekenBeleid } from '../../src/policy/ondertekening.js';
import { beleidBestanden } from '../../src/worker/bundel.gen.js';
import { workerDiensten } from '../../src/worker/diensten.js';

const bindingen = env as unknown as {
  DB_2: D1Database;
  OPSLAGSLEUTEL: string;
  CHECKPOINTSLEUTEL: string;
};

async function jurist(kid: string, naam: string) {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  return {
    prive: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', iss: 'ketenpoort' },
    publiek: {
      ...(await exportJWK(publicKey)),
      kid,
      alg: 'EdDSA',
      rollen: ['jurist'],
      naam,
    } as VertrouwdeSleutel,
  };
}

describe('Worker: ondertekend beleid', () => {
  it('loads only with two jurist signatures and logs both signers', async () => {
    const a = await jurist('jurist-a-1', 'jurist-a');
    const b = await jurist('jurist-b-1', 'jurist-b');
    const hash = beleidHash(beleidBestanden);
    const bundel = (handtekeningen: Array<{ pad: string; tekst: string }>) => ({
      beleidBestanden,
      vertrouwensbron: { ketenpoort: [a.publiek, b.publiek] },
      handtekeningen,
    });
    const omgeving = {
      DB: bindingen.DB_2,
      OPSLAGSLEUTEL: bindingen.OPSLAGSLEUTEL,
      CHECKPOINTSLEUTEL: bindingen.CHECKPOINTSLEUTEL,
      HANDTEKENINGEN: '2',
    };
    const eerste = {
      pad: 'handtekeningen/jurist-a-1.jws',
      tekst: await ondertekenBeleid(hash, a.prive, { jurist: 'jurist-a', nu: Date.now() }),
    };
    await expect(workerDiensten(omgeving, bundel([eerste]))).rejects.toThrow(
      /niet geladen: er zijn 2 geldige handtekening\(en\) van verschillende juristen nodig, gevonden: 1 \(jurist-a met sleutel jurist-a-1\)/,
    );
    const tweede = {
      pad: 'handtekeningen/jurist-b-1.jws',
      tekst: await ondertekenBeleid(hash, b.prive, { jurist: 'jurist-b', nu: Date.now() }),
    };
    const d = await workerDiensten(omgeving, bundel([eerste, tweede]));
    expect(d.beleidLading?.ondertekenaars.map((o) => o.jurist)).toEqual(['jurist-a', 'jurist-b']);
    const log = await d.store.logboek(1, 100);
    const geladen = log.filter((e) => e.actie === 'beleid-geladen').at(-1);
    expect(geladen).toMatchObject({ beleid: hash, gebruiker: 'jurist-a, jurist-b' });
  });

  it('refuses a wrong HANDTEKENINGEN setting with its name', async () => {
    await expect(
      workerDiensten(
        {
          DB: bindingen.DB_2,
          OPSLAGSLEUTEL: bindingen.OPSLAGSLEUTEL,
          CHECKPOINTSLEUTEL: bindingen.CHECKPOINTSLEUTEL,
          HANDTEKENINGEN: 'twee',
        },
        { beleidBestanden, vertrouwensbron: {} },
      ),
    ).rejects.toThrow(/HANDTEKENINGEN: moet een aantal zijn/);
  });
});

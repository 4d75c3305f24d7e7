import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { exportJWK, generateKeyPair } from 'jose';
import { defineConfig } from 'vitest/config';
import { leesConfiguratie } from './src/config/env.js';
import { base64url } from './src/encoding/base64url.js';
import { leesBeleidBestanden } from './src/node/beleid-lezen.js';
import { bouwBrowserModule } from './src/node/browser-module.js';
import {
  DEMO_BROWSER_CLIENT,
  DEMO_CLIENT,
  demoAccounts,
  startDemoInlogdienst,
} from './src/node/demo-inlogdienst.js';
import { schrijfWorkerBundel } from './src/node/worker-bundel.js';
import { laadBeleid } from './src/policy/index.js';
import { beheerderPubliek, ondertekenConfiguratie } from './src/sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from './src/sleutelbewaarder/demo-sleutel.js';
import { sleutelbestand } from './src/sleutelbewaarder/oprf-sleutel.js';

const pad = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The suites that run unchanged on Node (SQLite) and in workerd (D1): found by folder, so a
 * new suite there runs in both runtimes without a list to keep up to date.
 */
const GEDEELD = 'test/gedeeld/**/*.test.ts';

/** Tests that drive Debian's Chromium (`npm run test:browser`; test/helpers/browser.ts). */
const BROWSER = 'test/browser/**/*.test.ts';

/**
 * Fuzzing and hard kills (`npm run test:robuust`, issue 13 item 3): each with a budget of at
 * most 3 minutes, run by `.ci/run` as a step of its own, so `npm test` stays fast.
 */
const ROBUUST = 'test/robuust/**/*.test.ts';

export default defineConfig(async () => {
  // A test run writes nothing into the working tree (CI checks it): the Worker bundle, its
  // assets and the demo keys it holds go to a folder of this run, removed when vitest exits.
  const tijdelijk = mkdtempSync(join(tmpdir(), 'ketenpoort-vitest-'));
  process.once('exit', () => rmSync(tijdelijk, { recursive: true, force: true }));
  const bundel = { module: join(tijdelijk, 'bundel.gen.ts'), assets: join(tijdelijk, 'assets') };
  // Fixed settings, not process.env: the workerd tests do not depend on the shell they run in.
  const cfg = leesConfiguratie({
    KETENPOORT_BELEID: pad('./policies'),
    KETENPOORT_DATA: join(tijdelijk, 'data'),
  });
  await schrijfWorkerBundel(cfg, bundel);
  // What the Node gateway computes from policies/, found apart from the bundler, for the
  // Worker test to compare with what the Worker loads from its bundle.
  const nodeBeleidHash = laadBeleid(leesBeleidBestanden(cfg.beleid)).hash;
  // Likewise the browser module as the Node gateway builds it at start, for the Worker test
  // that compares it with the bytes the Worker serves from its bundle.
  const nodeModule = createHash('sha256')
    .update(await bouwBrowserModule(), 'utf8')
    .digest('hex');
  const migrations = await readD1Migrations(pad('./src/store/migrations'));
  // Demo identity providers in this process for the workerd suite: the Worker's login
  // callback reaches them over the loopback (test/workers/werkplek.test.ts).
  const idp = await startDemoInlogdienst(
    demoAccounts(['vtgv', 'zorgcoordinator-gv'], 'ketenpoort'),
    {
      host: 'localhost',
      poort: 0,
    },
  );
  await idp.registreer('https://ketenpoort.test/inloggen/terug', 'https://ketenpoort.test/');
  const inloggen = Object.fromEntries(
    [...idp.issuers].map(([o, issuer]) => [
      o,
      {
        issuer,
        client: DEMO_CLIENT,
        rollen: o === 'ketenpoort' ? ['fg', 'jurist'] : ['partner', 'fg', 'statistiek'],
        browserClient: DEMO_BROWSER_CLIENT,
      },
    ]),
  );
  const sb = await sleutelbewaarderWorkerBindingen();
  return {
    test: {
      testTimeout: 30_000,
      hookTimeout: 60_000,
      projects: [
        {
          resolve: { alias: { '#runtime': pad('./test/helpers/runtime-node.ts') } },
          test: {
            name: 'node',
            include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
            exclude: [
              'test/workers/**',
              'test/workers-sleutelbewaarder/**',
              'test/fixtures/**',
              BROWSER,
              ROBUUST,
            ],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          resolve: { alias: { '#runtime': pad('./test/helpers/runtime-node.ts') } },
          test: {
            name: 'robuust',
            include: [ROBUUST],
            // One at a time: the crash test's gateway gets a core of its own.
            fileParallelism: false,
            // The budget is 3 minutes each; the limit is a little above it, so an overrun fails.
            testTimeout: 200_000,
            hookTimeout: 60_000,
          },
        },
        {
          resolve: { alias: { '#runtime': pad('./test/helpers/runtime-node.ts') } },
          test: {
            name: 'browser',
            include: [BROWSER],
            // One Chromium per file is enough for two cores.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: pad('./wrangler.toml') },
              miniflare: {
                // Storage stays off (Miniflare's default): local D1 lives in memory per run.
                // The static assets of this run's bundle instead of wrangler.toml's dist/.
                assets: { directory: bundel.assets, binding: 'ASSETS' },
                // DB comes from wrangler.toml; two more for tests that compare two gateways.
                d1Databases: ['DB_2', 'DB_3'],
                // Issue 18's mail on the Worker: Miniflare's send_email checks each message.
                email: { send_email: [{ name: 'MAIL' }] },
                // Every secret and var the Worker reads, so a developer's .dev.vars (which
                // wrangler also hands to the tests) changes nothing.
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  NODE_BELEID_HASH: nodeBeleidHash,
                  NODE_PSEUDONIEM_MODULE_SHA256: nodeModule,
                  OPSLAGSLEUTEL: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
                  CHECKPOINTSLEUTEL:
                    'PRIVATE+KEY+test.ketenpoort.example/logboek+3b94ebf0+AWRlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKD',
                  GETUIGEN: '',
                  INLOGGEN: JSON.stringify(inloggen),
                  SLEUTELBEWAARDER_URL: 'https://sleutelbewaarder.test',
                  INLOGGEHEIMEN: JSON.stringify(
                    Object.fromEntries([...idp.issuers.keys()].map((o) => [o, idp.geheim])),
                  ),
                },
              },
            }),
          ],
          resolve: {
            alias: [
              { find: '#runtime', replacement: pad('./test/helpers/runtime-workers.ts') },
              // src/worker.ts and the tests import src/worker/bundel.gen.js: here, this run's.
              { find: /^(\.\.?\/)+(src\/)?worker\/bundel\.gen\.js$/, replacement: bundel.module },
            ],
          },
          test: {
            name: 'workers',
            include: [GEDEELD, 'test/workers/**/*.test.ts'],
            setupFiles: [pad('./test/helpers/setup-workers.ts')],
            testTimeout: 30_000,
          },
        },
        {
          // The sleutelbewaarder's own Worker (wrangler.sleutelbewaarder.toml, its own D1).
          plugins: [
            cloudflareTest({
              wrangler: { configPath: pad('./wrangler.sleutelbewaarder.toml') },
              miniflare: { bindings: sb },
            }),
          ],
          test: {
            name: 'workers-sleutelbewaarder',
            include: ['test/workers-sleutelbewaarder/**/*.test.ts'],
            setupFiles: [pad('./test/helpers/setup-sleutelbewaarder-worker.ts')],
            testTimeout: 30_000,
          },
        },
      ],
    },
  };
});

/**
 * The sleutelbewaarder Worker's settings for its workerd tests: a configuration with one
 * partner (a fresh key, its private JWK handed to the test), a small daily quota and one
 * trusted identity provider (`uitgevers`, its private JWK handed to the test too), signed
 * by a fresh beheerder key; the public demo OPRF key; its own migrations.
 */
async function sleutelbewaarderWorkerBindingen() {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  // The identity provider whose access tokens the configuration trusts for vtgv (`uitgevers`).
  const idp = await generateKeyPair('ES256', { extractable: true });
  const beheerder = new Uint8Array(randomBytes(32));
  const tekst = JSON.stringify({
    partners: [
      {
        id: 'vtgv',
        sleutels: [{ ...(await exportJWK(publicKey)), kid: 'vtgv-sb-1' }],
        quotum: { perVerzoek: 10, perDag: 12 },
      },
    ],
    uitgevers: [
      {
        issuer: 'https://idp.test/vtgv',
        jwks: 'https://idp.test/vtgv/jwks',
        partner: 'vtgv',
        rollen: ['partner'],
      },
    ],
  });
  return {
    CONFIGURATIE: tekst,
    CONFIGURATIE_HANDTEKENING: ondertekenConfiguratie(tekst, beheerder),
    BEHEERDER: base64url(beheerderPubliek(beheerder)),
    OPRF_SLEUTELS: JSON.stringify([sleutelbestand(demoOprfSleutel())]),
    TEST_PARTNER_JWK: JSON.stringify({
      ...(await exportJWK(privateKey)),
      kid: 'vtgv-sb-1',
      alg: 'EdDSA',
    }),
    TEST_IDP_JWK: JSON.stringify({
      ...(await exportJWK(idp.privateKey)),
      kid: 'idp-vtgv-1',
      alg: 'ES256',
    }),
    TEST_SB_MIGRATIONS: await readD1Migrations(pad('./src/sleutelbewaarder/migrations')),
  };
}

import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { leesConfiguratie } from './src/config/env.js';
import { schrijfWorkerBundel } from './src/node/worker-bundel.js';

const pad = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The suites that run unchanged on Node (SQLite) and in workerd (D1): found by folder, so a
 * new suite there runs in both runtimes without a list to keep up to date.
 */
const GEDEELD = 'test/gedeeld/**/*.test.ts';

export default defineConfig(async () => {
  // The Worker bundles the policy files at build time; the workerd tests use the same bundle.
  const { hash } = await schrijfWorkerBundel(leesConfiguratie(process.env));
  const migrations = await readD1Migrations(pad('./src/store/migrations'));
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
            exclude: ['test/workers/**'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: pad('./wrangler.toml') },
              miniflare: {
                // DB comes from wrangler.toml; two more for tests that compare two gateways.
                d1Databases: ['DB_2', 'DB_3'],
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  NODE_BELEID_HASH: hash,
                  OPSLAGSLEUTEL: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
                  CHECKPOINTSLEUTEL:
                    'PRIVATE+KEY+test.ketenpoort.example/logboek+3b94ebf0+AWRlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKD',
                },
              },
            }),
          ],
          resolve: { alias: { '#runtime': pad('./test/helpers/runtime-workers.ts') } },
          test: {
            name: 'workers',
            include: [GEDEELD, 'test/workers/**/*.test.ts'],
            setupFiles: [pad('./test/helpers/setup-workers.ts')],
            testTimeout: 30_000,
          },
        },
      ],
    },
  };
});

/**
 * The workerd runtime of the shared suite: the bundled policies and local D1 with the real
 * migrations (applied by setup-workers.ts). Each store starts from empty tables; a test that
 * needs two independent gateways gets two different D1 databases.
 */
import { env } from 'cloudflare:test';
import type { D1Database } from '@cloudflare/workers-types/index';
import { openD1Store } from '../../src/store/d1.js';
import { beleidBestanden } from '../../src/worker/bundel.gen.js';
import type { TestRuntime, TestStore } from './runtime.js';

/** The D1 bindings of the workers project (vitest.config.ts); used in turn. */
export const D1_BINDINGEN = ['DB', 'DB_2', 'DB_3'] as const;
let volgende = 0;

/** Deletes every row of every table except the migration bookkeeping. */
async function leeg(d1: D1Database): Promise<void> {
  const { results } = await d1
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
    )
    .all<{ name: string }>();
  await d1.batch([
    d1.prepare('PRAGMA defer_foreign_keys = on'),
    ...results.map((t) => d1.prepare(`DELETE FROM "${t.name}"`)),
    d1.prepare('DELETE FROM sqlite_sequence'),
  ]);
}

export const runtime: TestRuntime = {
  naam: 'workers',
  beleidBestanden: () => beleidBestanden,
  async maakStore() {
    const binding = D1_BINDINGEN[volgende++ % D1_BINDINGEN.length]!;
    const d1 = (env as unknown as Record<string, D1Database>)[binding]!;
    await leeg(d1);
    const store = openD1Store(d1);
    return Object.assign(store, {
      sql: async (query: string, ...params: unknown[]) =>
        (
          await d1
            .prepare(query)
            .bind(...params)
            .all()
        ).results as Array<Record<string, unknown>>,
      exec: async (query: string) => {
        await d1.prepare(query).run();
      },
    }) satisfies TestStore;
  },
};

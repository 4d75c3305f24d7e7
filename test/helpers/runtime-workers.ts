/**
 * The workerd runtime of the shared suite: the bundled policies and local D1 with the real
 * migrations (applied once by setup-workers.ts). Each test starts from empty tables.
 */
import { env } from 'cloudflare:test';
import type { D1Database } from '@cloudflare/workers-types/index';
import { D1Store } from '../../src/store/d1.js';
import { beleidBestanden } from '../../src/worker/bundel.gen.js';
import type { TestRuntime, TestStore } from './runtime.js';

const TABELLEN = [
  'meldingen',
  'openingen',
  'logboek',
  'pseudoniemen',
  'signalen',
  'replay',
  'cosignaturen',
  'checkpoints',
  'merkle_knopen',
];

export const runtime: TestRuntime = {
  naam: 'workers',
  beleidBestanden: () => beleidBestanden,
  async maakStore() {
    const d1 = (env as unknown as { DB: D1Database }).DB;
    await d1.batch([
      ...TABELLEN.map((t) => d1.prepare(`DELETE FROM ${t}`)),
      d1.prepare("DELETE FROM sqlite_sequence WHERE name = 'meldingen'"),
    ]);
    const store = new D1Store(d1);
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

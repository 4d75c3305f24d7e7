/** The Node runtime of the shared suite: policies from disk, SQLite in memory. */
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { TestRuntime, TestStore } from './runtime.js';

export const runtime: TestRuntime = {
  naam: 'node',
  beleidBestanden: () => leesBeleidBestanden('policies'),
  async maakStore() {
    const store = openSqliteStore(':memory:');
    return Object.assign(store, {
      sql: async (query: string, ...params: unknown[]) =>
        store.sqlite.prepare(query).all(...params) as Array<Record<string, unknown>>,
      exec: async (query: string) => {
        store.sqlite.exec(query);
      },
    }) satisfies TestStore;
  },
};

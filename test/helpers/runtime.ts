/**
 * What the shared API suite needs from a runtime: the policy files and a fresh store.
 * `#runtime` resolves to runtime-node.ts or runtime-workers.ts per vitest project.
 */
import type { BeleidBestand } from '../../src/policy/index.js';
import type { Store } from '../../src/store/store.js';

/** A store plus raw SQL, for tests that inspect tables or inject storage failures. */
export type TestStore = Store & {
  sql(query: string, ...params: unknown[]): Promise<Array<Record<string, unknown>>>;
  exec(query: string): Promise<void>;
};

export interface TestRuntime {
  naam: 'node' | 'workers';
  beleidBestanden(): readonly BeleidBestand[];
  maakStore(): Promise<TestStore>;
}

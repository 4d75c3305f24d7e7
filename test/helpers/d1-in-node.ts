/**
 * A local D1 database inside the Node test process: Miniflare runs workerd's D1 in memory
 * (`d1Persist: false`, nothing is written to disk) and the real migrations are applied, read
 * and split exactly as the workers project does (readD1Migrations, see vitest.config.ts).
 */
import { fileURLToPath } from 'node:url';
import { readD1Migrations } from '@cloudflare/vitest-pool-workers';
import type { D1Database } from '@cloudflare/workers-types/index';
import { Miniflare } from 'miniflare';

const MIGRATIES = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));

/** A fresh, migrated D1 database; `stop` ends its workerd process. */
export async function d1InNode(): Promise<{ d1: D1Database; stop: () => Promise<void> }> {
  const mf = new Miniflare({
    modules: true,
    script: 'export default {}',
    d1Databases: ['DB'],
    d1Persist: false,
  });
  const d1 = (await mf.getD1Database('DB')) as unknown as D1Database;
  for (const { queries } of await readD1Migrations(MIGRATIES)) {
    await d1.batch(queries.map((q) => d1.prepare(q)));
  }
  return { d1, stop: () => mf.dispose() };
}

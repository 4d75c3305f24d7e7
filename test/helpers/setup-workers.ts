/** Applies the real drizzle-kit migrations to every local D1 of the workerd tests. */
import { applyD1Migrations, env } from 'cloudflare:test';
import { D1_BINDINGEN } from './runtime-workers.js';

const bindingen = env as unknown as Record<string, unknown> & { TEST_MIGRATIONS: never };
for (const naam of D1_BINDINGEN) {
  await applyD1Migrations(bindingen[naam] as never, bindingen.TEST_MIGRATIONS);
}

/** Applies the real drizzle-kit migrations to the local D1 of the workerd tests. */
import { applyD1Migrations, env } from 'cloudflare:test';

const bindingen = env as { DB: unknown; TEST_MIGRATIONS: unknown };
await applyD1Migrations(bindingen.DB, bindingen.TEST_MIGRATIONS);

/** Applies the sleutelbewaarder's own migrations to its local D1 in the workerd tests. */
import { applyD1Migrations, env } from 'cloudflare:test';

const bindingen = env as unknown as { DB: never; TEST_SB_MIGRATIONS: never };
await applyD1Migrations(bindingen.DB, bindingen.TEST_SB_MIGRATIONS);

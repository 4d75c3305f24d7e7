/**
 * A database as an older release left it: the store's migrations up to and with `laatste` (a
 * journal tag), applied from a copy of the migrations folder whose journal ends there.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

/** Migrates `db` up to and with migration `laatste`; the copy goes into a new folder in `werkmap`. */
export function migreerTot(db: Database.Database, werkmap: string, laatste: string): void {
  const migraties = mkdtempSync(join(werkmap, 'migraties-'));
  cpSync('src/store/migrations', migraties, { recursive: true });
  const journaalPad = join(migraties, 'meta', '_journal.json');
  const journaal = JSON.parse(readFileSync(journaalPad, 'utf8')) as { entries: { tag: string }[] };
  const tot = journaal.entries.findIndex((e) => e.tag === laatste);
  if (tot < 0) throw new Error(`Geen migratie ${laatste} in src/store/migrations.`);
  writeFileSync(
    journaalPad,
    JSON.stringify({ ...journaal, entries: journaal.entries.slice(0, tot + 1) }),
  );
  migrate(drizzle(db), { migrationsFolder: migraties });
}

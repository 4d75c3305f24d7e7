/**
 * @module
 * A SQLite database of the gateway opened only to read, for an audit (`ketenpoort logboek
 * verifieer`, `ketenpoort logboek export`): never migrated, never written. An auditor must
 * leave the evidence as found.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Entry } from '../logboek/entry.js';
import { entryUitRij } from '../logboek/entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { type LogboekBoom, maakLogboekBoom } from './boom.js';
import { zoekLogboekQuery } from './logboek-zoeken.js';
import * as schema from './schema.js';

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

/** The stored tree and the logboek of a database opened read-only; `close` releases the file. */
export interface AlleenLezen {
  boom: LogboekBoom;
  /** Logboek entries matching `filter` after volgnummer `na` (exclusive), in order. */
  zoekLogboek(filter: LogboekFilter, na: number, limiet: number): Entry[];
  close(): void;
}

/**
 * Opens `pad` read-only and refuses a schema other than this version's (older or newer):
 * reading it with the wrong queries would give a wrong verdict, and migrating it is a write.
 *
 * Without a `-wal` file beside it (the gateway is stopped) every committed row is in the file
 * itself, and we read a copy of its bytes: SQLite would otherwise create `-wal` and `-shm`
 * files next to a WAL database even for a read-only connection. With a `-wal` (a gateway runs,
 * or stopped uncleanly) rows may be only in the log, so the file is opened in place with
 * `readonly`: SQLite then writes neither the database nor its log, only its read marks in the
 * existing `-shm` index, as any reader does.
 */
export function openSqliteAlleenLezen(pad: string): AlleenLezen {
  if (!existsSync(pad) || !statSync(pad).isFile())
    throw new Error(`De database ${pad} bestaat niet.`);
  const sqlite = existsSync(`${pad}-wal`)
    ? new Database(pad, { readonly: true, fileMustExist: true })
    : new Database(kopieZonderWal(pad), { readonly: true });
  try {
    controleerSchema(sqlite, pad);
  } catch (fout) {
    sqlite.close();
    throw fout;
  }
  const db = drizzle(sqlite, { schema });
  return {
    boom: maakLogboekBoom(db),
    zoekLogboek: (filter, na, limiet) =>
      zoekLogboekQuery(db, filter, na, limiet).all().map(entryUitRij),
    close: () => sqlite.close(),
  };
}

const KOP = 'SQLite format 3\0';

/** The file's bytes, marked as a rollback-journal database: SQLite's in-memory copy has no WAL. */
function kopieZonderWal(pad: string): Buffer {
  const bytes = readFileSync(pad);
  if (bytes.subarray(0, KOP.length).toString('latin1') !== KOP)
    throw new Error(`${pad} is geen SQLite-database.`);
  // Bytes 18 and 19 are the file format's write and read versions: 2 means WAL, 1 legacy.
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}

/** Throws unless the database has exactly the migrations of this version, by drizzle's rule. */
function controleerSchema(sqlite: Database.Database, pad: string): void {
  const verwacht = readMigrationFiles({ migrationsFolder });
  const tabel = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  const toegepast = tabel
    ? (sqlite.prepare('SELECT created_at FROM __drizzle_migrations').all() as Array<{
        created_at: number | string;
      }>)
    : [];
  if (toegepast.length === 0)
    throw new Error(`${pad} is geen database van Ketenpoort: er is geen migratie toegepast.`);
  const laatste = Math.max(...toegepast.map((r) => Number(r.created_at)));
  const nodig = verwacht.at(-1)?.folderMillis ?? 0;
  if (laatste === nodig) return;
  const stand = `${toegepast.length} migratie(s) toegepast; deze versie heeft er ${verwacht.length}`;
  throw new Error(
    laatste < nodig
      ? `De database ${pad} heeft een ouder schema (${stand}). 'logboek verifieer' migreert niet: ` +
          'controleer met de versie van Ketenpoort die de database schreef, of laat de gateway hem eerst bijwerken.'
      : `De database ${pad} heeft een nieuwer schema dan deze versie van Ketenpoort kent (${stand}). ` +
          'Controleer met de versie die de database schreef.',
  );
}

/**
 * Reading a whole SQLite database (better-sqlite3 or D1) as comparable text: the schema from
 * sqlite_master and every row of a table as SQLite's own `quote()` of each column. quote() is
 * the SQL literal of the stored value, so storage classes stay apart (5, '5' and X'35' differ),
 * blobs show every byte in hex, and text is kept exactly; one engine-side rendering for both
 * drivers, so driver conversions (Buffer, number[], bigint) cannot hide or invent a difference.
 */

/** Runs read-only queries (D1: in one batch); per query its rows as the driver gives them. */
export type Lees = (queries: readonly string[]) => Promise<Array<Array<Record<string, unknown>>>>;

/** One table's rows: per row, column name -> quote(value). */
export type Rijen = Array<Record<string, string>>;

/** A table's columns and the columns (or rowid) its rows are sorted by. */
export interface Kolommen {
  kolommen: string[];
  volgorde: string[];
}

async function een(lees: Lees, query: string) {
  return (await lees([query]))[0] ?? [];
}

/** Every object in sqlite_master except those `weg` names, without `rootpage` (storage detail). */
export async function schemaVan(lees: Lees, weg: (tabel: string) => boolean) {
  const rijen = await een(
    lees,
    'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name',
  );
  return rijen.filter((r) => !weg(String(r.tbl_name)));
}

/** The names of the tables in sqlite_master, sorted. */
export async function tabellenVan(lees: Lees): Promise<string[]> {
  const rijen = await een(
    lees,
    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
  );
  return rijen.map((r) => String(r.name));
}

/** A table's columns and its sort order: the primary key columns, else the rowid. */
export async function kolommenVan(lees: Lees, tabel: string): Promise<Kolommen> {
  const info = await een(lees, `PRAGMA table_info(${naam(tabel)})`);
  const kolommen = info.map((k) => String(k.name));
  const sleutel = info
    .filter((k) => Number(k.pk) > 0)
    .sort((a, b) => Number(a.pk) - Number(b.pk))
    .map((k) => String(k.name));
  // sqlite_sequence has no key; its rows are one per table name.
  const volgorde = sleutel.length > 0 ? sleutel : tabel === 'sqlite_sequence' ? ['name'] : [];
  return { kolommen, volgorde: volgorde.length > 0 ? volgorde.map(naam) : ['rowid'] };
}

/**
 * Every row of every table in `tabellen`, in key order, each column as quote(value), read in
 * one call of `lees`. sqlite_sequence keeps a row per AUTOINCREMENT table; the rows of tables
 * that `weg` leaves out are dropped from it.
 */
export async function inhoudVan(
  lees: Lees,
  tabellen: ReadonlyMap<string, Kolommen>,
  weg: (tabel: string) => boolean,
): Promise<Map<string, Rijen>> {
  const lijst = [...tabellen];
  const queries = lijst.map(([tabel, { kolommen, volgorde }]) => {
    const kiezen = kolommen.map((k) => `quote(${naam(k)}) AS ${naam(k)}`).join(', ');
    return `SELECT ${kiezen} FROM ${naam(tabel)} ORDER BY ${volgorde.join(', ')}`;
  });
  const resultaten = await lees(queries);
  return new Map(
    lijst.map(([tabel, { kolommen }], i) => {
      let rijen: Rijen = (resultaten[i] ?? []).map((r) =>
        Object.fromEntries(kolommen.map((k) => [k, String(r[k])])),
      );
      if (tabel === 'sqlite_sequence') rijen = rijen.filter((r) => !weg(r.name!.slice(1, -1)));
      return [tabel, rijen];
    }),
  );
}

/** A quoted SQL identifier. */
function naam(id: string): string {
  return `"${id.replaceAll('"', '""')}"`;
}

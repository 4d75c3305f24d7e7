/**
 * Reading a whole SQLite database (better-sqlite3 or D1) as comparable text: the schema from
 * sqlite_master and every row of a table as SQLite's own `quote()` of each column. quote() is
 * the SQL literal of the stored value, so storage classes stay apart (5, '5' and X'35' differ),
 * blobs show every byte in hex, and text is kept exactly; one engine-side rendering for both
 * drivers, so driver conversions (Buffer, number[], bigint) cannot hide or invent a difference.
 */

/** Runs one read-only query; rows as the driver gives them. */
export type Lees = (query: string) => Promise<Array<Record<string, unknown>>>;

/** One table's rows: per row, column name -> quote(value). */
export type Rijen = Array<Record<string, string>>;

/** Every object in sqlite_master except those `weg` names, without `rootpage` (storage detail). */
export async function schemaVan(lees: Lees, weg: (tabel: string) => boolean) {
  const rijen = await lees(
    'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name',
  );
  return rijen.filter((r) => !weg(String(r.tbl_name)));
}

/** The names of the tables in sqlite_master, sorted. */
export async function tabellenVan(lees: Lees): Promise<string[]> {
  const rijen = await lees("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return rijen.map((r) => String(r.name));
}

/** A table's columns and its sort order: the primary key columns, else the rowid. */
export async function kolommenVan(lees: Lees, tabel: string) {
  const info = await lees(`PRAGMA table_info(${naam(tabel)})`);
  const kolommen = info.map((k) => String(k.name));
  const sleutel = info
    .filter((k) => Number(k.pk) > 0)
    .sort((a, b) => Number(a.pk) - Number(b.pk))
    .map((k) => String(k.name));
  // sqlite_sequence has no key; its rows are one per table name.
  const volgorde = sleutel.length > 0 ? sleutel : tabel === 'sqlite_sequence' ? ['name'] : [];
  return { kolommen, volgorde: volgorde.length > 0 ? volgorde.map(naam) : ['rowid'] };
}

/** Every row of `tabel`, in key order, each column as quote(value). */
export async function rijenVan(
  lees: Lees,
  tabel: string,
  { kolommen, volgorde }: { kolommen: string[]; volgorde: string[] },
): Promise<Rijen> {
  const kiezen = kolommen.map((k) => `quote(${naam(k)}) AS ${naam(k)}`).join(', ');
  const rijen = await lees(`SELECT ${kiezen} FROM ${naam(tabel)} ORDER BY ${volgorde.join(', ')}`);
  return rijen.map((r) => Object.fromEntries(kolommen.map((k) => [k, String(r[k])])));
}

/** A quoted SQL identifier. */
function naam(id: string): string {
  return `"${id.replaceAll('"', '""')}"`;
}

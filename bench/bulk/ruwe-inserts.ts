/**
 * @module
 * The ceiling for bulk registration: the rows a batch run left in a gateway database
 * (signals, pseudonyms, logboek entries, openings, notices) inserted again into an empty
 * database with the same schema, with plain better-sqlite3 prepared statements in one
 * transaction. Usage: `node --import tsx bench/bulk/ruwe-inserts.ts <bron.sqlite>
 * <doel.sqlite>`; prints one JSON line.
 */
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite.js';

const TABELLEN = ['signalen', 'pseudoniemen', 'logboek', 'openingen', 'meldingen'];

const [bronPad, doelPad] = process.argv.slice(2);
if (!bronPad || !doelPad) throw new Error('Gebruik: ruwe-inserts.ts <bron.sqlite> <doel.sqlite>');

// The same schema, made by the store's own migrations, with the same pragmas.
await openSqliteStore(doelPad).close();
const bron = new Database(bronPad, { readonly: true });
const doel = new Database(doelPad);
doel.pragma('journal_mode = WAL');
doel.pragma('synchronous = NORMAL');
doel.pragma('foreign_keys = ON');

const rijen = new Map<string, unknown[][]>();
const opdrachten = new Map<string, Database.Statement>();
for (const t of TABELLEN) {
  const kolommen = (bron.pragma(`table_info(${t})`) as Array<{ name: string }>).map((k) => k.name);
  rijen.set(
    t,
    bron
      .prepare(`SELECT ${kolommen.join(', ')} FROM ${t}`)
      .raw()
      .all() as unknown[][],
  );
  opdrachten.set(
    t,
    doel.prepare(
      `INSERT INTO ${t} (${kolommen.join(', ')}) VALUES (${kolommen.map(() => '?').join(', ')})`,
    ),
  );
}
const t0 = process.hrtime.bigint();
doel.transaction(() => {
  for (const t of TABELLEN) {
    const insert = opdrachten.get(t)!;
    for (const rij of rijen.get(t)!) insert.run(rij);
  }
})();
const seconden = Number(process.hrtime.bigint() - t0) / 1e9;
const signalen = rijen.get('signalen')!.length;
const aantal = Object.fromEntries(TABELLEN.map((t) => [t, rijen.get(t)!.length]));
doel.close();
bron.close();
console.log(JSON.stringify({ seconden, signalen, rijen: aantal }));

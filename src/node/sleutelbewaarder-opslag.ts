/**
 * @module
 * The sleutelbewaarder's store in Node: one SQLite file in its own folder (never the
 * gateway's database), holding used token ids and counts per partner and day, nothing else.
 */
import Database from 'better-sqlite3';
import type { SleutelbewaarderOpslag } from '../sleutelbewaarder/opslag.js';

/** Opens (and creates) the store at `pad`. */
export function openSleutelbewaarderOpslag(
  pad: string,
): SleutelbewaarderOpslag & { close(): void } {
  const db = new Database(pad);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS jti (jti TEXT PRIMARY KEY, tot INTEGER NOT NULL) STRICT;
    CREATE TABLE IF NOT EXISTS tellingen (
      partner TEXT NOT NULL, dag TEXT NOT NULL, aantal INTEGER NOT NULL,
      PRIMARY KEY (partner, dag)
    ) STRICT;
  `);
  const ruimJtiOp = db.prepare('DELETE FROM jti WHERE tot <= ?');
  const nieuweJti = db.prepare('INSERT OR IGNORE INTO jti (jti, tot) VALUES (?, ?)');
  const leesTelling = db.prepare<[string, string], { aantal: number }>(
    'SELECT aantal FROM tellingen WHERE partner = ? AND dag = ?',
  );
  const zetTelling = db.prepare(
    `INSERT INTO tellingen (partner, dag, aantal) VALUES (?, ?, ?)
     ON CONFLICT (partner, dag) DO UPDATE SET aantal = excluded.aantal`,
  );
  const alle = db.prepare<[], { partner: string; dag: string; aantal: number }>(
    'SELECT partner, dag, aantal FROM tellingen ORDER BY dag, partner',
  );
  // One synchronous transaction: two requests at the last place cannot both pass.
  const tel = db.transaction((partner: string, dag: string, aantal: number, max: number) => {
    const nu = leesTelling.get(partner, dag)?.aantal ?? 0;
    if (nu + aantal > max) return { toegestaan: false, totaal: nu };
    zetTelling.run(partner, dag, nu + aantal);
    return { toegestaan: true, totaal: nu + aantal };
  });
  return {
    async gebruikJti(jti, tot, nu) {
      ruimJtiOp.run(nu);
      return nieuweJti.run(jti, tot).changes === 1;
    },
    async tel(partner, dag, aantal, max) {
      return tel(partner, dag, aantal, max);
    },
    async tellingen() {
      return alle.all();
    },
    close: () => db.close(),
  };
}

/**
 * @module
 * The sleutelbewaarder's store on its own D1 (its Worker, src/sleutelbewaarder/worker.ts):
 * used token ids and counts per partner and day. Each step is one statement, so two
 * requests at the last place of a quota cannot both pass: the count only rises when the new
 * total stays within the day's quota.
 */
import type { D1Database } from '@cloudflare/workers-types/index';
import type { SleutelbewaarderOpslag } from './opslag.js';

/** The store over `db` (migrations in src/sleutelbewaarder/migrations/). */
export function d1Opslag(db: D1Database): SleutelbewaarderOpslag {
  return {
    async gebruikJti(jti, tot, nu) {
      const [, nieuw] = await db.batch([
        db.prepare('DELETE FROM jti WHERE tot <= ?').bind(nu),
        db.prepare('INSERT OR IGNORE INTO jti (jti, tot) VALUES (?, ?)').bind(jti, tot),
      ]);
      return nieuw?.meta.changes === 1;
    },
    async tel(partner, dag, aantal, max) {
      if (aantal <= max) {
        const r = await db
          .prepare(
            `INSERT INTO tellingen (partner, dag, aantal) VALUES (?1, ?2, ?3)
             ON CONFLICT (partner, dag) DO UPDATE SET aantal = aantal + excluded.aantal
             WHERE tellingen.aantal + excluded.aantal <= ?4
             RETURNING aantal`,
          )
          .bind(partner, dag, aantal, max)
          .first<{ aantal: number }>();
        if (r) return { toegestaan: true, totaal: r.aantal };
      }
      const nu = await db
        .prepare('SELECT aantal FROM tellingen WHERE partner = ? AND dag = ?')
        .bind(partner, dag)
        .first<{ aantal: number }>();
      return { toegestaan: false, totaal: nu?.aantal ?? 0 };
    },
    async tellingen() {
      const r = await db
        .prepare('SELECT partner, dag, aantal FROM tellingen ORDER BY dag, partner')
        .all<{ partner: string; dag: string; aantal: number }>();
      return r.results;
    },
  };
}

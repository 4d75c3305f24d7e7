/**
 * @module
 * The delivery state and attempts of issue 18, for both adapters (drizzle's query builders are
 * awaited the same way over better-sqlite3 and D1). Operational tables, never the logboek.
 */
import { and, asc, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Kanaal } from '../bezorging/kanaal.js';
import * as schema from './schema.js';

/** Per partner and kanaal: announced up to `gemeld`, `mislukt` failures since, next try at. */
export type Bezorgstand = typeof schema.bezorgstanden.$inferSelect;
/** One recorded attempt. */
export type Bezorgpoging = typeof schema.bezorgpogingen.$inferSelect;

export interface BezorgOpslag {
  /** Per partner of `partners`: the number of its last inbox notice (0: none yet). */
  laatsteMeldingen(partners: readonly string[]): Promise<Map<string, number>>;
  /** The states of `partners`' channels. */
  standen(partners: readonly string[]): Promise<Bezorgstand[]>;
  /**
   * Claims the channel for one attempt: sets `volgendeOp` to `lease` only if it is due at `nu`,
   * in one statement, so of two dispatchers (two isolates) exactly one sends. Undefined when
   * another holds it or its backoff runs.
   */
  claim(
    partner: string,
    kanaal: Kanaal,
    nu: number,
    lease: number,
  ): Promise<Bezorgstand | undefined>;
  /** Records an attempt and the channel's state after it. */
  legVast(bezorgpoging: Omit<Bezorgpoging, 'id'>, stand: Bezorgstand): Promise<void>;
  /** Attempts after id `na` (exclusive), oldest first. */
  bezorgpogingen(na: number, limiet: number): Promise<Bezorgpoging[]>;
  /** The newest `limiet` attempts, oldest first. */
  laatsteBezorgpogingen(limiet: number): Promise<Bezorgpoging[]>;
  /** Deletes attempts recorded before `grens`. */
  ruimOp(grens: number): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: the sync (better-sqlite3) and async (D1) drivers
type Db = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

/** The delivery tables on `db`, the store's own drizzle database. */
export function bezorgOpslag(db: Db): BezorgOpslag {
  const { bezorgstanden: s, bezorgpogingen: p, meldingtellers: m } = schema;
  return {
    async laatsteMeldingen(partners) {
      if (partners.length === 0) return new Map();
      const rijen = await db
        .select({ partner: m.partner, laatste: m.laatste })
        .from(m)
        .where(inArray(m.partner, [...partners]));
      return new Map(rijen.map((r) => [r.partner, r.laatste]));
    },
    async standen(partners) {
      if (partners.length === 0) return [];
      return db
        .select()
        .from(s)
        .where(inArray(s.partner, [...partners]));
    },
    async claim(partner, kanaal, nu, lease) {
      const [stand] = await db
        .insert(s)
        .values({ partner, kanaal, gemeld: 0, mislukt: 0, volgendeOp: lease })
        .onConflictDoUpdate({
          target: [s.partner, s.kanaal],
          set: { volgendeOp: lease },
          setWhere: lte(s.volgendeOp, nu),
        })
        .returning();
      return stand;
    },
    async legVast(bezorgpoging, stand) {
      await db.insert(p).values(bezorgpoging);
      await db
        .update(s)
        .set({ gemeld: stand.gemeld, mislukt: stand.mislukt, volgendeOp: stand.volgendeOp })
        .where(and(eq(s.partner, stand.partner), eq(s.kanaal, stand.kanaal)));
    },
    async bezorgpogingen(na, limiet) {
      return db.select().from(p).where(gt(p.id, na)).orderBy(asc(p.id)).limit(limiet);
    },
    async laatsteBezorgpogingen(limiet) {
      const rijen = await db.select().from(p).orderBy(desc(p.id)).limit(limiet);
      return rijen.reverse();
    },
    async ruimOp(grens) {
      await db.delete(p).where(lte(p.tijdstip, grens));
    },
  };
}

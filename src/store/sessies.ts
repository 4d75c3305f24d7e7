/**
 * @module
 * The werkplek's server-side sessions and logins in progress, for both adapters: drizzle's
 * query builders are awaited the same way over better-sqlite3 and over D1.
 */
import { eq, lt, or } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema.js';

/** A login in progress: what the callback must match (OpenID Connect state, nonce, PKCE). */
export type Inlogpoging = typeof schema.inlogpogingen.$inferSelect;

/** A person's session; `id` is the hash of the cookie, `persoon` an opaque HMAC. */
export type Sessie = typeof schema.sessies.$inferSelect;

export interface SessieOpslag {
  /** Keeps a login in progress, and forgets the ones that expired. */
  bewaarInlogpoging(poging: Inlogpoging, nu: number): Promise<void>;
  /** Takes a login in progress out (once: a second call finds nothing); undefined when expired. */
  neemInlogpoging(id: string, nu: number): Promise<Inlogpoging | undefined>;
  /** Starts a session. */
  begin(sessie: Sessie): Promise<void>;
  sessie(id: string): Promise<Sessie | undefined>;
  /** Marks the session active at `nu` (the idle timeout counts from here). */
  raakAan(id: string, nu: number): Promise<void>;
  /** Ends one session. */
  beeindig(id: string): Promise<void>;
  /** Ends every session of `persoon` (logout ends them all). */
  beeindigAlle(persoon: string): Promise<void>;
  /** Deletes sessions idle since before `actiefVoor` or begun before `begonnenVoor`. */
  ruimOp(actiefVoor: number, begonnenVoor: number): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: the sync (better-sqlite3) and async (D1) drivers
type Db = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

/** The sessions on `db`, the store's own drizzle database. */
export function sessieOpslag(db: Db): SessieOpslag {
  const { inlogpogingen, sessies } = schema;
  return {
    async bewaarInlogpoging(poging, nu) {
      await db.delete(inlogpogingen).where(lt(inlogpogingen.vervaltOp, nu));
      await db.insert(inlogpogingen).values(poging);
    },
    async neemInlogpoging(id, nu) {
      const [poging] = await db.delete(inlogpogingen).where(eq(inlogpogingen.id, id)).returning();
      return poging && poging.vervaltOp > nu ? poging : undefined;
    },
    async begin(sessie) {
      await db.insert(sessies).values(sessie);
    },
    async sessie(id) {
      const [s] = await db.select().from(sessies).where(eq(sessies.id, id)).limit(1);
      return s;
    },
    async raakAan(id, nu) {
      await db.update(sessies).set({ actiefOp: nu }).where(eq(sessies.id, id));
    },
    async beeindig(id) {
      await db.delete(sessies).where(eq(sessies.id, id));
    },
    async beeindigAlle(persoon) {
      await db.delete(sessies).where(eq(sessies.persoon, persoon));
    },
    async ruimOp(actiefVoor, begonnenVoor) {
      await db
        .delete(sessies)
        .where(or(lt(sessies.actiefOp, actiefVoor), lt(sessies.begonnenOp, begonnenVoor)));
    },
  };
}

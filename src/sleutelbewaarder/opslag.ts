/**
 * @module
 * What the sleutelbewaarder keeps: used token ids (so a token works once) and the number of
 * evaluations per partner per day (its quota and its only record of use). Never an input,
 * an element or a pseudonym. One interface; Node uses SQLite (node-opslag.ts), tests memory.
 */

export interface Teluitkomst {
  /** False when the day's quota would be exceeded; nothing was counted then. */
  toegestaan: boolean;
  /** The partner's total for the day after this request (or before it, when refused). */
  totaal: number;
}

export interface SleutelbewaarderOpslag {
  /** Records `jti` until `tot` (ms); false when it was already used. */
  gebruikJti(jti: string, tot: number, nu: number): Promise<boolean>;
  /** Adds `aantal` to the partner's count for `dag` (yyyy-mm-dd) unless that passes `max`. */
  tel(partner: string, dag: string, aantal: number, max: number): Promise<Teluitkomst>;
  /** Counts per partner and day, for the beheerder. */
  tellingen(): Promise<Array<{ partner: string; dag: string; aantal: number }>>;
}

/** In memory, for tests and the Worker's isolate-free fallback. */
export function geheugenOpslag(): SleutelbewaarderOpslag {
  const jtis = new Map<string, number>();
  const tellers = new Map<string, number>();
  return {
    async gebruikJti(jti, tot, nu) {
      for (const [j, t] of jtis) if (t <= nu) jtis.delete(j);
      if (jtis.has(jti)) return false;
      jtis.set(jti, tot);
      return true;
    },
    async tel(partner, dag, aantal, max) {
      const k = `${partner}\u0000${dag}`;
      const nu = tellers.get(k) ?? 0;
      if (nu + aantal > max) return { toegestaan: false, totaal: nu };
      tellers.set(k, nu + aantal);
      return { toegestaan: true, totaal: nu + aantal };
    },
    async tellingen() {
      return [...tellers].map(([k, aantal]) => {
        const [partner = '', dag = ''] = k.split('\u0000');
        return { partner, dag, aantal };
      });
    },
  };
}

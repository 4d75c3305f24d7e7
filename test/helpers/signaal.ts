/**
 * The one test signal for tests below the API (store, planner, CLI): made-up categories,
 * no identifiers. API tests register bodies through `signalen.ts` instead.
 */
import type { GeplandeEntry } from '../../src/logboek/geplande-entry.js';
import type { Plan, Planning } from '../../src/matching/plan.js';
import type { Signaal } from '../../src/matching/signaal.js';

export const NU = Date.parse('2026-03-02T09:00:00.000Z');

/** A signal of `partner` with id `id`, registered at NU and valid for a while; `extra` overrides. */
export function testSignaal(id: string, partner: string, extra: Partial<Signaal> = {}): Signaal {
  return {
    id,
    partner,
    gebruiker: 'medewerker-1',
    rol: 'slachtoffer',
    uitbuitingsvormen: ['arbeidsuitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'signalering',
    nietInformeren: false,
    referentie: null,
    geregistreerdOp: NU,
    vervaltOp: NU + 1_000_000,
    ingetrokkenOp: null,
    ...extra,
  };
}

/** A planning that writes nothing and answers nothing. */
export const NIETS: Planning<undefined> = {
  plan: { entries: [], meldingen: [], zouten: { ketenpoort: new Uint8Array(32) } },
  antwoord: undefined,
};

/** Entries as one logboek leaf with fixed salts for the gateway and `partijen` (for store tests). */
export function alsBlad(entries: GeplandeEntry[], partijen: readonly string[] = []): Plan {
  const zouten = Object.fromEntries(
    ['ketenpoort', ...partijen].map((p, i) => [p, new Uint8Array(32).fill(i + 1)]),
  );
  return { entries, meldingen: [], zouten };
}

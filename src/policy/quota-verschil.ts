/**
 * @module
 * What a change of quota.yaml does: per partner, every limit that moved. A higher limit (or
 * none where there was one) lets a partner try more guesses, so it is a verruiming a jurist
 * must see as clearly as a new disclosure.
 */
import type { Beleid } from './beleid.js';
import { QUOTUM_TELLERS, type Quota, VENSTERS, type Venster } from './quota.js';

/** One limit of one partner that differs; undefined: no limit (the set has no quota.yaml). */
export interface QuotumVerschil {
  partner: string;
  /** `registraties per dag`, `batch`, ... */
  wat: string;
  oud: number | undefined;
  nieuw: number | undefined;
  verruiming: boolean;
}

/** Every quota limit that differs between the two sets, per partner of either set. */
export function quotaVerschil(oud: Beleid, nieuw: Beleid): QuotumVerschil[] {
  const partners = [...new Set([...oud.partners.keys(), ...nieuw.partners.keys()])].sort();
  const uit: QuotumVerschil[] = [];
  for (const partner of partners) {
    const a = limieten(oud.quota(partner));
    const b = limieten(nieuw.quota(partner));
    for (const [wat, o] of a) {
      const n = b.get(wat);
      if (o === n) continue;
      uit.push({
        partner,
        wat,
        oud: o,
        nieuw: n,
        verruiming: n === undefined || (o !== undefined && n > o),
      });
    }
  }
  return uit;
}

function limieten(q: Quota | undefined): Map<string, number | undefined> {
  const uit = new Map<string, number | undefined>();
  for (const teller of QUOTUM_TELLERS)
    for (const venster of Object.keys(VENSTERS) as Venster[])
      uit.set(`${teller} per ${venster}`, q?.[teller][venster]);
  uit.set('batch', q?.batch);
  return uit;
}

/** The differences in Dutch, one line each, verruimingen marked. */
export function quotaVerschilTekst(verschillen: readonly QuotumVerschil[]): string {
  const toon = (x: number | undefined) => (x === undefined ? 'geen grens' : String(x));
  return verschillen
    .map(
      (v) =>
        `  ${v.verruiming ? 'VERRUIMD' : 'ingeperkt'}: ${v.partner}, ${v.wat}: ${toon(v.oud)} -> ${toon(v.nieuw)}`,
    )
    .join('\n');
}

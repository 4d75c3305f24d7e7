/**
 * @module
 * Where the after-the-match rules land (issue 16): the (bron, ontvanger, doel) an `overdragen`
 * rule or a rule granting `terugkoppeling` names, and the vormen that can change an overdracht's
 * outcome there. Everywhere else an overdracht or a status is refused, whatever the signal, so
 * the matrix and change impact only walk these cells.
 */
import type { Beleid } from './beleid.js';
import { UITBUITINGSVORMEN } from './categorieen.js';
import { vormMasker } from './projecties.js';
import { bitsVan } from './signaalruimte.js';

/** The cells of the `overdragen` rules, as `bron\u0000ontvanger\u0000doel`. */
export function* overdrachtCellen(b: Beleid): Iterable<string> {
  for (const r of b.overdragen ?? [])
    for (const bron of r.bronnen)
      for (const o of r.ontvangers)
        if (o !== bron) for (const d of r.doelen) yield `${bron}\u0000${o}\u0000${d}`;
}

/** The cells of the verstrekken rules granting `terugkoppeling`. */
export function* terugkoppelingCellen(b: Beleid): Iterable<string> {
  for (const r of b.regels) {
    if (r.soort !== 'verstrekken' || !r.gegevens.includes('terugkoppeling')) continue;
    for (const bron of r.bronnen)
      for (const o of r.ontvangers)
        if (o !== bron) for (const d of r.doelen ?? []) yield `${bron}\u0000${o}\u0000${d}`;
  }
}

/** The vorm bits the overdragen rules and verboden of the cell name. */
export function overdrachtMasker(b: Beleid, bron: string, ontvanger: string, doel: string): number {
  let m = vormMasker(b, bron, ontvanger, doel);
  for (const r of b.overdragen ?? [])
    if (r.bronnen.includes(bron) && r.ontvangers.includes(ontvanger) && r.doelen.includes(doel))
      m |= bitsVan(UITBUITINGSVORMEN, r.wanneer.uitbuitingsvormen ?? []);
  return m;
}

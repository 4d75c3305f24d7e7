/**
 * @module
 * The counters of the published tables (issue 19), one row per table cell an event adds to,
 * written with the event in its transaction. Exactly the dimensions of each table and nothing
 * wider, with the registering partner so a partner's own counts can be told from the region's:
 * - t1: month x gemeente x aard
 * - t2: half-year x uitbuitingsvorm x sterkte (one per form of the signal)
 * - t3: quarter x partner kind x aard
 * - t4: quarter x melder
 * - t5: quarter x chain figure (matches at registration, overdrachten by answer time,
 *   terugkoppelingen given)
 * - intrekking: month x gemeente x aard, a withdrawal as its own event; the registration stays
 *   counted where it was.
 */
import type { Aard, Melder, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import { halfjaarVan, kwartaalVan, maandVan } from './perioden.js';

/** The tables with counters. */
export type Tabel = 't1' | 't2' | 't3' | 't4' | 't5' | 'intrekking';

/** One counter to add to: a cell of `tabel` in `periode`, for `partner`. */
export interface Teltoename {
  tabel: Tabel;
  periode: string;
  partner: string;
  a: string;
  b: string;
  aantal: number;
}

/** What a registration is counted by: its categories, never a pseudonym. */
export interface Geteld {
  partner: string;
  partnersoort: string;
  gemeente: string;
  aard: Aard;
  melder: Melder;
  /** Empty for a counting-only advies (counted in t1, t3 and t4 only). */
  uitbuitingsvormen: readonly Uitbuitingsvorm[];
  sterkte: Sterkte | null;
  geregistreerdOp: number;
}

/** The counters a registration adds to; `gematcht`: it matched another partner's signal. */
export function registratieTellingen(r: Geteld, gematcht: boolean): Teltoename[] {
  const maand = maandVan(r.geregistreerdOp);
  const kwartaal = kwartaalVan(maand);
  const t = (tabel: Tabel, periode: string, a: string, b = ''): Teltoename => ({
    tabel,
    periode,
    partner: r.partner,
    a,
    b,
    aantal: 1,
  });
  const uit = [
    t('t1', maand, r.gemeente, r.aard),
    t('t3', kwartaal, r.partnersoort, r.aard),
    t('t4', kwartaal, r.melder),
  ];
  if (r.sterkte) {
    for (const vorm of r.uitbuitingsvormen) uit.push(t('t2', halfjaarVan(maand), vorm, r.sterkte));
  }
  if (gematcht) uit.push(t('t5', kwartaal, 'gematcht'));
  return uit;
}

/** The counter a withdrawal adds to, in the month of the withdrawal. */
export function intrekkingTelling(
  s: { partner: string; gemeente: string; aard?: Aard | undefined },
  nu: number,
): Teltoename {
  return {
    tabel: 'intrekking',
    periode: maandVan(nu),
    partner: s.partner,
    a: s.gemeente,
    b: s.aard ?? 'signaal',
    aantal: 1,
  };
}

/** A chain figure of t5 at `nu` for `partner` (the one who handed over, or gave feedback). */
export function ketenTelling(partner: string, kolom: string, nu: number): Teltoename {
  return {
    tabel: 't5',
    periode: kwartaalVan(maandVan(nu)),
    partner,
    a: kolom,
    b: '',
    aantal: 1,
  };
}

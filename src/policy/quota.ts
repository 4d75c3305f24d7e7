/**
 * @module
 * Quotas as the gateway uses them: a partner's limits per clock hour and per day (UTC), and the
 * counters one request adds to. Fixed windows, so a counter is one row per partner, counter and
 * window that a single conditional upsert can keep below its limit in either store.
 *
 * @example
 * const t = tellingen('vtgv', beleid.quota('vtgv'), { registraties: 1, pseudoniemen: 3 }, nu);
 * // four counters: registraties and pseudoniemen, each for this hour and this day
 */

/** The counters a quota refuses above. */
export const QUOTUM_TELLERS = ['registraties', 'pseudoniemen', 'overlapvragen'] as const;
export type QuotumTeller = (typeof QUOTUM_TELLERS)[number];

/** Every counter: the quota's, and quick withdrawals (never refused, only warned about). */
export type Teller = QuotumTeller | 'intrekkingen';

/** Window lengths in ms. A window starts at a whole multiple of its length since the epoch (UTC). */
export const VENSTERS = { uur: 3_600_000, dag: 86_400_000 } as const;
export type Venster = keyof typeof VENSTERS;

/** A partner's limits (quota.yaml: standaard with its afwijking applied). */
export type Quota = Record<QuotumTeller, Record<Venster, number>> & { batch: number };

/** When the FG is warned, and for how long a warning is kept. */
export interface WaarschuwingDrempels {
  /** More than `aantal` withdrawals per day within `minuten` of their registration. */
  intrekkingen: { minuten: number; aantal: number };
  /** Months a warning is kept. */
  bewaartermijn: number;
}

/** One counter a request adds to: `aantal` more in window [vanaf, tot), which may hold `limiet`. */
export interface Telling {
  partner: string;
  teller: Teller;
  venster: Venster;
  vanaf: number;
  tot: number;
  aantal: number;
  limiet: number;
}

/** The window of kind `venster` that holds `nu`. */
export function vensterVan(venster: Venster, nu: number): { vanaf: number; tot: number } {
  const lengte = VENSTERS[venster];
  const vanaf = Math.floor(nu / lengte) * lengte;
  return { vanaf, tot: vanaf + lengte };
}

/** The counters a request of `partner` adds `aantallen` to under `quota` at `nu`; zeros add none. */
export function tellingen(
  partner: string,
  quota: Quota,
  aantallen: Partial<Record<QuotumTeller, number>>,
  nu: number,
): Telling[] {
  const uit: Telling[] = [];
  for (const teller of QUOTUM_TELLERS) {
    const aantal = aantallen[teller] ?? 0;
    if (aantal <= 0) continue;
    for (const venster of Object.keys(VENSTERS) as Venster[]) {
      uit.push({
        partner,
        teller,
        venster,
        ...vensterVan(venster, nu),
        aantal,
        limiet: quota[teller][venster],
      });
    }
  }
  return uit;
}

/**
 * Whole seconds from `nu` until every full counter in `vol` has a new window (RFC 9110
 * Retry-After): the end of the latest of their windows, at least 1.
 */
export function opnieuwNa(vol: readonly Telling[], nu: number): number {
  const tot = Math.max(nu, ...vol.map((t) => t.tot));
  return Math.max(1, Math.ceil((tot - nu) / 1000));
}

/**
 * @module
 * A warning for the FG: a partner's own try went above a quota (and was refused), or the
 * partner withdrew more signals soon after registering them than quota.yaml lets pass without
 * notice. Made only from the partner's own requests and the policy, never from whether a
 * registration matched, so a warning says nothing about other partners' signals.
 */
import { type Teller, type Telling, type Venster, vensterVan } from './quota.js';

/** Why the FG is warned: a refused try above a quota, or withdrawals soon after registering. */
export type Aanleiding = 'quotum' | 'snelle-intrekkingen';

/** The counter a warning is about; `batch` is the limit on signals per batch request. */
export type WaarschuwingTeller = Teller | 'batch';

/** What a warning is about: who, which counter in which window, and its limit. */
export interface Waarschuwing {
  partner: string;
  /** The employee or function id (token `sub`) of the request. */
  gebruiker: string;
  aanleiding: Aanleiding;
  teller: WaarschuwingTeller;
  venster: Venster;
  vanaf: number;
  tot: number;
  limiet: number;
}

/** A stored warning: how often it happened in its window, first and last (ms). */
export interface WaarschuwingRij extends Waarschuwing {
  id: number;
  aantal: number;
  eersteOp: number;
  laatsteOp: number;
}

/** The warning for counter `t` of `gebruiker`: a try above its quota, or a quick withdrawal too many. */
export function waarschuwingVoor(t: Telling, gebruiker: string): Waarschuwing {
  const { partner, teller, venster, vanaf, tot, limiet } = t;
  const aanleiding: Aanleiding = teller === 'intrekkingen' ? 'snelle-intrekkingen' : 'quotum';
  return { partner, gebruiker, aanleiding, teller, venster, vanaf, tot, limiet };
}

/** The warning for a batch above the partner's `limiet` signals per batch, counted per day. */
export function batchWaarschuwing(
  partner: string,
  gebruiker: string,
  limiet: number,
  nu: number,
): Waarschuwing {
  const dag = vensterVan('dag', nu);
  return {
    partner,
    gebruiker,
    aanleiding: 'quotum',
    teller: 'batch',
    venster: 'dag',
    ...dag,
    limiet,
  };
}

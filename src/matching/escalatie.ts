/**
 * @module
 * Whether the policy's escalation partner may hear of a termijn that passed (issue 17), under
 * two keys: the rule of the partner that waits and the rule of the partner that is late must
 * each let it know of a signal of theirs in the matter, for the doel of the matter. Then it
 * hears who each of them is only where that rule grants `partner`. Pure.
 */
import { type Beleid, type Besluit, beslis } from '../policy/index.js';
import type { Signaal } from './signaal.js';

/** One key: partner `bron`'s rule about one of `signalen` toward the escalation partner. */
export interface Sleutel {
  bron: string;
  signalen: readonly Signaal[];
}

/** A partner's id and name, as a notice names it. */
export interface PartnerNaam {
  id: string;
  naam: string;
}

/** What both keys allow: the signal the notice hangs on, the rules and who may be named. */
export interface Escalatie {
  signaal: Signaal;
  regels: string[];
  grondslagen: string[];
  van?: PartnerNaam;
  naar?: PartnerNaam;
}

/**
 * The first of `k.signalen` that `k.bron`'s rule lets `ontvanger` know of for `doel`, with
 * that decision; undefined when none.
 */
export function toestemming(
  beleid: Beleid,
  ontvanger: string,
  doel: string,
  k: Sleutel,
): { signaal: Signaal; besluit: Besluit } | undefined {
  for (const signaal of k.signalen) {
    const besluit = beslis(beleid, { bron: k.bron, ontvanger, doel, signaal });
    if (besluit.toegestaan) return { signaal, besluit };
  }
  return undefined;
}

/**
 * The escalation to `ontvanger` about the matter between `van` (it hangs on its signal) and
 * `naar`, or undefined when it is one of them or either key refuses.
 * @example escaleer(beleid, 'meldpunt', 'zorgcoordinatie', van, naar)?.regels
 */
export function escaleer(
  beleid: Beleid,
  ontvanger: string,
  doel: string,
  van: Sleutel,
  naar: Sleutel,
): Escalatie | undefined {
  if (ontvanger === van.bron || ontvanger === naar.bron) return undefined;
  const a = toestemming(beleid, ontvanger, doel, van);
  const b = a && toestemming(beleid, ontvanger, doel, naar);
  if (!a || !b) return undefined;
  return {
    signaal: a.signaal,
    regels: [...a.besluit.regels, ...b.besluit.regels],
    grondslagen: [...new Set([...a.besluit.grondslagen, ...b.besluit.grondslagen])].sort(),
    ...(a.besluit.gegevens.includes('partner') && { van: partnerNaam(beleid, van.bron) }),
    ...(b.besluit.gegevens.includes('partner') && { naar: partnerNaam(beleid, naar.bron) }),
  };
}

/** Partner `id` with its name from partners.yaml. */
export function partnerNaam(beleid: Beleid, id: string): PartnerNaam {
  return { id, naam: beleid.partners.get(id)?.naam ?? id };
}

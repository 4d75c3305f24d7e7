/**
 * @module
 * Who sees a status (issue 16): partner P sees the status of signal S of partner Q only where
 * Q's rule toward P, for P's doel, grants `terugkoppeling` (and P may receive for it: the
 * two-key decision), a verbod does not forbid it, and the rule's `statussen`, when it names
 * them, include the status. Whether P has a link to S at all is for the caller to establish.
 */
import type { Beleid, Vraag } from './beleid.js';
import { beslis } from './beslis.js';
import type { Status } from './terugkoppeling-woorden.js';

/** What P may learn of a status: under which rules and grondslagen, and whether Q is named. */
export interface StatusZicht {
  regels: string[];
  grondslagen: string[];
  /** The rule also grants `partner`: the status names Q. */
  partner: boolean;
}

/** What `vraag.ontvanger` may learn of `status` on a signal of `vraag.bron`; undefined: nothing. */
export function statusZicht(beleid: Beleid, vraag: Vraag, status: Status): StatusZicht | undefined {
  const besluit = beslis(beleid, vraag);
  if (!besluit.toegestaan || !besluit.gegevens.includes('terugkoppeling')) return undefined;
  const regels = beleid.regels.filter(
    (r) =>
      r.soort === 'verstrekken' &&
      besluit.regels.includes(r.id) &&
      r.gegevens.includes('terugkoppeling'),
  );
  const zichtbaar = regels.some((r) => r.statussen === undefined || r.statussen.includes(status));
  if (!zichtbaar) return undefined;
  return {
    regels: [...besluit.regels],
    grondslagen: [...besluit.grondslagen],
    partner: besluit.gegevens.includes('partner'),
  };
}

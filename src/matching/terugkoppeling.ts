/**
 * @module
 * The status a partner keeps on its own signal (issue 16), as the core means it.
 */
import type { Status } from '../policy/terugkoppeling-woorden.js';

/** The current status of one signal; `toelichting` is its closed reason or outcome. */
export interface SignaalStatus {
  signaal: string;
  partner: string;
  status: Status;
  toelichting: string | null;
  gewijzigdOp: number;
}

/** A partner linked to a signal, for which doel, and how it learned of it. */
export interface Koppeling {
  partner: string;
  doel: string;
  /** The leaf of the verstrekking by which it learned of the signal (a match). */
  blad?: number;
  /** The overdracht of its own that the signal was taken on from. */
  overdracht?: string;
}

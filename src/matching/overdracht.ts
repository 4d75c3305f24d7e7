/**
 * @module
 * An overdracht as the core means it (issue 16): one partner hands a signal to another for a
 * doel; the recipient answers from a closed list. The store keeps these rows; it does not
 * define them.
 */
import type { Antwoord, NietVoorOnsReden } from '../policy/overdracht-woorden.js';

/** `open` until the recipient answers. */
export type OverdrachtStatus = 'open' | Antwoord;

/** One overdracht. Times are ms since the epoch. */
export interface Overdracht {
  id: string;
  /** The signal handed over. */
  signaal: string;
  /** The owner of that signal. */
  bron: string;
  /** Who handed it: the owner, or the partner that passed it on (`doorgezet`). */
  van: string;
  naar: string;
  doel: string;
  /** The owner's opaque reference, when given (shown to `naar` only where the rule grants it). */
  referentie: string | null;
  /** The rules and grondslagen that allowed it. */
  regels: string[];
  grondslagen: string[];
  /** What `naar` was shown in its inbox. */
  inhoud: Record<string, unknown>;
  status: OverdrachtStatus;
  reden: NietVoorOnsReden | null;
  /** Of `doorgezet`: the overdracht to the next partner. */
  doorgezetNaar: string | null;
  /** Of `aangenomen`: the recipient's own signal on the same pseudonyms. */
  signaalNaar: string | null;
  aangemaaktOp: number;
  beantwoordOp: number | null;
}

/**
 * A store refused to write an answer because the overdracht was answered in the meantime:
 * of two racing answers, the loser's whole write rolls back.
 */
export class OverdrachtAlBeantwoord extends Error {
  override readonly name = 'OverdrachtAlBeantwoord';
  constructor(readonly overdracht: string) {
    super(`overdracht ${overdracht} is al beantwoord`);
  }
}

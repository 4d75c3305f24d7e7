/**
 * @module
 * Regie of a casus as the core means it (issue 17): one partner leads; a partner proposes
 * itself or another, the proposed partner accepts or declines, the regisseur hands over. The
 * store keeps these rows; it does not define them.
 */

/** Who leads casus `casus`, since when, for which doel. Times are ms since the epoch. */
export interface Regie {
  casus: string;
  regisseur: string;
  doel: string;
  sinds: number;
  /**
   * The regisseur this row replaces (a handover), or null for the first one. The store writes
   * the row only while that is still the stored regisseur (or, for null, while none is).
   */
  vorige: string | null;
  /** The proposal it was accepted from; null for a partner that claimed it itself. */
  voorstel: string | null;
}

export const REGIE_ANTWOORDEN = ['aangenomen', 'afgewezen'] as const;
export type RegieAntwoord = (typeof REGIE_ANTWOORDEN)[number];

/** A proposal that `naar` take regie of `casus`, `open` until it answers. */
export interface Regievoorstel {
  id: string;
  casus: string;
  van: string;
  naar: string;
  doel: string;
  status: 'open' | RegieAntwoord;
  /** The member signal of `naar` it was delivered on; null when `naar` was not told. */
  naarSignaal: string | null;
  /** The regisseur when it was proposed (null: none): accepting it replaces exactly that one. */
  regisseurBijVoorstel: string | null;
  aangemaaktOp: number;
  beantwoordOp: number | null;
}

/**
 * A store refused a regie or an answer because the casus got its regisseur, or the proposal
 * its answer, in the meantime: of two racing claims the loser's whole write rolls back.
 */
export class RegieAlBeslist extends Error {
  override readonly name = 'RegieAlBeslist';
  constructor() {
    super('regie of regievoorstel is al beslist');
  }
}

/**
 * The last answer of GET /v1/signalen/{id}/casussen for a signal (issue 17): a fingerprint of
 * what was shown and logged, and the leaf that logged it. A read whose fingerprint is the same
 * answers with that leaf instead of growing the logboek.
 */
export interface Casusinzage {
  signaal: string;
  vingerafdruk: string;
  blad: number;
}

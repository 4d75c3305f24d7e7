/**
 * @module
 * A termijn that passed (issue 17), as the core means it: reported once per overdracht, regie
 * proposal, request for terugkoppeling or casus without regie. The store keeps these rows; it
 * does not define them.
 */

export const TERMIJN_SOORTEN = ['overdracht', 'regie', 'terugkoppeling', 'casus'] as const;
export type TermijnSoort = (typeof TERMIJN_SOORTEN)[number];

/** One report: `onderwerp` is `<soort>:<id>`, its primary key. Times are ms since the epoch. */
export interface Termijnmelding {
  onderwerp: string;
  soort: TermijnSoort;
  verstrekenOp: number;
  gemeldOp: number;
}

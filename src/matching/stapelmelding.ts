/**
 * @module
 * A stapelmelding as the core means it (issue 17): a stapelregel fired for a casus. The store
 * keeps these rows (issue 19 counts them); it does not define them.
 */

/** A stapelmelding as written (issue 19 counts these rows). */
export interface Stapelmelding {
  id: string;
  regel: string;
  casus: string;
  ontvanger: string;
  aantal: number;
  partners: number;
  op: number;
}

/**
 * @module
 * The words of change impact: what kind of change, whether it widens, and one difference.
 * Shared by the verstrekking diff (verschil.ts) and the diff after the match
 * (verschil-na-overlap.ts).
 */

/** How one question's outcome changes. A verruiming discloses more than before. */
export type Wijziging =
  | 'nieuw-toegestaan'
  | 'meer-gegevens'
  | 'melden-aan'
  | 'nieuw-geweigerd'
  | 'minder-gegevens'
  | 'melden-uit'
  | 'andere-grondslagen'
  | 'meer-statussen'
  | 'minder-statussen';

export const VERRUIMINGEN: ReadonlySet<Wijziging> = new Set([
  'nieuw-toegestaan',
  'meer-gegevens',
  'melden-aan',
  'meer-statussen',
]);

/**
 * What a difference is about: a verstrekking at a match, an overdracht (issue 16), or which
 * statuses a partner linked to a signal sees through `terugkoppeling`.
 */
export type VerschilSoort =
  | 'verstrekking'
  | 'overdracht'
  | 'terugkoppeling'
  | 'stapel'
  | 'escalatie';

/** One kind of change for one (bron, ontvanger, doel), over a set of signal classes. */
export interface Verschil {
  soort: VerschilSoort;
  /** For an overdracht: the hander; for terugkoppeling: the owner of the signal. */
  bron: string;
  ontvanger: string;
  doel: string;
  wijziging: Wijziging;
  verruiming: boolean;
  /** The signals it concerns, in Dutch (exact: this set and no other). */
  signalen: string;
  aantal: number;
  /**
   * Fields gained or lost; for a new allow or deny, all fields of the side that allows. An
   * overdracht names its own gegevens (OVERDRACHT_GEGEVENS); terugkoppeling the statuses.
   */
  gegevens: string[];
  /** Rules that decide on the side that allows (or, for andere-grondslagen, the new side). */
  regels: string[];
  grondslagen: { oud: string[]; nieuw: string[] };
}

/**
 * @module
 * The signal as the core means it: typed categories, its re-keyed pseudonyms, and the other
 * partners' signals that share one (candidates). The store reads and writes these shapes;
 * it does not define them.
 */
import type { Soort } from '../identity/soorten.js';
import type { Aard, Melder, Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import type { SignaalStatus } from './terugkoppeling.js';

/** A registered signal (its pseudonyms live apart). Times are ms since the epoch. */
export interface Signaal {
  id: string;
  partner: string;
  /** The registering employee or function id (token `sub`). */
  gebruiker: string;
  rol: Rol;
  uitbuitingsvormen: Uitbuitingsvorm[];
  sterkte: Sterkte;
  gemeente: string;
  /** What the registration is (issue 19); absent: a signaal. */
  aard?: Aard;
  /** Who reported to the partner, as a kind (issue 19); absent: a professional. */
  melder?: Melder;
  /** The doel; of a signal registered for several doelen, the first of {@link doelen}. */
  doel: string;
  /**
   * Of a signal registered for more than one doel (issue 16): all of them, `doel` first. Each
   * match is decided and logged per doel. Absent or null: the one `doel`.
   */
  doelen?: string[] | null;
  nietInformeren: boolean;
  referentie: string | null;
  geregistreerdOp: number;
  vervaltOp: number;
  ingetrokkenOp: number | null;
  /**
   * Of a signal taken on through an overdracht (issue 16): the signal it was handed as. The
   * two are never matched against each other.
   */
  herkomst?: string | null;
}

/** The doelen of `s`: its list when registered for several, else its one doel. */
export function doelenVan(s: Pick<Signaal, 'doel' | 'doelen'>): readonly string[] {
  return s.doelen && s.doelen.length > 0 ? s.doelen : [s.doel];
}

/** A pseudonym re-keyed with the gateway's storage key, as stored. */
export interface OpgeslagenPseudoniem {
  soort: Soort;
  waarde: string;
}

/** Another partner's active signal sharing at least one stored pseudonym with the signal at hand. */
export interface Kandidaat {
  signaal: Signaal;
  gedeeld: OpgeslagenPseudoniem[];
  /** The status its owner keeps on it (terugkoppeling, issue 16), if any. */
  status?: SignaalStatus | undefined;
}

/** A signal to register, with its stored pseudonyms. */
export interface NieuwSignaal {
  signaal: Signaal;
  pseudoniemen: OpgeslagenPseudoniem[];
}

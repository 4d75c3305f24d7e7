/**
 * @module
 * The compiled form of a policy set that `beslis` reads: per bron, ontvanger and doel one
 * cell with its prepared rules, their conditions as bit sets, and a cache of frozen besluiten.
 */

import type { Besluit, Doel, Partner } from './beleid.js';
import type { Positie } from './beleid-fout.js';

/** Conditions as bit sets over UITBUITINGSVORMEN, STERKTES and ROLLEN; 0 means "any". */
export interface Voorwaarde {
  vormen: number;
  sterktes: number;
  rollen: number;
}

/** A prepared `verstrekken` rule. */
export interface Toestemming extends Voorwaarde {
  id: string;
  titel: string;
  uitleg: string;
  /** Bit set over VELDEN. */
  gegevens: number;
  melden: boolean;
  grondslagen: readonly string[];
  positie: Positie;
}

/** A prepared `verboden` rule. */
export interface Verbod extends Voorwaarde {
  id: string;
  titel: string;
  uitleg: string;
  grondslagen: readonly string[];
  positie: Positie;
}

/** Everything that decides one (bron, ontvanger, doel). */
export interface Cel {
  bron: string;
  ontvanger: string;
  doel: string;
  toestaan: Toestemming[];
  verbieden: Verbod[];
  /** The recipient's grondslagen for this doel (second key); undefined when it may not receive. */
  ontvangst: readonly string[] | undefined;
  /** Set when the outcome does not depend on the signal. */
  vast: Besluit | undefined;
  /** Besluiten by signal index (vormen, sterkte, rol), filled on first use. */
  cache: Array<Besluit | undefined> | undefined;
  /** Distinct besluiten of this cell by reden, so equal outcomes share one object. */
  uniek: Map<string, Besluit> | undefined;
}

/** The whole compiled policy: bron -> ontvanger -> doel -> cell. */
export interface Tabel {
  cellen: Map<string, Map<string, Map<string, Cel>>>;
  partners: ReadonlyMap<string, Partner>;
  doelen: ReadonlyMap<string, Doel>;
  ontvangen: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

/** Where a Beleid keeps its compiled table, out of sight of JSON and of the public interface. */
export const TABEL: unique symbol = Symbol('ketenpoort.beslistabel');

/** The id a default deny reports; no rule may take it. */
export const STANDAARD_WEIGERING = 'standaard-weigering';

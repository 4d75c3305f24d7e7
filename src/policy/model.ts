/**
 * @module
 * The checked policy set before compilation: catalogues plus every rule with its
 * recipients resolved to partner ids and its place in the files kept for explanations.
 */

import type {
  Doel,
  Grondslag,
  Partner,
  PseudoniemInstelling,
  Regio,
  Stapelregel,
  Termijnen,
  Uitgesloten,
} from './beleid.js';
import type { Positie } from './beleid-fout.js';
import type { GeparsdBestand } from './posities.js';
import type { Quota, WaarschuwingDrempels } from './quota.js';
import type { VerbodRegel, VerstrekRegel } from './schema.js';
import type { OverdraagRegel } from './schema-overdracht.js';

/** Retention per sterkte, in months. */
export interface Bewaartermijnen {
  zacht?: number | undefined;
  hard?: number | undefined;
}

/** A rule of one file, for the partners (bronnen) that file covers. */
export interface GeplaatsteRegel<R> {
  bronnen: readonly string[];
  /** `aan` resolved to partner ids. */
  ontvangers: readonly string[];
  regel: R;
  positie: Positie;
  /** The file and the path of the rule in it (`['verstrekken', 2]`), to point at its parts. */
  bestand: GeparsdBestand;
  pad: readonly PropertyKey[];
}

/** Everything the compiler needs, all cross references already checked. */
export interface Model {
  partners: Map<string, Partner>;
  /** partners.yaml `ketenrollen` (issue 16): role -> the partner filling it, null while nobody does. */
  ketenrollen: Map<string, string | null>;
  /** partners.yaml `regio` (issue 19), checked against the partners' gemeenten. */
  regio?: Regio | undefined;
  /** partners.yaml `regisseurs` (issue 17): doel -> the default regisseur, a role resolved; null while the role is unfilled. */
  regisseurs: Map<string, string | null>;
  doelen: Map<string, Doel>;
  grondslagen: Map<string, Grondslag>;
  uitgesloten: Uitgesloten[];
  /** pseudoniemen.yaml, checked against the exclusion list. */
  pseudoniemen: PseudoniemInstelling;
  bewaartermijnen: Map<string, Bewaartermijnen>;
  /** partner -> doel -> grondslagen on which it may receive (the second key). */
  ontvangen: Map<string, Map<string, readonly string[]>>;
  verstrekken: GeplaatsteRegel<VerstrekRegel>[];
  verboden: GeplaatsteRegel<VerbodRegel>[];
  /** `overdragen` rules (issue 16): to whom a partner may hand its own signal. */
  overdragen: GeplaatsteRegel<OverdraagRegel>[];
  /** Partner -> where a regels/ file names it as its partner (for warnings). */
  bronPlek: Map<string, Positie>;
  /** The catalogue files, to point at an entry in them. */
  catalogi: { partners: GeparsdBestand; doelen: GeparsdBestand; grondslagen: GeparsdBestand };
  /** Months logboek entries are kept, from logboek.yaml. */
  logboekBewaartermijn?: number | undefined;
  /** quota.yaml resolved per partner; absent when the set has no quota.yaml. */
  quota?: QuotaModel | undefined;
  /** termijnen.yaml (issue 17); absent when the set has none. */
  termijnen?: Termijnen | undefined;
  /** stapelregels.yaml (issue 17), recipients resolved; absent when the set has none. */
  stapelregels?: Stapelregel[] | undefined;
}

/** The quota of quota.yaml: the default, the partners with an afwijking, and the warnings. */
export interface QuotaModel {
  standaard: Quota;
  perPartner: Map<string, Quota>;
  waarschuwingen: WaarschuwingDrempels;
}

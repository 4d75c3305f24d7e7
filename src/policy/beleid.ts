/**
 * @module
 * The shape of a loaded policy set and of one decision, as the rest of the gateway sees it.
 */
import type { Soort } from '../identity/soorten.js';
import type { Positie } from './beleid-fout.js';
import type { Partnersoort, Rol, Sterkte, Uitbuitingsvorm, Veld } from './categorieen.js';
import type { OverdrachtGegeven } from './overdracht-woorden.js';
import type { Quota, WaarschuwingDrempels } from './quota.js';
import type { Inzagebeperking } from './schema-fg.js';
import type { Status } from './terugkoppeling-woorden.js';
import type { GelijkgesteldeDag } from './werkdagen.js';

/** One stapelregel of stapelregels.yaml (issue 17), `ontvanger` resolved from `aan`. */
export interface Stapelregel {
  id: string;
  titel: string;
  uitleg: string;
  sterkte: readonly Sterkte[];
  minimaal: number;
  partners: number;
  maanden: number;
  aan: string;
  /** The partner that fills `aan` (a ketenrol resolved); null while nobody does. */
  ontvanger: string | null;
  doel: string;
  gegevens: readonly ('partner' | 'contact' | 'uitbuitingsvorm' | 'sterkte')[];
  positie: Positie;
}

/** The termijnen of termijnen.yaml (issue 17), in werkdagen. */
export interface Termijnen {
  overdracht?: number | undefined;
  regie?: number | undefined;
  /** From a casus's forming until it has a regisseur or an open proposal. */
  casus?: number | undefined;
  /** The partner that hears of a passed termijn (a ketenrol resolved); null: nobody. */
  escalatie: string | null;
  gelijkgesteld: readonly GelijkgesteldeDag[];
}

/** A ketenpartner from partners.yaml. The contact is functional (a mailbox or line, never a person). */
export interface Partner {
  id: string;
  naam: string;
  soort: Partnersoort;
  contact: { email?: string; telefoon?: string };
  /** CBS codes (`GM` + 4 digits) of the gemeenten the partner covers. */
  gemeenten: string[];
}

/** partners.yaml `regio` (issue 19): the region's gemeenten, their source, and the threshold. */
export interface Regio {
  naam: string;
  bron: string;
  peildatum: string;
  /** CBS code -> name, in file order. */
  gemeenten: ReadonlyMap<string, string>;
  /** Counts below it are suppressed in the figures. */
  drempel: number;
  /** The grondslagen on which figures are disclosed (grondslagen.yaml ids). */
  grondslagen: readonly string[];
}

/** A purpose from doelen.yaml. */
export interface Doel {
  id: string;
  titel: string;
  omschrijving: string;
}

/** A legal basis from grondslagen.yaml. */
export interface Grondslag {
  id: string;
  titel: string;
  wet: string;
  artikel: string;
  link: string;
  toelichting: string;
}

/** An entity no match may ever use, as a pseudonym of one version and key id. */
export interface Uitgesloten {
  soort: Soort;
  versie: 'v1' | 'v2';
  /** The key id: the ketensleutel (v1) or the sleutelbewaarder's key (v2). */
  sleutel: string;
  pseudoniem: string;
  omschrijving: string;
}

/**
 * pseudoniemen.yaml: the one version this deployment accepts and its key ids; for v2 each with
 * the sleutelbewaarder's public key (base64url) that clients verify answers against.
 */
export interface PseudoniemInstelling {
  readonly versie: 'v1' | 'v2';
  readonly sleutels: ReadonlyArray<{ readonly id: string; readonly publiek?: string }>;
}

/** One file of a loaded set: its path in policies/, the SHA-256 of its bytes and their number. */
export interface BestandInfo {
  pad: string;
  sha256: string;
  grootte: number;
}

/** Conditions on a signal, as written; an absent list always holds. */
export interface Wanneer {
  uitbuitingsvormen?: readonly Uitbuitingsvorm[];
  sterkte?: readonly Sterkte[];
  rol?: readonly Rol[];
}

/** One rule of the set as a jurist wrote it, with its recipients resolved, for explain and reports. */
export interface BeleidRegel {
  soort: 'verstrekken' | 'verboden';
  id: string;
  titel: string;
  uitleg: string;
  /** The partners whose signals the rule is about (the file's partner or group). */
  bronnen: readonly string[];
  /** `aan` as written: partner ids, `soort:<soort>` or '*'. */
  aan: readonly string[];
  /** `aan` resolved to partner ids. */
  ontvangers: readonly string[];
  /** The recipient's doelen; undefined: every doel (a verbod without `doelen`). */
  doelen: readonly string[] | undefined;
  wanneer: Wanneer;
  /** What a verstrekken rule discloses; empty for a verbod. */
  gegevens: readonly Veld[];
  grondslagen: readonly string[];
  melden: boolean;
  /** Of a rule granting `terugkoppeling`: the statuses the recipient sees; undefined: all (issue 16). */
  statussen?: readonly Status[] | undefined;
  positie: Positie;
}

/** One `overdragen` rule as written, with its recipients resolved (issue 16). */
export interface OverdrachtRegel {
  id: string;
  titel: string;
  uitleg: string;
  /** The partners that may hand over (the file's partner or group). */
  bronnen: readonly string[];
  /** `aan` as written. */
  aan: readonly string[];
  /** `aan` resolved to partner ids. */
  ontvangers: readonly string[];
  doelen: readonly string[];
  wanneer: Wanneer;
  /** What the recipient sees besides who hands over and its contact. */
  gegevens: readonly OverdrachtGegeven[];
  grondslagen: readonly string[];
  positie: Positie;
}

/** A validated, compiled policy set. Immutable; build it with `laadBeleid`. */
export interface Beleid {
  readonly hash: string;
  /** The files the hash covers, sorted by path. */
  readonly bestanden: ReadonlyArray<BestandInfo>;
  readonly partners: ReadonlyMap<string, Partner>;
  /**
   * Who fills a role in the chain (partners.yaml `ketenrollen`, issue 16): the regional
   * meldpunt, the zorgcoördinator. Null while the policy names the role but nobody fills it.
   */
  readonly ketenrollen?: ReadonlyMap<string, string | null>;
  /** partners.yaml `regio` (issue 19); without it the gemeenten the partners name. */
  readonly regio?: Regio | undefined;
  /**
   * Per doel the partner proposed as regisseur of a casus (partners.yaml `regisseurs`, issue
   * 17), a ketenrol resolved; null while that role is unfilled.
   */
  readonly regisseurs?: ReadonlyMap<string, string | null>;
  /** termijnen.yaml (issue 17), the escalation partner resolved; absent: no termijn is watched. */
  readonly termijnen?: Termijnen | undefined;
  /** stapelregels.yaml (issue 17), each recipient resolved; absent: nothing stacks. */
  readonly stapelregels?: ReadonlyArray<Stapelregel> | undefined;
  readonly doelen: ReadonlyMap<string, Doel>;
  readonly grondslagen: ReadonlyMap<string, Grondslag>;
  readonly uitgesloten: ReadonlyArray<Uitgesloten>;
  /** The pseudonym version and keys (pseudoniemen.yaml); without it v2 with no key. */
  readonly pseudoniemen: PseudoniemInstelling;
  /** Every verstrekken rule and verbod, in file order. */
  readonly regels: ReadonlyArray<BeleidRegel>;
  /** Every `overdragen` rule (issue 16), in file order. */
  readonly overdragen?: ReadonlyArray<OverdrachtRegel>;
  /** The second key: per partner, per doel, the grondslagen on which it may receive. */
  readonly ontvangen: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** Months a signal of `partner` with this sterkte is kept; undefined when the policy names none. */
  bewaartermijnMaanden(partner: string, sterkte: Sterkte): number | undefined;
  /** True when `partner` has an `ontvangen` entry for `doel` (the second key). */
  magOntvangen(partner: string, doel: string): boolean;
  /** Rule id -> its restriction of the right of access (AVG art. 23, UAVG art. 41). */
  readonly inzagebeperkingen?: ReadonlyMap<string, Inzagebeperking>;
  /** Months logboek entries are kept (logboek.yaml); undefined when the policy names none. */
  readonly logboekBewaartermijnMaanden?: number | undefined;
  /**
   * The quota of `partner` (quota.yaml: the default, or its afwijking); undefined when the set
   * has no quota.yaml, and then nothing bounds the partner's tries.
   */
  quota(partner: string): Quota | undefined;
  /** When the FG is warned and how long warnings are kept (quota.yaml); undefined without it. */
  readonly waarschuwingDrempels?: WaarschuwingDrempels | undefined;
}

/** One question to the policy: may `ontvanger`, for `doel`, learn about a signal of `bron`? */
export interface Vraag {
  bron: string;
  ontvanger: string;
  doel: string;
  signaal: { uitbuitingsvormen: readonly Uitbuitingsvorm[]; sterkte: Sterkte; rol: Rol };
}

/**
 * The outcome of one question. Besluiten are cached and frozen: copy the arrays
 * before changing them.
 */
export interface Besluit {
  toegestaan: boolean;
  /** In VELDEN order; includes 'bestaan' when toegestaan; empty when denied. */
  gegevens: Veld[];
  /** True when a matching allow rule asks to notify the recipient of later matches. */
  melden: boolean;
  /** Matching allow rule ids, or the forbid rule ids that won, or ['standaard-weigering']. */
  regels: string[];
  /** Sorted unique legal bases of the outcome; empty for a default deny. */
  grondslagen: string[];
  /** One Dutch sentence explaining the outcome. */
  reden: string;
}

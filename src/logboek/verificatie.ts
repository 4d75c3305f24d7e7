/**
 * @module
 * The shapes of a logboek verification: where it reads from, its options, and what it
 * reports. Shared by the verification of entries and tree (`verifieer.ts`) and of the
 * checkpoints (`verifieer-checkpoint.ts`).
 */
import type { Hasher } from './hash.js';
import type { NodeSource, StoredNode } from './merkle-nodes.js';
import type { NoteVerifier } from './note.js';
import type { Sleutelreeks } from './sleutelreeks.js';
import type { OpgeslagenBlad } from './verifieer-entry.js';

/** A checkpoint as kept: its signed note, the root column beside it, and its cosignatures. */
export interface TeVerifierenCheckpoint {
  grootte: number;
  note: string;
  root?: Uint8Array;
  cosignaturen: ReadonlyArray<{ getuige: string; vkey: string; regel: string }>;
}

/** Where the leaves with their entries, checkpoints and (live) the stored tree come from. */
export interface VerificatieBron {
  /** Stored leaves from number `vanaf`, in order, each with its entries. */
  bladen(vanaf: number, limiet: number): Promise<OpgeslagenBlad[]>;
  checkpoints(): Promise<TeVerifierenCheckpoint[]>;
  /** The stored tree; absent offline (an export has none). */
  boom?: {
    grootte(): Promise<number>;
    /** How many entry rows are stored, leaf or no leaf, and the last volgnummer. */
    omvang(): Promise<{ regels: number; laatste: number }>;
    knopen: NodeSource;
    knopenReeks(niveau: number, van: number, tot: number): Promise<StoredNode[]>;
  };
}

export interface VerificatieOpties {
  /** The log's public key: every checkpoint must carry its valid signature. */
  log: NoteVerifier;
  /**
   * After a rotation of the checkpoint key: the keys by tree size (src/logboek/sleutelreeks.ts);
   * each checkpoint must then carry the signature of a key valid at its size.
   */
  sleutels?: Sleutelreeks;
  /**
   * The trusted witness keys. Only their cosignatures count: those stored beside a
   * checkpoint and the cosignature lines inside a note (offline checkpoint files).
   */
  getuigen?: readonly NoteVerifier[];
  hasher?: Hasher;
  pagina?: number;
}

/** One thing that is wrong, at a place the FG can look up. */
export interface Bevinding {
  /** `blad 12`, `regel 17`, `checkpoint 120` or `boomknoop 3/5`. */
  plaats: string;
  /** The leaf it is in or about, when it is about one. */
  blad: number | null;
  volgnummer: number | null;
  grootte: number | null;
  wat: string;
}

export interface CheckpointUitslag {
  grootte: number;
  geldig: boolean;
  /** Distinct witnesses with a valid cosignature on this checkpoint. */
  cosignaturen: number;
  getuigen: string[];
}

export interface Verificatie {
  geldig: boolean;
  /** Leaves read: the tree's size. */
  bladen: number;
  /** Entries read. */
  regels: number;
  /** Leaves erased by the logboek's retention (at the start of the log), checked as such. */
  gewist: number;
  checkpoints: CheckpointUitslag[];
  /** Leaves and entries first, in log order, then the tree, then the checkpoints; the first is the first bad place. */
  fouten: Bevinding[];
}

export interface Herberekend {
  /** Leaves read. */
  aantal: number;
  /** Entries read. */
  regels: number;
  /** Erased leaves read. */
  gewist: number;
  /** The recomputed root at each checkpoint size. */
  roots: Map<number, Uint8Array>;
  fouten: Bevinding[];
}

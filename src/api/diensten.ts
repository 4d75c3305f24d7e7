/**
 * @module
 * The services a request needs, built once per process by the entry file and handed to
 * handlers through the context. Time, randomness and ids are injected so tests can fix them.
 */
import type { Checkpointer } from '../logboek/checkpointer.js';
import type { NoteSigner, NoteVerifier } from '../logboek/note.js';
import type { Beleid } from '../policy/index.js';
import { opslagPseudoniem } from '../pseudonym/opslag.js';
import type { Store } from '../store/store.js';
import type { TokenVerifier } from './auth/token-verifier.js';

/** When and how the policy set was loaded, for GET /v1/beleid. */
export interface BeleidLading {
  /** ms since the epoch. */
  geladenOp: number;
  /** Distinct jurist signatures the configuration requires (0: none). */
  vereist: number;
  /** The jurists whose valid signature on the set's hash was found. */
  ondertekenaars: ReadonlyArray<{ kid: string; jurist: string; ondertekendOp: string }>;
}

export interface Diensten {
  store: Store;
  beleid: Beleid;
  /** Absent where the entry does not record it; GET /v1/beleid then says so. */
  beleidLading?: BeleidLading;
  /** Excluded entities, re-keyed like stored pseudonyms: `soort:waarde`. */
  uitgesloten: ReadonlySet<string>;
  /** The gateway's own key for re-keying pseudonyms before storage (32 bytes). */
  opslagsleutel: Uint8Array;
  verifieerToken: TokenVerifier;
  /** Current time, ms since the epoch. */
  klok: () => number;
  willekeurig: (lengte: number) => Uint8Array;
  nieuwId: () => string;
  /** Serves the files of the API reference page; absent where the runtime has none. */
  docsBestand?: (naam: string) => Promise<{ body: string; type: string } | undefined>;
  /** Logs an unexpected error server-side; never sent to the client. */
  logFout: (verzoekId: string, fout: unknown) => void;
  /** The logboek's checkpoint key and its witnesses. */
  logboek: LogboekDiensten;
}

/** What the gateway needs to sign checkpoints and accept witness cosignatures. */
export interface LogboekDiensten {
  /** The checkpoint key (Ed25519); its name is the log's origin. */
  ondertekenaar: NoteSigner;
  /** The known witnesses (cosignature/v1 keys); cosignatures of others are refused. */
  getuigen: readonly NoteVerifier[];
  /** Sign a checkpoint after every write request; otherwise only on the timer or cron. */
  naElkeSchrijfactie: boolean;
  /** Signs a checkpoint of the stored tree if it grew; concurrent calls share one signature. */
  checkpoint: Checkpointer;
}

/** Re-keys the policy's excluded entities so matching can compare them with stored pseudonyms. */
export function uitgeslotenOpslag(beleid: Beleid, opslagsleutel: Uint8Array): Set<string> {
  return new Set(
    beleid.uitgesloten.map(
      (u) => `${u.soort}:${opslagPseudoniem(opslagsleutel, u.soort, u.pseudoniem)}`,
    ),
  );
}

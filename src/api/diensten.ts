/**
 * @module
 * The services a request needs, built once per process (Node) or isolate (Worker) by
 * {@link maakDiensten} and handed to handlers through the context. The same factory serves
 * the gateway, the Worker, the tests and the benchmark. Time, randomness and ids are
 * injected so tests can fix them.
 */

import { willekeurigeBytes } from '../logboek/blad.js';
import {
  type Checkpointer,
  type CheckpointOpslag,
  maakCheckpoint,
  maakCheckpointer,
  type OpgeslagenCheckpoint,
} from '../logboek/checkpointer.js';
import type { NoteSigner, NoteVerifier } from '../logboek/note.js';
import { eenSleutel, type Sleutelreeks } from '../logboek/sleutelreeks.js';
import { logVerifier } from '../logboek/sleutels.js';
import type { Beleid } from '../policy/index.js';
import { type HmacSha256, webHmac } from '../pseudonym/mac.js';
import { type Opslagsleutels, opgeslagenPseudoniem } from '../pseudonym/opslag.js';
import type { Store } from '../store/store.js';
import type { BeleidLading } from '../use-cases/beleid-laden.js';
import type { Poort } from '../use-cases/context.js';
import type { WerkplekOpties } from '../werkplek/opties.js';
import type { Vertrouwensbron } from './auth/rollen.js';
import { maakTokenVerifier, type TokenVerifier } from './auth/token-verifier.js';
import { foutVoorLog } from './fout-log.js';

export interface Diensten extends Poort {
  /** Absent where the entry does not record it; GET /v1/beleid then says so. */
  beleidLading?: BeleidLading;
  verifieerToken: TokenVerifier;
  /** Serves the files of the API reference page; absent where the runtime has none. */
  docsBestand?: (naam: string) => Promise<{ body: string; type: string } | undefined>;
  /** Logs an unexpected error server-side; never sent to the client. */
  logFout: (verzoekId: string, fout: unknown) => void;
  /** The logboek's checkpoint key and its witnesses. */
  logboek: LogboekDiensten;
  /** The pages for people (src/werkplek/); absent: no pages, only the API. */
  werkplek?: WerkplekOpties;
  /** Webhooks and mail that tell partners their inbox holds something new (issue 18). */
  bezorging?: Bezorgdienst;
}

/**
 * Starts a delivery round after a write (issue 18) without delaying the answer: Node runs it on
 * a timer, the Worker hands it to its queue (`wacht`: the request's waitUntil, where there is one).
 */
export interface Bezorgdienst {
  aanstoten(wacht?: (klaar: Promise<unknown>) => void): void;
  /** One round now; when retries wait, the times they are due (ms). */
  ronde(): Promise<{ volgendeOp?: number; wachtOp?: number }>;
}

/** What the gateway needs to sign checkpoints and accept witness cosignatures. */
export interface LogboekDiensten {
  /** The checkpoint key (Ed25519); its name is the log's origin. */
  ondertekenaar: NoteSigner;
  /** The known witnesses (cosignature/v1 keys); cosignatures of others are refused. */
  getuigen: readonly NoteVerifier[];
  /** Sign a checkpoint after every write request; otherwise only on the timer or cron. */
  naElkeSchrijfactie: boolean;
  /** Signs a checkpoint of the stored tree if it grew. */
  checkpoint: Checkpointer;
  /** Leaves per part of GET /v1/logboek/verificatie; undefined: the whole log in one request. */
  verificatieDeel: number | undefined;
  /** The checkpoint keys by tree size: after a rotation more than `ondertekenaar` alone. */
  sleutels: Sleutelreeks;
}

/** Everything {@link maakDiensten} needs; the runtime-specific parts are optional. */
export interface DienstenOpties {
  store: Store;
  beleid: Beleid;
  lading?: BeleidLading;
  /** The storage key, or after a rotation the keys, oldest first. */
  opslagsleutel: Uint8Array | Opslagsleutels;
  /** Per issuer the public keys it signs tokens with, and their roles. */
  vertrouwensbron: Vertrouwensbron;
  ondertekenaar: NoteSigner;
  /** The checkpoint keys by tree size (Node reads them from the log); default: `ondertekenaar` alone. */
  sleutels?: Sleutelreeks;
  getuigen: readonly NoteVerifier[];
  /** Seconds between checkpoints; 0: after every write request. */
  checkpointInterval: number;
  /**
   * `gedeeld` (Node): concurrent requests share one signing round. `per-verzoek` (Worker):
   * a round's D1 calls belong to the request that started it, and Workers may cancel them
   * with that request, leaving the others waiting.
   */
  checkpoints: 'gedeeld' | 'per-verzoek';
  /** Leaves per part of the verification (the Worker's CPU limit); absent: all at once. */
  verificatieDeel?: number;
  /** HMAC-SHA256 for re-keying pseudonyms; default @noble/hashes, Node passes node:crypto. */
  hmac?: HmacSha256;
  /** Called with every checkpoint signed (Node keeps the last one outside the database). */
  naCheckpoint?: (checkpoint: OpgeslagenCheckpoint) => void;
  klok?: () => number;
  willekeurig?: (lengte: number) => Uint8Array;
  nieuwId?: () => string;
  logFout?: (verzoekId: string, fout: unknown) => void;
  docsBestand?: Diensten['docsBestand'];
  werkplek?: WerkplekOpties;
  bezorging?: Bezorgdienst;
}

/** Builds the services of one gateway. */
export function maakDiensten(o: DienstenOpties): Diensten {
  const klok = o.klok ?? (() => Date.now());
  const { store, ondertekenaar } = o;
  const boom = metNaCheckpoint(store.boom, o.naCheckpoint);
  const opslagsleutels =
    o.opslagsleutel instanceof Uint8Array ? [o.opslagsleutel] : o.opslagsleutel;
  return {
    store,
    beleid: o.beleid,
    beleidLading: o.lading,
    uitgesloten: uitgeslotenOpslag(o.beleid, opslagsleutels),
    opslagsleutels,
    hmac: o.hmac ?? webHmac,
    verifieerToken: maakTokenVerifier(o.vertrouwensbron, klok),
    klok,
    willekeurig: o.willekeurig ?? willekeurigeBytes,
    nieuwId: o.nieuwId ?? (() => crypto.randomUUID()),
    docsBestand: o.docsBestand,
    werkplek: o.werkplek,
    bezorging: o.bezorging,
    logFout: o.logFout ?? ((id, fout) => console.error(`[${id}] ${foutVoorLog(fout)}`)),
    logboek: {
      ondertekenaar,
      getuigen: o.getuigen,
      naElkeSchrijfactie: o.checkpointInterval === 0,
      verificatieDeel: o.verificatieDeel,
      sleutels: o.sleutels ?? eenSleutel(logVerifier(ondertekenaar)),
      checkpoint:
        o.checkpoints === 'gedeeld'
          ? maakCheckpointer(boom, ondertekenaar, klok)
          : () => maakCheckpoint(boom, ondertekenaar, klok()),
    },
  };
}

/** The tree's checkpoint storage, calling `na` once a signed checkpoint is stored. */
function metNaCheckpoint(
  boom: CheckpointOpslag,
  na: ((checkpoint: OpgeslagenCheckpoint) => void) | undefined,
): CheckpointOpslag {
  if (!na) return boom;
  return {
    grootte: () => boom.grootte(),
    knopen: boom.knopen,
    laatsteCheckpoint: () => boom.laatsteCheckpoint(),
    bewaarCheckpoint: async (checkpoint) => {
      await boom.bewaarCheckpoint(checkpoint);
      na(checkpoint);
    },
  };
}

/** Re-keys the policy's excluded entities so matching can compare them with stored pseudonyms. */
function uitgeslotenOpslag(beleid: Beleid, opslagsleutels: Opslagsleutels): Set<string> {
  return new Set(
    beleid.uitgesloten.map(
      (u) => `${u.soort}:${opgeslagenPseudoniem(opslagsleutels, { ...u, waarde: u.pseudoniem })}`,
    ),
  );
}

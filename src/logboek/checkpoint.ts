/**
 * @module
 * Checkpoints of the logboek (c2sp.org/tlog-checkpoint): the signed statement
 * "the logboek named <origin> has <size> entries and this RFC 9162 root hash",
 * and the witness cosignatures over them (c2sp.org/tlog-cosignature, cosignature/v1).
 *
 * @example
 * const body = checkpointBody({ origin: 'ketenpoort.example/logboek', size: boom.size, root: boom.root() });
 * const note = await signNote(body, [logSigner]);
 * const { checkpoint } = await openCheckpoint(note, 'ketenpoort.example/logboek', [logVerifier]);
 */
import { HASH_LENGTH } from './merkle.js';
import {
  base64,
  COSIGNATURE_V1,
  cosignatureLine,
  fromBase64,
  keyId,
  NoteFout,
  type NoteSigner,
  type NoteVerifier,
  type VerifiedSignature,
  verifyNote,
} from './note.js';

/** The contents of a checkpoint body. */
export interface Checkpoint {
  /** Unique name of the log, e.g. `ketenpoort.example/logboek`. */
  origin: string;
  /** Number of leaves (logboek entries). */
  size: number;
  /** RFC 9162 root hash of the tree of `size` leaves. */
  root: Uint8Array;
  /** Optional extension lines; the spec advises against them (monitors cannot audit them). */
  extensions?: readonly string[];
}

/** The note body: origin, decimal size and base64 root, each line ending in "\n". */
export function checkpointBody({ origin, size, root, extensions = [] }: Checkpoint): string {
  const ongeldig = (waarom: string) => new NoteFout('checkpoint-misvormd', `checkpoint: ${waarom}`);
  if (!isLine(origin)) throw ongeldig('origin moet een niet-lege regel zijn');
  if (!Number.isSafeInteger(size) || size < 0)
    throw ongeldig('grootte moet een geheel getal >= 0 zijn');
  if (!(root instanceof Uint8Array) || root.length !== HASH_LENGTH) {
    throw ongeldig(`root hash moet ${HASH_LENGTH} bytes zijn`);
  }
  if (!extensions.every(isLine)) throw ongeldig('extensieregels moeten niet-lege regels zijn');
  return [origin, String(size), base64(root), ...extensions].map((r) => `${r}\n`).join('');
}

/** Parses a checkpoint body (the text a verified note returns); throws NoteFout('checkpoint-misvormd'). */
export function parseCheckpoint(body: string): Required<Checkpoint> {
  const ongeldig = (waarom: string) => new NoteFout('checkpoint-misvormd', `checkpoint: ${waarom}`);
  if (typeof body !== 'string' || !body.endsWith('\n'))
    throw ongeldig('moet eindigen op een newline');
  const [origin = '', grootte = '', hash = '', ...extensions] = body.slice(0, -1).split('\n');
  if (!isLine(origin)) throw ongeldig('origin ontbreekt');
  const size = /^(?:0|[1-9][0-9]*)$/.test(grootte) ? Number(grootte) : Number.NaN;
  if (!Number.isSafeInteger(size))
    throw ongeldig('grootte is geen decimaal getal zonder voorloopnullen');
  const root = fromBase64(hash);
  if (!root || root.length !== HASH_LENGTH) throw ongeldig('root hash is geen base64 van 32 bytes');
  if (!extensions.every(isLine)) throw ongeldig('lege extensieregel');
  return { origin, size, root, extensions };
}

/**
 * Verifies a signed checkpoint note against trusted keys (pass the log's own key
 * to require its signature) and checks its origin. Throws NoteFout when it fails.
 */
export async function openCheckpoint(
  note: string,
  origin: string,
  verifiers: readonly NoteVerifier[],
): Promise<{ checkpoint: Required<Checkpoint>; signers: VerifiedSignature[] }> {
  const { body, signers } = await verifyNote(note, verifiers);
  const checkpoint = parseCheckpoint(body);
  if (checkpoint.origin !== origin) {
    throw new NoteFout(
      'checkpoint-misvormd',
      `checkpoint is van ${checkpoint.origin}, niet van ${origin}`,
    );
  }
  return { checkpoint, signers };
}

/**
 * A witness's cosignature/v1 line over a checkpoint body at `time` (POSIX seconds).
 * Append it to the signed note to add the cosignature.
 */
export async function cosign(body: string, signer: NoteSigner, time: number): Promise<string> {
  parseCheckpoint(body);
  return cosignatureLine(body, signer, time);
}

/**
 * Checks one cosignature line (`— name base64(...)`, with or without its "\n") over a
 * checkpoint body. Returns the cosigned time, or null when anything is wrong; never throws.
 */
export async function verifyCosignature(
  body: string,
  line: string,
  verifier: NoteVerifier,
): Promise<number | null> {
  try {
    if (verifier.type !== COSIGNATURE_V1) return null;
    parseCheckpoint(body);
    const regel = line.endsWith('\n') ? line : `${line}\n`;
    if (regel.indexOf('\n') !== regel.length - 1) return null;
    const { signers } = await verifyNote(`${body}\n${regel}`, [verifier]);
    return signers.length === 1 ? signers[0]!.time : null;
  } catch {
    return null;
  }
}

/**
 * The cosignature/v1 verifier for a witness whose key was published as a plain
 * Ed25519 vkey (type 0x01): same name and key, key id recomputed with type 0x04.
 */
export function asCosigner(verifier: NoteVerifier): NoteVerifier {
  const id = keyId(verifier.name, COSIGNATURE_V1, verifier.publicKey);
  const keyIdV1 = new DataView(id.buffer, id.byteOffset).getUint32(0);
  return { ...verifier, type: COSIGNATURE_V1, keyId: keyIdV1 };
}

function isLine(tekst: unknown): tekst is string {
  return typeof tekst === 'string' && tekst.length > 0 && !tekst.includes('\n');
}

/**
 * @module
 * C2SP signed notes (c2sp.org/signed-note): a text ending in a newline, a blank
 * line, and lines `— <key name> base64(key id || signature)`. Two signature types:
 * Ed25519 (0x01), used by the logboek for its checkpoints, and the timestamped
 * Ed25519 witness cosignature (0x04, c2sp.org/tlog-cosignature). Ed25519 comes
 * from Web Crypto, so this runs unchanged in Node 20, workerd and browsers.
 *
 * @example
 * const log = await signerFromSeed('ketenpoort.example/logboek', seed);
 * const note = await signNote(checkpointBody(cp), [log]);
 * const { body } = await verifyNote(note, [parseVerifierKey(vkey)]);
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { vanBase64url } from '../encoding/base64url.js';

/** Signature type byte of plain Ed25519 note signatures. */
export const ED25519 = 0x01;
/** Signature type byte of Ed25519 cosignature/v1 (c2sp.org/tlog-cosignature). */
export const COSIGNATURE_V1 = 0x04;
export type SignatureType = typeof ED25519 | typeof COSIGNATURE_V1;

/** An Ed25519 key that signs under `name`; the public key is needed for the key id. */
export interface NoteSigner {
  readonly name: string;
  readonly publicKey: Uint8Array;
  readonly privateKey: CryptoKey;
  /**
   * The runtime's own Ed25519 signature with `privateKey`, synchronous (Node brings
   * node:crypto, src/node/note-ondertekenen.ts); without it, Web Crypto signs.
   */
  readonly onderteken?: (bericht: Uint8Array) => Uint8Array;
}

/** A trusted public key, usually parsed from a vkey. */
export interface NoteVerifier {
  readonly name: string;
  readonly type: SignatureType;
  /** SHA-256(name || "\n" || type || publicKey)[:4], big-endian. */
  readonly keyId: number;
  readonly publicKey: Uint8Array;
}

/** A signature of a trusted key that verified; `time` (POSIX seconds) only for cosignatures. */
export interface VerifiedSignature {
  readonly name: string;
  readonly type: SignatureType;
  readonly keyId: number;
  readonly time: number | null;
}

export type NoteFoutCode =
  | 'sleutel-misvormd'
  | 'note-misvormd'
  | 'handtekening-ongeldig'
  | 'sleutel-dubbel'
  | 'niet-ondertekend'
  | 'checkpoint-misvormd';

/** Thrown when a key, note or checkpoint is malformed or not signed by a trusted key. */
export class NoteFout extends Error {
  override readonly name = 'NoteFout';
  readonly code: NoteFoutCode;

  constructor(code: NoteFoutCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The most signature lines we read; the spec asks for at least 16. */
const MAX_SIGNATURES = 100;
const PKCS8_ED25519 = [0x30, 0x2e, 2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, 0x70, 4, 0x22, 4, 0x20];
const encoder = new TextEncoder();

/** The 4-byte key id: SHA-256(name || 0x0A || type || publicKey)[:4] (c2sp.org/signed-note). */
export function keyId(name: string, type: SignatureType, publicKey: Uint8Array): Uint8Array {
  return sha256(concat(encoder.encode(`${name}\n`), Uint8Array.of(type), publicKey)).slice(0, 4);
}

/** The vkey `<name>+<hex key id>+<base64(type || publicKey)>` that verifiers are configured with. */
export function noteVerifierKey(
  name: string,
  publicKey: Uint8Array,
  type: SignatureType = ED25519,
): string {
  if (!isValidName(name) || publicKey.length !== 32) {
    throw new NoteFout('sleutel-misvormd', 'sleutelnaam of publieke sleutel ongeldig');
  }
  const id = hex(keyId(name, type, publicKey));
  return `${name}+${id}+${base64(concat(Uint8Array.of(type), publicKey))}`;
}

/** Parses a vkey of type 0x01 or 0x04, checking that its key id matches its key. */
export function parseVerifierKey(vkey: string): NoteVerifier {
  const [name = '', id = '', sleutel = ''] = chop(vkey, 3);
  const bytes = fromBase64(sleutel);
  const type = bytes?.[0];
  if (!isValidName(name) || !/^[0-9a-f]{8}$/.test(id) || !bytes) {
    throw new NoteFout('sleutel-misvormd', 'vkey heeft niet de vorm naam+keyid+sleutel');
  }
  if ((type !== ED25519 && type !== COSIGNATURE_V1) || bytes.length !== 33) {
    throw new NoteFout('sleutel-misvormd', 'vkey is geen Ed25519-sleutel (type 0x01 of 0x04)');
  }
  const publicKey = bytes.slice(1);
  if (hex(keyId(name, type, publicKey)) !== id) {
    throw new NoteFout('sleutel-misvormd', 'key id in vkey past niet bij naam en sleutel');
  }
  return { name, type, keyId: Number.parseInt(id, 16), publicKey };
}

/** A signer from a 32-byte Ed25519 seed (RFC 8032 private key); the CryptoKey is not extractable. */
export async function signerFromSeed(name: string, seed: Uint8Array): Promise<NoteSigner> {
  if (!isValidName(name) || seed.length !== 32) {
    throw new NoteFout('sleutel-misvormd', 'sleutelnaam of Ed25519-seed ongeldig');
  }
  const pkcs8 = concat(Uint8Array.from(PKCS8_ED25519), seed);
  // Web Crypto derives the public key only on export, so import once extractable to get it.
  const tijdelijk = await crypto.subtle.importKey('pkcs8', pkcs8, 'Ed25519', true, ['sign']);
  const jwk = await crypto.subtle.exportKey('jwk', tijdelijk);
  const publicKey = vanBase64url(jwk.x ?? '');
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, 'Ed25519', false, ['sign']);
  return { name, publicKey, privateKey };
}

/** Parses the Go note package's `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || seed)>`. */
export async function parseSignerKey(skey: string): Promise<NoteSigner> {
  const [p = '', k = '', name = '', id = '', sleutel = ''] = chop(skey, 5);
  const bytes = fromBase64(sleutel);
  if (p !== 'PRIVATE' || k !== 'KEY' || !/^[0-9a-f]{8}$/.test(id) || bytes?.[0] !== ED25519) {
    throw new NoteFout('sleutel-misvormd', 'skey heeft niet de vorm PRIVATE+KEY+naam+keyid+seed');
  }
  const signer = await signerFromSeed(name, bytes.slice(1));
  if (hex(keyId(name, ED25519, signer.publicKey)) !== id) {
    throw new NoteFout('sleutel-misvormd', 'key id in skey past niet bij naam en sleutel');
  }
  return signer;
}

/** Signs a note body (text ending in "\n") with each signer (type 0x01) and returns the note. */
export async function signNote(body: string, signers: readonly NoteSigner[]): Promise<string> {
  checkBody(body);
  const tekst = encoder.encode(body);
  const regels: string[] = [];
  for (const s of signers) {
    const handtekening = await ondertekenMet(s, tekst);
    const id = keyId(s.name, ED25519, s.publicKey);
    regels.push(signatureLine(s.name, concat(id, handtekening)));
  }
  if (regels.length === 0) throw new NoteFout('niet-ondertekend', 'geen ondertekenaar');
  return `${body}\n${regels.join('')}`;
}

/** The cosignature/v1 line of `signer` over a note body at `time` (c2sp.org/tlog-cosignature). */
export async function cosignatureLine(
  body: string,
  signer: NoteSigner,
  time: number,
): Promise<string> {
  checkBody(body);
  if (!Number.isSafeInteger(time) || time < 0) throw new RangeError(`ongeldige tijd ${time}`);
  const stempel = new Uint8Array(8);
  new DataView(stempel.buffer).setBigUint64(0, BigInt(time));
  const bericht = encoder.encode(cosignatureMessage(body, time));
  const handtekening = await ondertekenMet(signer, bericht);
  const id = keyId(signer.name, COSIGNATURE_V1, signer.publicKey);
  return signatureLine(signer.name, concat(id, stempel, handtekening));
}

/** The Ed25519 signature of `bericht` by `signer`: the runtime's own when it has one. */
async function ondertekenMet(
  signer: NoteSigner,
  bericht: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  if (signer.onderteken) return signer.onderteken(bericht);
  return new Uint8Array(await crypto.subtle.sign('Ed25519', signer.privateKey, bericht));
}

/**
 * Opens a note: returns its body and the trusted keys whose signatures verified.
 * Signatures of unknown keys are ignored; a bad signature of a trusted key, or no
 * valid signature of a trusted key at all, rejects the whole note (c2sp.org/signed-note).
 */
export async function verifyNote(
  note: string,
  verifiers: readonly NoteVerifier[],
): Promise<{ body: string; signers: VerifiedSignature[] }> {
  const { body, signatures } = splitNote(note);
  const signers: VerifiedSignature[] = [];
  for (const sig of signatures) {
    const kandidaten = verifiers.filter((v) => v.name === sig.name && v.keyId === sig.keyId);
    if (kandidaten.length === 0) continue;
    if (kandidaten.length > 1) throw new NoteFout('sleutel-dubbel', `sleutel ${sig.name} dubbel`);
    const v = kandidaten[0]!;
    const time = await verifySignature(body, v, sig.bytes);
    if (time === false) {
      throw new NoteFout('handtekening-ongeldig', `ongeldige handtekening van ${sig.name}`);
    }
    if (signers.some((s) => s.name === v.name && s.keyId === v.keyId)) continue;
    signers.push({ name: v.name, type: v.type, keyId: v.keyId, time });
  }
  if (signers.length === 0) {
    throw new NoteFout('niet-ondertekend', 'geen geldige handtekening van een bekende sleutel');
  }
  return { body, signers };
}

/** Checks one signature; false when invalid, otherwise the cosignature time or null. */
async function verifySignature(
  body: string,
  v: NoteVerifier,
  bytes: Uint8Array,
): Promise<number | null | false> {
  let time: number | null = null;
  let bericht = body;
  let handtekening = bytes;
  if (v.type === COSIGNATURE_V1) {
    if (bytes.length !== 72) return false;
    const t = new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0);
    if (t > BigInt(Number.MAX_SAFE_INTEGER)) return false;
    time = Number(t);
    bericht = cosignatureMessage(body, time);
    handtekening = bytes.subarray(8);
  }
  if (handtekening.length !== 64) return false;
  try {
    const sleutel = concat(v.publicKey);
    const key = await crypto.subtle.importKey('raw', sleutel, 'Ed25519', false, ['verify']);
    const ok = await crypto.subtle.verify(
      'Ed25519',
      key,
      concat(handtekening),
      encoder.encode(bericht),
    );
    return ok ? time : false;
  } catch {
    return false;
  }
}

/** Splits a note into body and parsed signature lines; throws NoteFout('note-misvormd'). */
export function splitNote(note: string): {
  body: string;
  signatures: { name: string; keyId: number; bytes: Uint8Array }[];
} {
  const misvormd = (waarom: string) => new NoteFout('note-misvormd', `note misvormd: ${waarom}`);
  if (typeof note !== 'string' || !isNoteText(note)) {
    throw misvormd('geen geldige UTF-8-tekst of bevat stuurtekens');
  }
  const scheiding = note.lastIndexOf('\n\n');
  if (scheiding < 0 || !note.endsWith('\n'))
    throw misvormd('geen lege regel voor de handtekeningen');
  const body = note.slice(0, scheiding + 1);
  const regels = note.slice(scheiding + 2, -1).split('\n');
  if (regels.length > MAX_SIGNATURES) throw misvormd('te veel handtekeningen');
  const signatures = regels.map((regel) => {
    const m = /^\u2014 ([^ ]+) ([^ ]+)$/u.exec(regel);
    const bytes = m ? fromBase64(m[2]!) : null;
    if (!m || !isValidName(m[1]!) || !bytes || bytes.length < 5) {
      throw misvormd('handtekeningregel heeft niet de vorm "— naam base64"');
    }
    const keyId = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
    return { name: m[1]!, keyId, bytes: bytes.slice(4) };
  });
  return { body, signatures };
}

/** The signed message of a cosignature/v1: two header lines, then the whole body. */
export function cosignatureMessage(body: string, time: number): string {
  return `cosignature/v1\ntime ${time}\n${body}`;
}

/** Standard base64 with padding (RFC 4648 section 4). */
export function base64(bytes: Uint8Array): string {
  let binair = '';
  for (const b of bytes) binair += String.fromCharCode(b);
  return btoa(binair);
}

/** Strict standard base64: padded, canonical, nothing else; null otherwise. */
export function fromBase64(tekst: string): Uint8Array | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(tekst)) return null;
  const bytes = Uint8Array.from(atob(tekst), (c) => c.charCodeAt(0));
  return base64(bytes) === tekst ? bytes : null;
}

/** Splits at the first n - 1 plus signs; the last part (base64) may itself contain them. */
function chop(tekst: string, n: number): string[] {
  const delen = tekst.split('+');
  return [...delen.slice(0, n - 1), delen.slice(n - 1).join('+')];
}

function signatureLine(name: string, payload: Uint8Array): string {
  return `\u2014 ${name} ${base64(payload)}\n`;
}

/** Key names are non-empty, without Unicode spaces, plus signs or control characters. */
function isValidName(name: string): boolean {
  return typeof name === 'string' && /^[^\s\u0085+\p{Cc}\p{Cs}]+$/u.test(name);
}

/** A note body is non-empty text ending in "\n", without control characters or blank-line end. */
function checkBody(body: string): void {
  if (!body.endsWith('\n') || body === '\n' || !isNoteText(body)) {
    throw new NoteFout('note-misvormd', 'note-tekst: eindigt op newline, zonder stuurtekens');
  }
}

/** Valid UTF-8 (no lone surrogates) without ASCII control characters other than "\n". */
function isNoteText(tekst: string): boolean {
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a) return false;
  }
  return !/\p{Cs}/u.test(tekst);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Concatenates into a fresh ArrayBuffer-backed array (also a copy), as Web Crypto's types want. */
function concat(...delen: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const uit = new Uint8Array(delen.reduce((n, d) => n + d.length, 0));
  let i = 0;
  for (const d of delen) {
    uit.set(d, i);
    i += d.length;
  }
  return uit;
}

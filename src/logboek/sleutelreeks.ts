/**
 * @module
 * Rotation of the checkpoint key (issue 13 item 1, docs/checkpointsleutel-wisselen.md). A log
 * keeps one origin and may change the key that signs its checkpoints: a verifier then holds a
 * sequence of keys, each valid from a tree size on. The handover is a signed note in the C2SP
 * format, signed by the old key and naming the new vkey and the size from which it signs:
 *
 * ```
 * ketenpoort sleutelwissel
 * <origin>
 * <vanaf>
 * <vkey of the new key>
 * ```
 *
 * The gateway records it in a `sleutelwissel` logboek entry in leaf `vanaf`, and the old key
 * signs the checkpoint of size `vanaf`, which covers that entry. So the old key is valid up to
 * and including `vanaf`, the new one from `vanaf` on; a checkpoint of a smaller size signed by
 * the new key is refused, and so is a handover not signed by the key it hands over from.
 *
 * @example
 * const note = await maakOverdracht(oudeOndertekenaar, 42, vkeyVan(nieuweOndertekenaar));
 * const reeks = await bouwReeks(eersteSleutel, [note]);
 * const { checkpoint } = await openMetReeks(checkpointNote, reeks);
 */
import { type Checkpoint, openCheckpoint, parseCheckpoint } from './checkpoint.js';
import type { Sleutelwissel } from './entry.js';
import {
  NoteFout,
  type NoteSigner,
  type NoteVerifier,
  noteVerifierKey,
  parseVerifierKey,
  signNote,
  splitNote,
  type VerifiedSignature,
  verifyNote,
} from './note.js';

const KOP = 'ketenpoort sleutelwissel';

/** One key of the sequence: valid for checkpoints of size `vanaf` up to the next key's `vanaf`. */
export interface Reekssleutel {
  vanaf: number;
  verifier: NoteVerifier;
}

/** The keys of one log, oldest first; the first is valid from size 0. */
export type Sleutelreeks = readonly Reekssleutel[];

/** What a handover note says, once its signature is checked. */
export interface Overdracht {
  origin: string;
  vanaf: number;
  vkey: string;
}

/** The sequence of a log that never rotated its key. */
export function eenSleutel(verifier: NoteVerifier): Sleutelreeks {
  return [{ vanaf: 0, verifier }];
}

/** The handover from `oud` to the key with vkey `nieuweVkey` at tree size `vanaf`, signed by `oud`. */
export async function maakOverdracht(
  oud: NoteSigner,
  vanaf: number,
  nieuweVkey: string,
): Promise<string> {
  const nieuw = parseVerifierKey(nieuweVkey);
  if (nieuw.name !== oud.name) {
    throw new NoteFout(
      'sleutel-misvormd',
      `de nieuwe sleutel heet ${nieuw.name}, de oude ${oud.name}: een logboek houdt zijn naam`,
    );
  }
  return signNote(`${KOP}\n${oud.name}\n${vanaf}\n${nieuweVkey}\n`, [oud]);
}

/** Checks `note` against `vorige` (the key it hands over from) and reads it; throws when it is not a valid handover. */
export async function leesOverdracht(note: string, vorige: NoteVerifier): Promise<Overdracht> {
  let body: string;
  try {
    ({ body } = await verifyNote(note, [vorige]));
  } catch (fout) {
    throw new NoteFout(
      'handtekening-ongeldig',
      `de sleutelwissel is niet ondertekend door de sleutel die hij opvolgt (${vorige.name}): ${(fout as Error).message}`,
    );
  }
  const [kop, origin = '', vanaf = '', vkey = '', ...rest] = body.split('\n');
  if (kop !== KOP || rest.some((r) => r !== '') || !/^(0|[1-9]\d*)$/.test(vanaf)) {
    throw new NoteFout('checkpoint-misvormd', 'dit is geen sleutelwissel van ketenpoort');
  }
  const nieuw = parseVerifierKey(vkey);
  if (origin !== vorige.name || nieuw.name !== origin) {
    throw new NoteFout('checkpoint-misvormd', `de sleutelwissel hoort niet bij ${vorige.name}`);
  }
  return { origin, vanaf: Number(vanaf), vkey };
}

/**
 * The sequence that starts with `eerste` and follows the handovers `overdrachten` in order:
 * each must be signed by the key before it and start at a larger size. Throws naming the first
 * handover that does not hold.
 */
export async function bouwReeks(
  eerste: NoteVerifier,
  overdrachten: readonly string[],
  eersteVanaf = 0,
): Promise<Sleutelreeks> {
  const reeks: Reekssleutel[] = [{ vanaf: eersteVanaf, verifier: eerste }];
  for (const [i, note] of overdrachten.entries()) {
    const vorige = reeks.at(-1)!;
    let o: Overdracht;
    try {
      o = await leesOverdracht(note, vorige.verifier);
    } catch (fout) {
      throw new NoteFout(
        'handtekening-ongeldig',
        `sleutelwissel ${i + 1}: ${(fout as Error).message}`,
      );
    }
    if (o.vanaf <= vorige.vanaf) {
      throw new NoteFout(
        'checkpoint-misvormd',
        `sleutelwissel ${i + 1}: vanaf ${o.vanaf} ligt niet na ${vorige.vanaf}`,
      );
    }
    reeks.push({ vanaf: o.vanaf, verifier: parseVerifierKey(o.vkey) });
  }
  return reeks;
}

/**
 * The sequence for a verifier that trusts `anker` (the FG's or a witness's copy of a vkey) and
 * reads the log's `sleutelwissel` entries `wissels`, oldest first. When `anker` is a key a
 * handover introduced, the sequence starts there (a verifier that joined later checks from
 * there on); otherwise every handover must chain from `anker`.
 */
export async function reeksVoorVerifier(
  anker: NoteVerifier,
  wissels: readonly Sleutelwissel[],
): Promise<Sleutelreeks> {
  const vkey = noteVerifierKey(anker.name, anker.publicKey);
  const i = wissels.findLastIndex((w) => w.vkey === vkey);
  const rest = wissels.slice(i + 1).map((w) => w.overdracht);
  return bouwReeks(anker, rest, i >= 0 ? wissels[i]!.vanaf : 0);
}

/**
 * The gateway's own sequence: from the key that signed the first handover in its log, through
 * every handover, to `huidig`, the key it signs with now. Throws when the chain does not hold
 * or does not end at `huidig` (a key replaced without `ketenpoort logboek sleutel roteer`).
 * Its first key is the log's own word: the FG's independent check anchors at a key it holds.
 */
export async function reeksVanPoort(
  huidig: NoteVerifier,
  wissels: readonly Sleutelwissel[],
): Promise<Sleutelreeks> {
  const eerste = wissels[0];
  const reeks = eerste
    ? await bouwReeks(
        parseVerifierKey(eerste.vorige),
        wissels.map((w) => w.overdracht),
      )
    : eenSleutel(huidig);
  const laatste = huidigeSleutel(reeks);
  if (laatste.keyId !== huidig.keyId || !gelijk(laatste.publicKey, huidig.publicKey)) {
    throw new NoteFout(
      'handtekening-ongeldig',
      'de checkpointsleutel van de poort is niet de laatste uit de sleutelwissels in het logboek. Wissel een checkpointsleutel alleen met: npx ketenpoort logboek sleutel roteer',
    );
  }
  return reeks;
}

/** The keys that may sign a checkpoint of `grootte` leaves (two at a handover's own size). */
export function sleutelsVoor(reeks: Sleutelreeks, grootte: number): NoteVerifier[] {
  return reeks
    .filter((k, i) => k.vanaf <= grootte && (reeks[i + 1]?.vanaf ?? Infinity) >= grootte)
    .map((k) => k.verifier);
}

/** The newest key of the sequence: the one that signs now. */
export function huidigeSleutel(reeks: Sleutelreeks): NoteVerifier {
  return reeks.at(-1)!.verifier;
}

/**
 * Opens a checkpoint note with the key of `reeks` that is valid for its size. A checkpoint
 * signed only by a key outside its range (the new key before its handover, an old key after
 * it) is refused like one with a wrong signature.
 */
export async function openMetReeks(
  note: string,
  reeks: Sleutelreeks,
): Promise<{ checkpoint: Required<Checkpoint>; signers: VerifiedSignature[] }> {
  const { size } = parseCheckpoint(splitNote(note).body);
  const geldig = sleutelsVoor(reeks, size);
  try {
    return await openCheckpoint(note, huidigeSleutel(reeks).name, geldig);
  } catch (fout) {
    const buiten = reeks.filter((k) => !geldig.includes(k.verifier)).map((k) => k.verifier);
    const ander = buiten.length > 0 && (await ondertekendDoor(note, buiten));
    if (ander) {
      throw new NoteFout(
        'handtekening-ongeldig',
        `checkpoint ${size} is ondertekend door een checkpointsleutel die bij die grootte niet geldt (elke sleutel geldt vanaf de grootte van zijn sleutelwissel)`,
      );
    }
    throw fout;
  }
}

function gelijk(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function ondertekendDoor(note: string, sleutels: readonly NoteVerifier[]) {
  try {
    await verifyNote(note, sleutels);
    return true;
  } catch {
    return false;
  }
}

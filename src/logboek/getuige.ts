/**
 * @module
 * The witness (c2sp.org/tlog-witness, pull variant): it keeps the last checkpoint it accepted
 * per origin, fetches the log's latest, checks the log's signature and an RFC 9162
 * consistency proof from its own to the new one, and only then cosigns (cosignature/v1).
 * A log that shows two different trees of the same size, shrinks, or cannot prove that it
 * extends what the witness saw is refused: that is a forked or rewritten log.
 *
 * @example
 * const { cosignatuur, note } = await getuig({ log, ondertekenaar, vorige, bron, nu });
 */
import { type Checkpoint, cosign } from './checkpoint.js';
import { verifyConsistency } from './merkle.js';
import { fromBase64, type NoteSigner, type NoteVerifier, splitNote } from './note.js';
import { bouwReeks, huidigeSleutel, openMetReeks, type Sleutelreeks } from './sleutelreeks.js';

/** What the witness asks of the gateway (LogboekClient has it). */
export interface GetuigeBron {
  checkpoint(): Promise<{ note: string }>;
  consistentiebewijs(van: number, tot: number): Promise<{ bewijs: string[] }>;
}

export type WeigerCode = 'handtekening' | 'terug' | 'gesplitst';

/** The witness refuses to cosign; the message says why, in Dutch. */
export class GetuigeWeigert extends Error {
  override readonly name = 'GetuigeWeigert';
  constructor(
    readonly code: WeigerCode,
    message: string,
  ) {
    super(message);
  }
}

export interface Getuigenis {
  checkpoint: Required<Checkpoint>;
  /** The note as received: keep it as the witness's state for this origin. */
  note: string;
  /** The cosignature/v1 line to hand to the gateway. */
  cosignatuur: string;
  /** Size of the checkpoint it was checked against (null on first contact). */
  vorigeGrootte: number | null;
}

export interface GetuigeOpties {
  /** The log's public key; its name is the origin. */
  log: NoteVerifier;
  /**
   * The log's key handovers since `log` (sleutelreeks.ts), oldest first: each checkpoint must
   * then be signed by the key valid at its size, and a handover not signed by the key before
   * it is refused.
   */
  overdrachten?: readonly string[];
  ondertekenaar: NoteSigner;
  /** The note this witness accepted last for this origin, if any. */
  vorige: string | undefined;
  bron: GetuigeBron;
  /** POSIX seconds, for the cosignature. */
  nu: number;
}

/** Checks the log's latest checkpoint against the witness's state and cosigns it. */
export async function getuig(o: GetuigeOpties): Promise<Getuigenis> {
  const { note } = await o.bron.checkpoint();
  const sleutels = await reeksVan(o);
  const nieuw = await open(note, sleutels, 'het nieuwe checkpoint');
  const vorige = o.vorige ? await open(o.vorige, sleutels, 'het bewaarde checkpoint') : undefined;
  if (vorige) await controleerVoortzetting(vorige, nieuw, o.bron);
  return {
    checkpoint: nieuw,
    note,
    cosignatuur: await cosign(splitNote(note).body, o.ondertekenaar, o.nu),
    vorigeGrootte: vorige?.size ?? null,
  };
}

async function reeksVan(o: GetuigeOpties): Promise<Sleutelreeks> {
  try {
    return await bouwReeks(o.log, o.overdrachten ?? []);
  } catch (fout) {
    throw new GetuigeWeigert('handtekening', (fout as Error).message);
  }
}

async function open(note: string, sleutels: Sleutelreeks, wat: string) {
  try {
    return (await openMetReeks(note, sleutels)).checkpoint;
  } catch (fout) {
    throw new GetuigeWeigert(
      'handtekening',
      `${wat} is niet geldig ondertekend door ${huidigeSleutel(sleutels).name}: ${(fout as Error).message}`,
    );
  }
}

/** Refuses unless `nieuw` provably extends `vorige` (RFC 9162 2.1.4.2). */
async function controleerVoortzetting(
  vorige: Required<Checkpoint>,
  nieuw: Required<Checkpoint>,
  bron: GetuigeBron,
): Promise<void> {
  if (nieuw.size < vorige.size) {
    throw new GetuigeWeigert(
      'terug',
      `het logboek toont ${nieuw.size} bladen, maar ik zag er al ${vorige.size}: het is ingekort of gesplitst (fork).`,
    );
  }
  if (nieuw.size === vorige.size) {
    if (!gelijk(nieuw.root, vorige.root)) {
      throw new GetuigeWeigert(
        'gesplitst',
        `twee verschillende bomen van dezelfde grootte ${nieuw.size}: het logboek is gesplitst (fork).`,
      );
    }
    return;
  }
  const { bewijs } = await bron.consistentiebewijs(vorige.size, nieuw.size);
  const hashes = bewijs.map(fromBase64);
  const ok =
    hashes.every((h): h is Uint8Array => h !== null) &&
    verifyConsistency(vorige.size, nieuw.size, vorige.root, nieuw.root, hashes);
  if (!ok) {
    throw new GetuigeWeigert(
      'gesplitst',
      `het checkpoint van ${nieuw.size} regels zet dat van ${vorige.size} niet voort (het consistentiebewijs klopt niet): het logboek is herschreven of gesplitst (fork).`,
    );
  }
}

function gelijk(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

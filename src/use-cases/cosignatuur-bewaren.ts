/**
 * @module
 * A witness (`ketenpoort getuige`) hands in its cosignature (c2sp.org/tlog-cosignature,
 * cosignature/v1) over a checkpoint it checked for consistency. Only the keys of known
 * witnesses count: anyone can sign, but a cosignature is worth only the witness behind it.
 * The gateway keeps it beside the checkpoint and shows it with every later read.
 */
import { verifyCosignature } from '../logboek/checkpoint.js';
import {
  COSIGNATURE_V1,
  NoteFout,
  type NoteVerifier,
  noteVerifierKey,
  splitNote,
} from '../logboek/note.js';
import { zoekCheckpoint } from './checkpoint-lezen.js';
import type { Aanvraag } from './context.js';
import { ApiError } from './fout.js';

/** What a witness hands in: one cosignature line over the checkpoint of `grootte`. */
export interface Cosignatuur {
  grootte: number;
  cosignatuur: string;
}

/**
 * Checks `cosignatuur` against the known `getuigen` and keeps it; returns the witness, the
 * cosigned time (seconds) and how many cosignatures the checkpoint now has.
 */
export async function bewaarCosignatuur(
  { diensten: d, identiteit }: Aanvraag,
  getuigen: readonly NoteVerifier[],
  { grootte, cosignatuur }: Cosignatuur,
): Promise<{ grootte: number; getuige: string; tijd: number; cosignaturen: number }> {
  const cp = await zoekCheckpoint(d, grootte);
  const { body } = splitNote(cp.note);
  const regel = `${cosignatuur.replace(/\n$/, '')}\n`;
  const ondertekening = leesRegel(body, regel);
  const getuige = getuigen.find(
    (g) => g.name === ondertekening.name && g.keyId === ondertekening.keyId,
  );
  if (!getuige) {
    throw new ApiError(
      'geen-toegang',
      `Getuige ${ondertekening.name} is niet bekend. Vraag de beheerder uw vkey aan de lijst van getuigen toe te voegen.`,
    );
  }
  const tijd = await verifyCosignature(body, regel, getuige);
  if (tijd === null) {
    throw new ApiError(
      'ongeldig-verzoek',
      `De cosignatuur van ${getuige.name} klopt niet voor het checkpoint van grootte ${grootte}.`,
    );
  }
  await d.store.boom.bewaarCosignatuur({
    grootte,
    getuige: getuige.name,
    vkey: noteVerifierKey(getuige.name, getuige.publicKey, COSIGNATURE_V1),
    partner: identiteit.partner,
    tijd,
    regel,
    ontvangenOp: d.klok(),
  });
  const cosignaturen = (await d.store.boom.cosignaturen([grootte])).length;
  return { grootte, getuige: getuige.name, tijd, cosignaturen };
}

/** The signer name and key id of one signature line; a 400 problem when it is not one. */
function leesRegel(body: string, regel: string) {
  try {
    const { signatures } = splitNote(`${body}\n${regel}`);
    if (signatures.length !== 1) throw new NoteFout('note-misvormd', 'één regel verwacht');
    return signatures[0]!;
  } catch {
    throw new ApiError(
      'ongeldig-verzoek',
      'cosignatuur: stuur één regel van de vorm "— <getuige> <base64>" (cosignature/v1).',
    );
  }
}

/**
 * @module
 * Keys of the logboek in the formats of the Go note package, which C2SP tools share: the
 * secret `PRIVATE+KEY+<name>+<key id>+<base64(0x01 || seed)>` and the public vkey. The log's
 * key name is its origin; a witness's vkey is published with type 0x04 (cosignature/v1).
 *
 * @example
 * const { skey, vkey } = await nieuweSleutel('ketenpoort.example/logboek');
 */
import { asCosigner } from './checkpoint.js';
import {
  base64,
  COSIGNATURE_V1,
  ED25519,
  keyId,
  type NoteSigner,
  type NoteVerifier,
  noteVerifierKey,
  parseVerifierKey,
  signerFromSeed,
} from './note.js';

/** A fresh Ed25519 key named `naam`: the secret skey, the vkey (0x01) and the witness vkey (0x04). */
export async function nieuweSleutel(
  naam: string,
  seed: Uint8Array = crypto.getRandomValues(new Uint8Array(32)),
): Promise<{ skey: string; vkey: string; getuigeVkey: string; ondertekenaar: NoteSigner }> {
  const ondertekenaar = await signerFromSeed(naam, seed);
  const id = Array.from(keyId(naam, ED25519, ondertekenaar.publicKey), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  const geheim = new Uint8Array(33);
  geheim[0] = ED25519;
  geheim.set(seed, 1);
  return {
    skey: `PRIVATE+KEY+${naam}+${id}+${base64(geheim)}`,
    vkey: noteVerifierKey(naam, ondertekenaar.publicKey),
    getuigeVkey: noteVerifierKey(naam, ondertekenaar.publicKey, COSIGNATURE_V1),
    ondertekenaar,
  };
}

/** The vkey (type 0x01) that verifies what `ondertekenaar` signs. */
export function vkeyVan(ondertekenaar: NoteSigner): string {
  return noteVerifierKey(ondertekenaar.name, ondertekenaar.publicKey);
}

/** The verifier of the log's own checkpoint signatures. */
export function logVerifier(ondertekenaar: NoteSigner): NoteVerifier {
  return parseVerifierKey(vkeyVan(ondertekenaar));
}

/**
 * Witness keys from a text with vkeys separated by newlines or spaces (blank lines and `#`
 * comments ignored), as cosignature/v1 verifiers. Throws naming the line of a malformed key.
 */
export function leesGetuigen(tekst: string): NoteVerifier[] {
  const getuigen: NoteVerifier[] = [];
  for (const [i, ruw] of tekst.split(/\r?\n/).entries()) {
    for (const vkey of ruw.replace(/#.*$/, '').trim().split(/\s+/)) {
      if (vkey === '') continue;
      try {
        getuigen.push(getuigeVerifier(vkey));
      } catch (fout) {
        throw new Error(`getuigensleutel op regel ${i + 1}: ${(fout as Error).message}`);
      }
    }
  }
  return getuigen;
}

/** A witness's vkey as a cosignature/v1 verifier (a type 0x01 vkey is converted). */
export function getuigeVerifier(vkey: string): NoteVerifier {
  const v = parseVerifierKey(vkey);
  return v.type === COSIGNATURE_V1 ? v : asCosigner(v);
}

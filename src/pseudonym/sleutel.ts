/**
 * @module
 * Both pseudonym keys are 32 random bytes; a wrong length almost always means a
 * key read in the wrong encoding (hex or base64 text instead of bytes).
 */

/** Throws when `sleutel` is not exactly 32 bytes. `naam` says which key, never its value. */
export function vereisSleutel(sleutel: unknown, naam: string): asserts sleutel is Uint8Array {
  if (!(sleutel instanceof Uint8Array) || sleutel.length !== 32) {
    throw new TypeError(
      `De ${naam} moet precies 32 bytes zijn. Lees de sleutel als bytes in (bijvoorbeeld na base64url-decodering), niet als tekst.`,
    );
  }
}

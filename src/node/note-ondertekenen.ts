/**
 * @module
 * Ed25519 note signatures through node:crypto for the Node runtime, behind the same
 * interface as Web Crypto (src/logboek/note.ts). The same signature (Ed25519 is
 * deterministic), without a job on the thread pool: a checkpoint after a write request cost
 * about 350 µs of CPU through Web Crypto in Node, most of it passing the key and the result
 * between threads (issue 13 item 5).
 */
import { KeyObject, sign } from 'node:crypto';
import type { NoteSigner } from '../logboek/note.js';

/** `signer`, signing synchronously with its own key through node:crypto. */
export function metNodeOndertekening(signer: NoteSigner): NoteSigner {
  const sleutel = KeyObject.from(signer.privateKey);
  return {
    ...signer,
    onderteken: (bericht) => {
      const uit = sign(null, bericht, sleutel);
      return new Uint8Array(uit.buffer, uit.byteOffset, uit.byteLength);
    },
  };
}

/**
 * The Node signer gives the same signed note as Web Crypto (Ed25519 is deterministic), so a
 * witness or an FG verifies a checkpoint whichever runtime signed it.
 */
import { describe, expect, it } from 'vitest';
import { checkpointBody } from '../logboek/checkpoint.js';
import {
  noteVerifierKey,
  parseVerifierKey,
  signerFromSeed,
  signNote,
  verifyNote,
} from '../logboek/note.js';
import { metNodeOndertekening } from './note-ondertekenen.js';

describe('metNodeOndertekening', () => {
  it('tekent een checkpoint byte voor byte gelijk aan Web Crypto, en het verifieert', async () => {
    const web = await signerFromSeed('test.example/logboek', new Uint8Array(32).fill(7));
    const node = metNodeOndertekening(web);
    expect(node.onderteken).toBeTypeOf('function');
    for (const grootte of [1, 2, 1000]) {
      const body = checkpointBody({
        origin: web.name,
        size: grootte,
        root: new Uint8Array(32).fill(grootte % 256),
      });
      const vanNode = await signNote(body, [node]);
      expect(vanNode).toBe(await signNote(body, [web]));
      const verifier = parseVerifierKey(noteVerifierKey(web.name, web.publicKey));
      expect((await verifyNote(vanNode, [verifier])).body).toBe(body);
    }
  });
});

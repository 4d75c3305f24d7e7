/**
 * The witness across a rotation of the checkpoint key: holding the old key and the checkpoint
 * it saw last, it cosigns the new key's checkpoint only with the handover, and refuses a
 * handover the old key did not sign.
 */
import { describe, expect, it } from 'vitest';
import { checkpointBody } from './checkpoint.js';
import { type GetuigeBron, GetuigeWeigert, getuig } from './getuige.js';
import { consistencyProof, leafHash, treeRoot } from './merkle.js';
import { base64, type NoteSigner, signNote } from './note.js';
import { maakOverdracht } from './sleutelreeks.js';
import { logVerifier, nieuweSleutel, vkeyVan } from './sleutels.js';

const NAAM = 'ketenpoort.test/logboek';
const bladen = Array.from({ length: 12 }, (_, i) =>
  leafHash(new TextEncoder().encode(`blad ${i}`)),
);
const seed = (n: number) => new Uint8Array(32).fill(n);

const checkpoint = (grootte: number, wie: NoteSigner) =>
  signNote(
    checkpointBody({ origin: NAAM, size: grootte, root: treeRoot(bladen.slice(0, grootte)) }),
    [wie],
  );

function bron(note: string): GetuigeBron {
  return {
    checkpoint: async () => ({ note }),
    consistentiebewijs: async (van, tot) => ({
      bewijs: consistencyProof(van, bladen.slice(0, tot)).map(base64),
    }),
  };
}

describe('getuige na een sleutelwissel', () => {
  it('tekent het checkpoint van de nieuwe sleutel met de wissel, en weigert zonder of met een valse', async () => {
    const oud = (await nieuweSleutel(NAAM, seed(1))).ondertekenaar;
    const nieuw = (await nieuweSleutel(NAAM, seed(2))).ondertekenaar;
    const getuige = (await nieuweSleutel('getuige.test', seed(3))).ondertekenaar;
    const vorige = await checkpoint(8, oud);
    const laatste = await checkpoint(12, nieuw);
    const basis = {
      log: logVerifier(oud),
      ondertekenaar: getuige,
      vorige,
      bron: bron(laatste),
      nu: 1_800_000_000,
    };
    const overdracht = await maakOverdracht(oud, 10, vkeyVan(nieuw));
    const g = await getuig({ ...basis, overdrachten: [overdracht] });
    expect(g.checkpoint.size).toBe(12);
    expect(g.vorigeGrootte).toBe(8);

    await expect(getuig(basis)).rejects.toBeInstanceOf(GetuigeWeigert);
    const vervalser = (await nieuweSleutel(NAAM, seed(4))).ondertekenaar;
    const vals = await maakOverdracht(vervalser, 10, vkeyVan(nieuw));
    await expect(getuig({ ...basis, overdrachten: [vals] })).rejects.toThrow(
      /niet ondertekend door de sleutel die hij opvolgt/,
    );
    // The new key's checkpoint of a size before the handover: refused.
    const teVroeg = await getuig({
      ...basis,
      vorige: undefined,
      bron: bron(await checkpoint(9, nieuw)),
      overdrachten: [overdracht],
    }).catch((f: Error) => f);
    expect(teVroeg).toBeInstanceOf(GetuigeWeigert);
    expect((teVroeg as Error).message).toMatch(/bij die grootte niet geldt/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkpointBody } from './checkpoint.js';
import { signNote } from './note.js';
import {
  bouwReeks,
  eenSleutel,
  maakOverdracht,
  openMetReeks,
  sleutelsVoor,
} from './sleutelreeks.js';
import { logVerifier, nieuweSleutel, vkeyVan } from './sleutels.js';

const NAAM = 'ketenpoort.test/logboek';
const seed = (n: number) => new Uint8Array(32).fill(n);

async function sleutels() {
  const oud = (await nieuweSleutel(NAAM, seed(1))).ondertekenaar;
  const nieuw = (await nieuweSleutel(NAAM, seed(2))).ondertekenaar;
  return { oud, nieuw };
}

const checkpoint = (grootte: number, ondertekenaar: Parameters<typeof signNote>[1][number]) =>
  signNote(
    checkpointBody({ origin: NAAM, size: grootte, root: new Uint8Array(32).fill(grootte) }),
    [ondertekenaar],
  );

describe('sleutelreeks: de checkpointsleutel wisselen', () => {
  it('na de wissel gelden oude checkpoints onder de oude sleutel en nieuwe onder de nieuwe', async () => {
    const { oud, nieuw } = await sleutels();
    const overdracht = await maakOverdracht(oud, 10, vkeyVan(nieuw));
    const reeks = await bouwReeks(logVerifier(oud), [overdracht]);
    expect(reeks.map((k) => k.vanaf)).toEqual([0, 10]);
    for (const [grootte, wie] of [
      [3, oud],
      [10, oud],
      [10, nieuw],
      [11, nieuw],
    ] as const) {
      const { checkpoint: cp } = await openMetReeks(await checkpoint(grootte, wie), reeks);
      expect(cp.size).toBe(grootte);
    }
    expect(sleutelsVoor(reeks, 10)).toHaveLength(2);
  });

  it('een checkpoint van de nieuwe sleutel vóór de grootte van de wissel wordt geweigerd', async () => {
    const { oud, nieuw } = await sleutels();
    const reeks = await bouwReeks(logVerifier(oud), [
      await maakOverdracht(oud, 10, vkeyVan(nieuw)),
    ]);
    await expect(openMetReeks(await checkpoint(9, nieuw), reeks)).rejects.toThrow(
      /checkpoint 9 is ondertekend door een checkpointsleutel die bij die grootte niet geldt/,
    );
    // And the old key after it: a stolen old key cannot extend the log.
    await expect(openMetReeks(await checkpoint(11, oud), reeks)).rejects.toThrow(/niet geldt/);
  });

  it('een vervalste sleutelwissel (niet door de oude sleutel ondertekend) wordt geweigerd', async () => {
    const { oud, nieuw } = await sleutels();
    const vervalser = (await nieuweSleutel(NAAM, seed(3))).ondertekenaar;
    const vals = await maakOverdracht(vervalser, 10, vkeyVan(nieuw));
    await expect(bouwReeks(logVerifier(oud), [vals])).rejects.toThrow(
      /sleutelwissel 1: de sleutelwissel is niet ondertekend door de sleutel die hij opvolgt/,
    );
    // Without the handover the new key's checkpoints do not verify at all.
    await expect(
      openMetReeks(await checkpoint(11, nieuw), eenSleutel(logVerifier(oud))),
    ).rejects.toThrow();
  });

  it('een wissel naar een sleutel met een andere naam of terug in de tijd wordt geweigerd', async () => {
    const { oud, nieuw } = await sleutels();
    const ander = (await nieuweSleutel('ander.test/logboek', seed(4))).ondertekenaar;
    await expect(maakOverdracht(oud, 10, vkeyVan(ander))).rejects.toThrow(/houdt zijn naam/);
    const eerste = await maakOverdracht(oud, 10, vkeyVan(nieuw));
    const derde = (await nieuweSleutel(NAAM, seed(5))).ondertekenaar;
    const terug = await maakOverdracht(nieuw, 5, vkeyVan(derde));
    await expect(bouwReeks(logVerifier(oud), [eerste, terug])).rejects.toThrow(
      /vanaf 5 ligt niet na 10/,
    );
  });
});

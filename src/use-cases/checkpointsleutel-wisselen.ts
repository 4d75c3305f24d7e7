/**
 * @module
 * Rotating the checkpoint key (issue 13 item 1, docs/checkpointsleutel-wisselen.md), with the
 * gateway stopped: the handover, signed by the old key, is recorded as a `sleutelwissel` entry in
 * the next leaf, and the old key signs the checkpoint of the tree that ends with it. From then on
 * the new key signs; every verifier that follows the handovers accepts both, each in its range.
 */
import { maakCheckpoint, type OpgeslagenCheckpoint } from '../logboek/checkpointer.js';
import type { Sleutelwissel } from '../logboek/entry.js';
import { sleutelwisselEntry } from '../logboek/geplande-entry.js';
import type { NoteSigner } from '../logboek/note.js';
import { maakOverdracht, reeksVanPoort, type Sleutelreeks } from '../logboek/sleutelreeks.js';
import { logVerifier, vkeyVan } from '../logboek/sleutels.js';
import { bladVan } from '../matching/plan.js';
import type { Beleid } from '../policy/index.js';
import type { Store } from '../store/store.js';

/** Handovers a log has had; a key is rotated a handful of times in a log's life. */
const HOOGSTENS = 1000;

/** The `sleutelwissel` entries of the log, oldest first. */
export async function leesSleutelwissels(store: Store): Promise<Sleutelwissel[]> {
  const regels = await store.zoekLogboek({ actie: 'sleutelwissel' }, 0, HOOGSTENS);
  return regels.flatMap((r) => (r.sleutelwissel ? [r.sleutelwissel] : []));
}

/** The gateway's key sequence from its own log, ending at `ondertekenaar` (see reeksVanPoort). */
export async function poortSleutelreeks(
  store: Store,
  ondertekenaar: NoteSigner,
): Promise<Sleutelreeks> {
  return reeksVanPoort(logVerifier(ondertekenaar), await leesSleutelwissels(store));
}

/**
 * Hands the log over from `oud` (the key the gateway signs with now) to the key `nieuweVkey`:
 * records the handover and signs, with `oud`, the checkpoint that covers it. Returns the
 * handover and that checkpoint.
 */
export async function wisselCheckpointsleutel(
  store: Store,
  beleid: Beleid,
  oud: NoteSigner,
  nieuweVkey: string,
  nu: number,
  willekeurig: (lengte: number) => Uint8Array,
): Promise<{ sleutelwissel: Sleutelwissel; checkpoint: OpgeslagenCheckpoint }> {
  await poortSleutelreeks(store, oud);
  // The old key's last word on the log so far, before the handover is written.
  await maakCheckpoint(store.boom, oud, nu);
  const vanaf = (await store.boom.grootte()) + 1;
  const overdracht = await maakOverdracht(oud, vanaf, nieuweVkey);
  const sleutelwissel = { vanaf, vorige: vkeyVan(oud), vkey: nieuweVkey, overdracht };
  const entry = sleutelwisselEntry(beleid.hash, sleutelwissel);
  const { blad } = await store.legVast(nu, bladVan([entry], beleid.partners.keys(), willekeurig));
  if (blad !== vanaf) {
    throw new Error(
      `de sleutelwissel kwam in blad ${blad}, niet in blad ${vanaf}: schreef de poort nog? Stop de poort en draai ketenpoort logboek verifieer.`,
    );
  }
  const checkpoint = await maakCheckpoint(store.boom, oud, nu);
  if (checkpoint?.grootte !== vanaf)
    throw new Error('het checkpoint van de sleutelwissel ontbreekt');
  return { sleutelwissel, checkpoint };
}

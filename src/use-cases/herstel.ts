/**
 * @module
 * Restores that cannot go unnoticed. The gateway keeps the last checkpoint it signed outside
 * the database's folder; at start the database's log must reach it (the tree holds that many
 * leaves with that root) or acknowledge it (its last `herstel` entry names it). A database
 * restored from an older backup does neither until the operator writes that entry
 * (`ketenpoort beheer restore`), so truncating the log together with its checkpoints is
 * caught, and witnesses find the fork acknowledged in the log rather than silent.
 */
import { herstelEntry } from '../logboek/geplande-entry.js';
import { rootFromNodes } from '../logboek/merkle-nodes.js';
import { openMetReeks, type Sleutelreeks } from '../logboek/sleutelreeks.js';
import { gelijk } from '../logboek/verifieer-checkpoint.js';
import { bladVan } from '../matching/plan.js';
import type { Beleid } from '../policy/index.js';
import type { Store } from '../store/store.js';

/** How the database relates to the kept checkpoint. */
export type BewaardOordeel =
  | { uitslag: 'bereikt' | 'erkend' }
  /** The log neither reaches nor acknowledges it: `grootte` leaves kept, `boom` in the database. */
  | { uitslag: 'niet'; grootte: number; boom: number; afwijkend: boolean };

/** Compares the database's log with the kept checkpoint `note` (signed by a key of `sleutels`). */
export async function toetsBewaardCheckpoint(
  store: Store,
  note: string,
  sleutels: Sleutelreeks,
): Promise<BewaardOordeel> {
  let grootte: number;
  let root: Uint8Array;
  try {
    ({
      checkpoint: { size: grootte, root },
    } = await openMetReeks(note, sleutels));
  } catch (fout) {
    throw new Error(
      `Het bewaarde checkpoint is niet door de checkpointsleutel van deze poort ondertekend of is beschadigd (${(fout as Error).message}). Zet het juiste bestand terug; een bewaard checkpoint wordt nooit met de hand gemaakt.`,
    );
  }
  const boom = await store.boom.grootte();
  if (grootte <= boom && gelijk(await rootFromNodes(grootte, store.boom.knopen), root)) {
    return { uitslag: 'bereikt' };
  }
  const laatste = await store.laatsteEntry('herstel');
  if (laatste?.herstel?.checkpoint === note) return { uitslag: 'erkend' };
  return { uitslag: 'niet', grootte, boom, afwijkend: grootte <= boom };
}

/** The start refused: what happened and what the operator can do. */
export function weigerStart(o: Extract<BewaardOordeel, { uitslag: 'niet' }>): Error {
  const wat = o.afwijkend
    ? `de boom in de database wijkt af van het laatste checkpoint dat de poort ondertekende (${o.grootte} bladen)`
    : `het logboek in de database heeft ${o.boom} bladen, het laatste checkpoint dat de poort ondertekende ${o.grootte}: de bladen ${o.boom + 1} tot en met ${o.grootte} ontbreken`;
  return new Error(
    `De poort start niet: ${wat}. Is er een oudere back-up teruggezet, dan erkent u het verlies in het logboek met: npx ketenpoort beheer restore (zonder --van, op deze database); anders is de database gewijzigd: draai npx ketenpoort logboek verifieer.`,
  );
}

/**
 * Writes the acknowledgement entry when the database neither reaches nor acknowledges the
 * kept checkpoint: one leaf whose entry names the lost leaves and that checkpoint. Returns
 * the oordeel before writing, so the caller can say what it did.
 */
export async function erkenHerstel(
  store: Store,
  beleid: Beleid,
  note: string,
  sleutels: Sleutelreeks,
  nu: number,
  willekeurig: (lengte: number) => Uint8Array,
): Promise<BewaardOordeel> {
  const oordeel = await toetsBewaardCheckpoint(store, note, sleutels);
  if (oordeel.uitslag !== 'niet') return oordeel;
  // A restored backup is a prefix of the lost tree: leaves after it are lost. A tree that
  // differs within the kept size has no known common prefix: all of it is named.
  const verlorenVan = oordeel.afwijkend ? 1 : oordeel.boom + 1;
  const entry = herstelEntry(beleid.hash, {
    verlorenVan,
    verlorenTot: oordeel.grootte,
    checkpoint: note,
  });
  await store.legVast(nu, bladVan([entry], beleid.partners.keys(), willekeurig));
  return oordeel;
}

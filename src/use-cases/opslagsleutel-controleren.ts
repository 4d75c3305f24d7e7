/**
 * @module
 * At start: do the configured storage keys fit the stored pseudonyms? With other keys (a typo,
 * a key from another environment, the old key after a rotation) matching would silently find
 * nothing, so the gateway refuses to start instead (fail closed).
 */
import { type Opslagsleutels, opslagVingerafdruk } from '../pseudonym/opslag.js';
import type { Store } from '../store/store.js';

/** Throws, saying what to do, when the keys differ from those the database was keyed with. */
export async function controleerOpslagsleutels(
  store: Store,
  sleutels: Opslagsleutels,
): Promise<void> {
  const uitslag = await store.controleerOpslagsleutel(opslagVingerafdruk(sleutels));
  if (uitslag === 'anders') {
    throw new Error(
      'De opslagsleutel past niet bij de database: de opgeslagen pseudoniemen zijn met een andere sleutel (of na een rotatie met meer sleutels) versleuteld, dus er zou niets meer matchen. Start met de sleutel(s) van deze database; na `ketenpoort beheer opslagsleutel roteer` is dat het nieuwe sleutelbestand.',
    );
  }
}

/**
 * @module
 * The logboek must outlive the signals it accounts for: its bewaartermijn may not be
 * shorter than the longest bewaartermijn of any signal.
 */
import type { BeleidMelding } from './beleid-fout.js';
import type { Model } from './model.js';
import type { GeparsdBestand } from './posities.js';

/** Reports a logboek bewaartermijn shorter than some partner's signal bewaartermijn. */
export function controleerLogboekTermijn(
  model: Model,
  bestand: GeparsdBestand | undefined,
  fouten: BeleidMelding[],
): void {
  const logboek = model.logboekBewaartermijn;
  if (logboek === undefined || !bestand) return;
  for (const [partner, termijnen] of model.bewaartermijnen) {
    const langste = Math.max(termijnen.zacht ?? 0, termijnen.hard ?? 0);
    if (langste <= logboek) continue;
    fouten.push({
      ...bestand.positie(['bewaartermijn']),
      melding: `De bewaartermijn van het logboek (${logboek} maanden) is korter dan die van signalen van '${partner}' (${langste} maanden). Het logboek moet elke verwerking kunnen verantwoorden zolang het signaal bestaat: kies minstens ${langste} maanden.`,
    });
  }
}

/**
 * @module
 * Checks the names in one scenario against the policy set, so a misspelt partner, doel,
 * rule or grondslag is an error at its line with a suggestion, not a mysterious failure.
 */
import type { Beleid } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { GeparsdBestand } from './posities.js';
import type { Scenario } from './scenario-schema.js';
import { bedoeltU } from './suggestie.js';
import { STANDAARD_WEIGERING } from './tabel.js';

/** Problems with the names in scenario `i`; empty when it can run. */
export function controleerScenario(
  beleid: Beleid,
  b: GeparsdBestand,
  i: number,
  s: Scenario,
): BeleidMelding[] {
  const uit: BeleidMelding[] = [];
  const fout = (pad: readonly PropertyKey[], melding: string) =>
    uit.push({ ...b.positie(['scenarios', i, ...pad]), melding });
  const bekend = (pad: PropertyKey[], wat: string, id: string, lijst: Iterable<string>) => {
    const alle = [...lijst];
    if (!alle.includes(id)) fout(pad, `${wat} '${id}'.${bedoeltU(id, alle)}`);
  };
  const partners = [...beleid.partners.keys()];
  bekend(['bron'], 'Onbekende partner', s.bron, partners);
  bekend(['ontvanger'], 'Onbekende partner', s.ontvanger, partners);
  bekend(['doel'], 'Onbekend doel', s.doel, beleid.doelen.keys());
  const regels = [...beleid.regels.map((r) => r.id), STANDAARD_WEIGERING];
  s.verwacht.regels?.forEach((r, j) => {
    bekend(['verwacht', 'regels', j], 'Onbekende regel', r, regels);
  });
  s.verwacht.grondslagen?.forEach((g, j) => {
    bekend(['verwacht', 'grondslagen', j], 'Onbekende grondslag', g, beleid.grondslagen.keys());
  });
  const v = s.verwacht;
  if (v.besluit === 'toegestaan') {
    for (const sleutel of ['gegevens', 'regels', 'grondslagen'] as const) {
      if (v[sleutel] === undefined)
        fout(
          ['verwacht'],
          `Bij besluit 'toegestaan' hoort '${sleutel}:': noem precies wat het beleid moet opleveren.`,
        );
    }
    if (v.reden !== undefined)
      fout(['verwacht', 'reden'], "'reden' hoort alleen bij besluit 'geweigerd'; haal hem weg.");
  } else if (v.gegevens !== undefined && v.gegevens.length > 0) {
    fout(
      ['verwacht', 'gegevens'],
      `Bij besluit '${v.besluit}' krijgt de ontvanger niets: laat 'gegevens' weg.`,
    );
  }
  if (v.besluit === 'geen-overeenkomst' && s.via === undefined)
    fout(
      ['verwacht', 'besluit'],
      "Bij 'geen-overeenkomst' hoort 'via:' met de gedeelde pseudoniemen.",
    );
  return uit;
}

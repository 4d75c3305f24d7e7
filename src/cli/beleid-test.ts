/**
 * @module
 * `ketenpoort beleid test`: run the scenarios in <map>/tests/ against the policy set in <map>,
 * print a Dutch report, and name every rule no scenario decides (coverage).
 */
import { parseArgs } from 'node:util';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import { controleerBeleid } from '../policy/controle.js';
import { type ScenarioRapport, voerScenariosUit } from '../policy/scenarios.js';
import { beleidMap } from './beleid-map.js';
import type { Opdracht } from './opdracht.js';

export const beleidTest: Opdracht = {
  naam: 'beleid test',
  gebruik: ['[map] [--streng] [--stil]'],
  uitleg:
    "Draait de scenario's in <map>/tests/ en meldt welke regels geen scenario " +
    'beslist. --streng: dan ook mislukken. --stil: alleen wat mislukt.',
  voerUit: (args) => draaiScenarios(args),
};

async function draaiScenarios(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      streng: { type: 'boolean', default: false },
      stil: { type: 'boolean', default: false },
    },
  });
  const map = beleidMap(positionals[0]);
  const bestanden = leesBeleidBestanden(map);
  const { beleid, fouten } = controleerBeleid(bestanden);
  if (beleid === undefined) {
    console.error(`Het beleid in ${map}/ laadt niet; los eerst deze fouten op:`);
    for (const f of fouten) console.error(`  ${formatteerMelding(f)}`);
    return 1;
  }
  const rapport = voerScenariosUit(beleid, bestanden);
  console.log(rapportTekst(rapport, map, values.stil));
  const mislukt = rapport.resultaten.filter((r) => !r.geslaagd).length;
  if (rapport.fouten.length > 0 || mislukt > 0) return 1;
  if (rapport.resultaten.length === 0) return 1;
  return values.streng && rapport.ongedekt.length > 0 ? 1 : 0;
}

/** The Dutch report: failures in full, passes one line each (or not at all with `stil`). */
export function rapportTekst(r: ScenarioRapport, map: string, stil = false): string {
  const uitvoer: string[] = [];
  if (r.fouten.length > 0) {
    uitvoer.push(`Fouten in de scenariobestanden (${r.fouten.length}):`);
    for (const f of r.fouten) uitvoer.push(`  ${formatteerMelding(f)}`);
    uitvoer.push('');
  }
  if (r.resultaten.length === 0 && r.fouten.length === 0)
    uitvoer.push(
      `Geen scenario's gevonden in ${map}/tests/. Zet ze in bestanden als tests/voorbeeld.yaml.`,
    );
  for (const s of r.resultaten) {
    if (s.geslaagd && stil) continue;
    const plek = `${s.bestand}:${s.regel}`;
    uitvoer.push(`${s.geslaagd ? 'geslaagd' : 'MISLUKT '}  ${plek}  ${s.naam}`);
    for (const v of s.verschillen) uitvoer.push(`          ${v}`);
  }
  const mislukt = r.resultaten.filter((s) => !s.geslaagd).length;
  uitvoer.push(
    '',
    `${r.resultaten.length - mislukt} geslaagd, ${mislukt} mislukt, ${r.fouten.length} fout(en) in scenario's.`,
    `Dekking: ${r.aantalRegels - r.ongedekt.length} van de ${r.aantalRegels} regels beslissen in minstens een scenario.`,
  );
  if (r.ongedekt.length > 0) {
    uitvoer.push('Regels die geen scenario beslist (schrijf er een scenario bij):');
    for (const o of r.ongedekt)
      uitvoer.push(`  ${o.positie.bestand}:${o.positie.regel}  ${o.id}: ${o.titel}`);
  }
  return uitvoer.join('\n');
}

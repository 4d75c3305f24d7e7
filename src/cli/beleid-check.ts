/**
 * @module
 * `ketenpoort beleid check`: load the policy set as the gateway would, and report every error
 * and warning as `bestand:regelnummer:kolom melding`, the form editors and CI logs link to.
 */
import { parseArgs } from 'node:util';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import { controleerBeleid } from '../policy/controle.js';
import { beleidMap } from './beleid-map.js';
import type { Opdracht } from './opdracht.js';

export const beleidCheck: Opdracht = {
  naam: 'beleid check',
  gebruik: ['[map] [--streng]'],
  uitleg:
    'Controleert het beleid: fouten en waarschuwingen met bestand:regelnummer:kolom.\n' +
    '--streng: een waarschuwing telt als fout (voor CI).',
  voerUit: (args) => controleer(args),
};

async function controleer(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { streng: { type: 'boolean', default: false } },
  });
  const map = beleidMap(positionals[0]);
  const bestanden = leesBeleidBestanden(map);
  const { beleid, fouten, waarschuwingen } = controleerBeleid(bestanden);
  if (beleid === undefined) {
    console.error(`Het beleid in ${map}/ laadt niet (${fouten.length} fout(en)):`);
    for (const f of fouten) console.error(`  ${formatteerMelding(f)}`);
    return 1;
  }
  if (waarschuwingen.length > 0) {
    console.error(`${waarschuwingen.length} waarschuwing(en):`);
    for (const w of waarschuwingen) console.error(`  ${formatteerMelding(w)}`);
  }
  console.log(
    `Beleid in orde: ${beleid.bestanden.length} bestanden, ${beleid.partners.size} partners, ${beleid.doelen.size} doelen, ${beleid.grondslagen.size} grondslagen.\nHash: ${beleid.hash}`,
  );
  return values.streng && waarschuwingen.length > 0 ? 1 : 0;
}

/**
 * @module
 * `ketenpoort beleid check`: load the policy set as the gateway would, and report.
 */

import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { BeleidFout, laadBeleid } from '../policy/index.js';

export async function beleidCheck(args: string[]): Promise<number> {
  const map = args[0] ?? 'policies';
  try {
    const bestanden = leesBeleidBestanden(map);
    const beleid = laadBeleid(bestanden);
    console.log(
      `Beleid in orde: ${bestanden.length} bestanden, ${beleid.partners.size} partners, ${beleid.doelen.size} doelen, ${beleid.grondslagen.size} grondslagen.\nHash: ${beleid.hash}`,
    );
    return 0;
  } catch (fout) {
    if (!(fout instanceof BeleidFout)) throw fout;
    console.error(`Het beleid in ${map}/ laadt niet (${fout.fouten.length} fout(en)):`);
    for (const f of fout.fouten)
      console.error(`  ${f.bestand}:${f.regel}:${f.kolom}  ${f.melding}`);
    return 1;
  }
}

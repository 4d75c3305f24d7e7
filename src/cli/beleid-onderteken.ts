/**
 * @module
 * `ketenpoort beleid onderteken`: a jurist signs the hash of the policy set with the key of
 * the role jurist. Signs only a set that loads and whose scenarios all pass. The signature
 * goes to <map>/handtekeningen/<kid>.jws, next to the files it covers (outside the hash).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { leesBeleidBestanden, leesHandtekeningen } from '../node/beleid-lezen.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import { controleerBeleid } from '../policy/controle.js';
import { getekendeHash, ondertekenBeleid } from '../policy/ondertekening.js';
import { voerScenariosUit } from '../policy/scenarios.js';
import { beleidMap } from './beleid-map.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const beleidOnderteken: Opdracht = {
  naam: 'beleid onderteken',
  gebruik: ['--sleutel <jurist.jwk.json> [--jurist <naam>] [--map <map>]'],
  uitleg:
    "Ondertekent de hash van het beleid (alleen als het laadt en alle scenario's " +
    'slagen), in <map>/handtekeningen/<kid>.jws. Met KETENPOORT_HANDTEKENINGEN=2 ' +
    'laadt de gateway alleen beleid met handtekeningen van twee verschillende juristen.',
  voerUit: (args) => onderteken(args),
};

async function onderteken(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      sleutel: { type: 'string' },
      jurist: { type: 'string' },
      map: { type: 'string' },
    },
  });
  if (!values.sleutel) return gebruiksfout(beleidOnderteken, 'Geef --sleutel.');
  const jwk = JSON.parse(readFileSync(values.sleutel, 'utf8'));
  if (typeof jwk.kid !== 'string' || typeof jwk.d !== 'string') {
    return gebruiksfout(
      beleidOnderteken,
      `${values.sleutel} is geen privésleutel (JWK met 'kid' en 'd').`,
    );
  }
  const map = beleidMap(values.map);
  const bestanden = leesBeleidBestanden(map);
  const { beleid, fouten } = controleerBeleid(bestanden);
  if (beleid === undefined) {
    console.error('Niet ondertekend: het beleid laadt niet.');
    for (const f of fouten) console.error(`  ${formatteerMelding(f)}`);
    return 1;
  }
  const rapport = voerScenariosUit(beleid, bestanden);
  const mislukt = rapport.resultaten.filter((r) => !r.geslaagd);
  if (rapport.fouten.length > 0 || mislukt.length > 0) {
    console.error(
      `Niet ondertekend: ${mislukt.length} scenario('s) mislukt en ${rapport.fouten.length} fout(en) in scenario's. Draai 'ketenpoort beleid test ${map}'.`,
    );
    return 1;
  }
  const jws = await ondertekenBeleid(beleid.hash, jwk, {
    jurist: values.jurist ?? jwk.kid,
    nu: Date.now(),
  });
  const handtekeningen = join(map, 'handtekeningen');
  mkdirSync(handtekeningen, { recursive: true });
  const pad = join(handtekeningen, `${jwk.kid}.jws`);
  writeFileSync(pad, `${jws}\n`);
  const alle = leesHandtekeningen(map);
  const bijDit = alle.filter((h) => getekendeHash(h.tekst) === beleid.hash);
  console.log(
    `Ondertekend: beleid ${beleid.hash} door ${values.jurist ?? jwk.kid} (sleutel ${jwk.kid}), in ${pad}.`,
  );
  console.log(
    `Handtekeningen voor dit beleid: ${bijDit.length} (${bijDit.map((h) => h.pad).join(', ')}).`,
  );
  const oud = alle.length - bijDit.length;
  if (oud > 0)
    console.log(
      `${oud} handtekening(en) horen bij een eerdere versie; de gateway telt ze niet mee.`,
    );
  return 0;
}

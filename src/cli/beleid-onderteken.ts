/**
 * @module
 * `ketenpoort beleid onderteken`: a jurist signs the hash of the policy set. Only a key that
 * the deployment's key configuration (KETENPOORT_SLEUTELS, never the folder being signed)
 * gives the role jurist may sign, under the jurist's name from that configuration. Signs only
 * a set that loads and whose scenarios all pass, and never replaces another jurist's
 * signature. The signature goes to <map>/handtekeningen/<kid>.jws (outside the hash).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { juristSleutels, type VertrouwdeSleutel } from '../api/auth/rollen.js';
import { leesConfiguratie } from '../config/env.js';
import { leesBeleidBestanden, leesHandtekeningen } from '../node/beleid-lezen.js';
import { leesVertrouwensbron } from '../node/sleutels-lezen.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import { controleerBeleid } from '../policy/controle.js';
import {
  controleerHandtekeningen,
  juristVanSleutel,
  ondertekenBeleid,
} from '../policy/ondertekening.js';
import { voerScenariosUit } from '../policy/scenarios.js';
import { beleidMap } from './beleid-map.js';
import { bestaandeHandtekening } from './handtekening-bestaand.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

export const beleidOnderteken: Opdracht = {
  naam: 'beleid onderteken',
  gebruik: ['--sleutel <jurist.jwk.json> [--map <map>]'],
  uitleg:
    "Ondertekent de hash van het beleid (alleen als het laadt en alle scenario's " +
    'slagen), in <map>/handtekeningen/<kid>.jws. Alleen een sleutel met de rol jurist in de ' +
    'sleutelconfiguratie (KETENPOORT_SLEUTELS) mag tekenen; de naam van de jurist komt uit ' +
    'die configuratie. Met KETENPOORT_HANDTEKENINGEN=2 laadt de gateway alleen beleid met ' +
    'handtekeningen van twee verschillende juristen.',
  voerUit: (args) => onderteken(args),
};

async function onderteken(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { sleutel: { type: 'string' }, map: { type: 'string' } },
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
  const vertrouwd = leesSleutelconfiguratie(map);
  if ('fout' in vertrouwd) return weiger(vertrouwd.fout);
  const jurist = await juristVanSleutel(jwk, vertrouwd.sleutels, vertrouwd.map);
  if ('reden' in jurist) return weiger(jurist.reden);
  const bestanden = leesBeleidBestanden(map);
  const { beleid, fouten } = controleerBeleid(bestanden);
  if (beleid === undefined) {
    return weiger('Niet ondertekend: het beleid laadt niet.', ...fouten.map(formatteerMelding));
  }
  const rapport = voerScenariosUit(beleid, bestanden);
  const mislukt = rapport.resultaten.filter((r) => !r.geslaagd);
  if (rapport.fouten.length > 0 || mislukt.length > 0) {
    return weiger(
      `Niet ondertekend: ${mislukt.length} scenario('s) mislukt en ${rapport.fouten.length} fout(en) in scenario's. Draai 'ketenpoort beleid test ${map}'.`,
    );
  }
  const pad = join(map, 'handtekeningen', `${jwk.kid}.jws`);
  const bestaand = await bestaandeHandtekening(pad, beleid.hash, jurist.sleutel);
  if (bestaand) return weiger(bestaand);
  const jws = await ondertekenBeleid(beleid.hash, jwk, {
    jurist: jurist.sleutel.naam,
    nu: Date.now(),
  });
  mkdirSync(join(map, 'handtekeningen'), { recursive: true });
  writeFileSync(pad, `${jws}\n`);
  console.log(
    `Ondertekend: beleid ${beleid.hash} door ${jurist.sleutel.naam} (sleutel ${jwk.kid}), in ${pad}.`,
  );
  const { ondertekenaars, afgewezen } = await controleerHandtekeningen(
    beleid.hash,
    leesHandtekeningen(map),
    juristSleutels(vertrouwd.bron),
  );
  console.log(
    `Geldige handtekeningen voor dit beleid: ${ondertekenaars.length} (${ondertekenaars
      .map((o) => o.jurist)
      .sort()
      .join(', ')}).`,
  );
  for (const a of afgewezen) console.log(`Telt niet mee: ${a.pad}: ${a.reden}.`);
  return 0;
}

function weiger(...regels: string[]): number {
  console.error(regels.join('\n  '));
  return 1;
}

/**
 * The deployment's trusted keys (KETENPOORT_SLEUTELS), or why they cannot be used: the folder
 * is missing, a file in it is wrong, or it lies inside the policy folder being signed (then
 * whoever edits the policy would also choose who may approve it).
 */
function leesSleutelconfiguratie(
  beleidsmap: string,
):
  | { map: string; bron: Map<string, VertrouwdeSleutel[]>; sleutels: VertrouwdeSleutel[] }
  | { fout: string } {
  const map = leesConfiguratie(process.env).sleutels;
  const binnen = relative(resolve(beleidsmap), resolve(map));
  if (!binnen.startsWith('..') && !binnen.startsWith('/'))
    return {
      fout: `Niet ondertekend: de sleutelconfiguratie (${map}) ligt in de beleidsmap die u ondertekent. Zet KETENPOORT_SLEUTELS op de sleutelmap van de uitrol, buiten de beleidsmap.`,
    };
  if (!existsSync(map))
    return {
      fout: `Niet ondertekend: de sleutelconfiguratie ${map} bestaat niet. Zet KETENPOORT_SLEUTELS op de map met de <partner>.jwks.json van de uitrol.`,
    };
  try {
    const bron = leesVertrouwensbron(map);
    return { map, bron, sleutels: [...bron.values()].flat() };
  } catch (fout) {
    return { fout: `Niet ondertekend: ${(fout as Error).message}` };
  }
}

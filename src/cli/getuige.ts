/**
 * @module
 * `ketenpoort getuige`: be a witness of a gateway's logboek. Keeps the last checkpoint it
 * accepted per origin in a state file, checks the new one (signature, consistency proof),
 * cosigns it and hands the cosignature to the gateway. Refuses a forked log, exit code 1.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LogboekClient } from '../client/logboek-client.js';
import { GetuigeWeigert, getuig } from '../logboek/getuige.js';
import { parseSignerKey, parseVerifierKey } from '../logboek/note.js';
import { getuigeSleutel } from './getuige-sleutel.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';
import { sleutelTekst } from './sleutel-lezen.js';

export const getuige: Opdracht = {
  naam: 'getuige',
  gebruik: [
    '--sleutel <partner.jwk.json> --getuigesleutel <skey> --logsleutel <vkey> [--gateway <url>] [--staat <bestand>] [--sub <id>] [--overdracht <bestand> ...]',
  ],
  uitleg: 'Controleert het nieuwste checkpoint van de gateway en tekent het als getuige.',
  opties: `  --gateway <url>      standaard http://127.0.0.1:8787
  --staat <bestand>    het laatste checkpoint dat deze getuige zag (standaard getuige-staat.json)
  --sub <id>           medewerker- of functie-id in het token (standaard getuige)
  --overdracht <best.> een sleutelwissel van het logboek sinds --logsleutel, oudste eerst
                       (het bestand <sleutel>.sleutelwissel van 'logboek sleutel roteer')`,
  voerUit: (args) => getuigNu(args),
  opdrachten: [getuigeSleutel],
};

async function getuigNu(args: string[]): Promise<number> {
  const { values: v } = parseArgs({
    args,
    options: {
      gateway: { type: 'string', default: 'http://127.0.0.1:8787' },
      sleutel: { type: 'string' },
      getuigesleutel: { type: 'string' },
      logsleutel: { type: 'string' },
      staat: { type: 'string', default: 'getuige-staat.json' },
      sub: { type: 'string', default: 'getuige' },
      overdracht: { type: 'string', multiple: true, default: [] },
    },
  });
  if (!v.sleutel || !v.getuigesleutel || !v.logsleutel)
    return gebruiksfout(getuige, 'Geef --sleutel, --getuigesleutel en --logsleutel.');
  const jwk = JSON.parse(readFileSync(v.sleutel, 'utf8'));
  const log = parseVerifierKey(sleutelTekst(v.logsleutel, 'logsleutel'));
  const ondertekenaar = await parseSignerKey(sleutelTekst(v.getuigesleutel, 'getuigesleutel'));
  const staat: Record<string, string> = existsSync(v.staat)
    ? JSON.parse(readFileSync(v.staat, 'utf8'))
    : {};
  const client = new LogboekClient({
    basisUrl: v.gateway,
    partner: jwk.iss,
    gebruiker: v.sub,
    privateJwk: jwk,
  });
  let getuigenis: Awaited<ReturnType<typeof getuig>>;
  try {
    getuigenis = await getuig({
      log,
      overdrachten: v.overdracht.map((pad) => readFileSync(pad, 'utf8')),
      ondertekenaar,
      vorige: staat[log.name],
      bron: client,
      nu: Math.floor(Date.now() / 1000),
    });
  } catch (fout) {
    if (!(fout instanceof GetuigeWeigert)) throw fout;
    console.error(`GEWEIGERD: ${fout.message}\nDe getuige tekent niet en bewaart niets.`);
    return 1;
  }
  // What the witness has seen is kept before anything else, so a later fork is caught.
  schrijfStaat(v.staat, { ...staat, [log.name]: getuigenis.note });
  const { grootte, cosignaturen } = await client.cosigneer(
    getuigenis.checkpoint.size,
    getuigenis.cosignatuur,
  );
  const sinds =
    getuigenis.vorigeGrootte === null
      ? 'eerste checkpoint dat deze getuige ziet'
      : `consistent met ${getuigenis.vorigeGrootte}`;
  console.log(
    `Checkpoint ${grootte} van ${log.name} gecontroleerd (${sinds}) en medeondertekend door ${ondertekenaar.name}.\nDe gateway bewaarde de cosignatuur; dit checkpoint heeft nu ${cosignaturen} getuige(n).`,
  );
  return 0;
}

function schrijfStaat(pad: string, staat: Record<string, string>) {
  writeFileSync(`${pad}.nieuw`, `${JSON.stringify(staat, null, 2)}\n`);
  renameSync(`${pad}.nieuw`, pad);
}

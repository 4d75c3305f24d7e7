/**
 * @module
 * `ketenpoort getuige`: be a witness of a gateway's logboek. Keeps the last checkpoint it
 * accepted per origin in a state file, checks the new one (signature, consistency proof),
 * cosigns it and hands the cosignature to the gateway. Refuses a forked log, exit code 1.
 * `ketenpoort getuige sleutel` makes a witness key.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LogboekClient } from '../client/logboek-client.js';
import { GetuigeWeigert, getuig } from '../logboek/getuige.js';
import { parseSignerKey, parseVerifierKey } from '../logboek/note.js';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { sleutelTekst } from './sleutel-lezen.js';

const GEBRUIK = `Gebruik: ketenpoort getuige --sleutel <partner.jwk.json> --getuigesleutel <skey> --logsleutel <vkey>
                         [--gateway <url>] [--staat <bestand>] [--sub <id>]
       ketenpoort getuige sleutel --naam <getuige> --uit <bestand>`;

export async function getuige(args: string[]): Promise<number> {
  if (args[0] === 'sleutel') return getuigeSleutel(args.slice(1));
  const { values: v } = parseArgs({
    args,
    options: {
      gateway: { type: 'string', default: 'http://127.0.0.1:8787' },
      sleutel: { type: 'string' },
      getuigesleutel: { type: 'string' },
      logsleutel: { type: 'string' },
      staat: { type: 'string', default: 'getuige-staat.json' },
      sub: { type: 'string', default: 'getuige' },
    },
  });
  if (!v.sleutel || !v.getuigesleutel || !v.logsleutel) {
    console.error(GEBRUIK);
    return 2;
  }
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

async function getuigeSleutel(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { naam: { type: 'string' }, uit: { type: 'string' } },
  });
  if (!values.naam || !values.uit) {
    console.error(GEBRUIK);
    return 2;
  }
  if (existsSync(values.uit)) {
    console.error(`${values.uit} bestaat al; kies een ander bestand.`);
    return 1;
  }
  const sleutel = await nieuweSleutel(values.naam);
  writeFileSync(values.uit, `${sleutel.skey}\n`, { mode: 0o600 });
  console.log(
    `Geheime sleutel geschreven naar ${values.uit}. Geef de beheerder van de gateway deze vkey:\n${sleutel.getuigeVkey}`,
  );
  return 0;
}

function schrijfStaat(pad: string, staat: Record<string, string>) {
  writeFileSync(`${pad}.nieuw`, `${JSON.stringify(staat, null, 2)}\n`);
  renameSync(`${pad}.nieuw`, pad);
}

/**
 * @module
 * The `ketenpoort` command (Node entry). Dutch help text; never prints an identifier.
 */
import { beleid } from './beleid.js';
import { bewaartermijn } from './bewaartermijn.js';
import { getuige } from './getuige.js';
import { logboek } from './logboek.js';
import { openapi } from './openapi.js';
import { pseudoniem } from './pseudoniem.js';
import { serve } from './serve.js';
import { token } from './token.js';

const HULP = `Gebruik: ketenpoort <opdracht> [opties]

Opdrachten:
  pseudoniem <soort>        Leest één waarde van standaardinvoer en drukt het pseudoniem af.
                            Soorten: bsn, persoon, telefoon, adres, email, iban, kvk, kenteken.
  pseudoniem --csv <in.csv> [--uit <uit.csv>]
                            Zet een CSV met kolommen soort,waarde om naar soort,pseudoniem.
      --ketensleutel <bestand>  JSON met {id, sleutel} (standaard data/demo/ketensleutel.json)
  token --sleutel <jwk.json> --sub <medewerker-id> [--partner <id>] [--geldigheid <seconden>]
                            Ondertekent een token (hoogstens 300 seconden geldig).
  beleid <opdracht>         Voor juristen: check, schema, test, uitleg, verschil, matrix,
                            register, onderteken. 'ketenpoort beleid help' noemt de opties.
  logboek export [opties]   Exporteert het logboek als JSON Lines of CSV (GEMMA-veldnamen);
                            'ketenpoort logboek export --help' noemt de filters.
  bewaartermijn             Vernietigt verlopen signalen nu (de gateway doet dit elk uur).
  logboek verifieer         Controleert het hele logboek: regels, boom, checkpoints, getuigen.
      --export <jsonl> --checkpoint <note> --sleutel <vkey>   offline, op een export
  logboek sleutel           Drukt de publieke sleutel (vkey) van het logboek af.
  getuige --sleutel <jwk.json> --getuigesleutel <skey> --logsleutel <vkey>
                            Controleert het nieuwste checkpoint en tekent het als getuige.
  getuige sleutel --naam <getuige> --uit <bestand>   Maakt een getuigensleutel.
  openapi                   Drukt het OpenAPI-document af.
  serve                     Start de gateway (zoals npm start).
  help                      Deze tekst.

Invoer in de opdrachtregel komt in uw shellgeschiedenis: geef identificerende
gegevens daarom via standaardinvoer of een bestand, nooit als argument.`;

const [opdracht, ...rest] = process.argv.slice(2);

const opdrachten: Record<string, (args: string[]) => Promise<number>> = {
  pseudoniem,
  token,
  beleid,
  openapi,
  serve,
  logboek,
  getuige,
  bewaartermijn,
};

const uitvoer = opdracht ? opdrachten[opdracht] : undefined;
if (!uitvoer) {
  console.log(HULP);
  process.exitCode = opdracht && opdracht !== 'help' && opdracht !== '--help' ? 2 : 0;
} else {
  try {
    process.exitCode = await uitvoer(rest);
  } catch (fout) {
    console.error(fout instanceof Error ? fout.message : String(fout));
    process.exitCode = 1;
  }
}

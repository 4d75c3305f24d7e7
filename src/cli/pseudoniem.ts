/**
 * @module
 * `ketenpoort pseudoniem`: pseudonymise one value (stdin) or a CSV file, on the partner's side.
 * Version 2 (default): blinded, evaluated by the sleutelbewaarder in batches of 1,000, checked
 * against the key pinned in the policy. Version 1 with `--ketensleutel`. Prints pseudonyms and
 * error messages with row numbers, never the input values.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { pseudonimiseerV2 } from '../client/sleutelbewaarder-client.js';
import { leesConfiguratie } from '../config/env.js';
import { vanBase64url } from '../encoding/base64url.js';
import { IdentiteitFout, isSoort, normaliseer, type Soort } from '../identity/index.js';
import { sleutelbewaarderUrl, vastgepindeSleutel } from '../node/pseudoniem-instelling.js';
import { pseudonimiseer } from '../pseudonym/pseudoniem.js';
import { SleutelbewaarderFout } from '../pseudonym/v2.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

/** Reads a ketensleutel file: JSON `{ "id": "...", "sleutel": "<base64url, 32 bytes>" }`. */
export function leesKetensleutel(pad: string): { id: string; sleutel: Uint8Array } {
  const inhoud = JSON.parse(readFileSync(pad, 'utf8')) as { id?: unknown; sleutel?: unknown };
  if (typeof inhoud.sleutel !== 'string') throw new Error(`${pad} bevat geen veld "sleutel".`);
  if (typeof inhoud.id !== 'string' || inhoud.id === '') {
    throw new Error(`${pad} bevat geen veld "id" (het id van de ketensleutel in het beleid).`);
  }
  const sleutel = vanBase64url(inhoud.sleutel);
  if (sleutel.length !== 32) throw new Error(`De ketensleutel in ${pad} is geen 32 bytes.`);
  return { id: inhoud.id, sleutel };
}

export const pseudoniem: Opdracht = {
  naam: 'pseudoniem',
  gebruik: [
    '<soort> --sleutel <jwk> [--sleutelbewaarder <url>] [--beleid <map>] [--sleutel-id <id>]',
    '--csv <in.csv> [--uit <uit.csv>] --sleutel <jwk> [...]',
    '<soort> --ketensleutel <bestand>          (versie 1)',
    '--csv <in.csv> [--uit <uit.csv>] --ketensleutel <bestand>',
  ],
  uitleg:
    'Leest één waarde van standaardinvoer en drukt het pseudoniem af, of zet een CSV met ' +
    'kolommen soort,waarde om naar soort,versie,sleutel,pseudoniem.\n' +
    'Versie 2 (standaard): via de sleutelbewaarder, met het token van uw organisatie; het ' +
    'antwoord wordt gecontroleerd tegen de sleutel die het beleid vastpint. Versie 1: met ' +
    '--ketensleutel.\nSoorten: bsn, persoon, telefoon, adres, email, iban, kvk, kenteken.',
  opties: `  --sleutel <bestand>         private JWK van uw organisatie (met iss), voor het token bij de sleutelbewaarder
  --gebruiker <id>            medewerker- of functie-id in dat token (standaard pseudoniem-cli)
  --sleutelbewaarder <url>    waar de sleutelbewaarder luistert (standaard KETENPOORT_SLEUTELBEWAARDER_URL of de demo)
  --beleid <map>              beleid met de vastgepinde sleutel (standaard KETENPOORT_BELEID of policies)
  --sleutel-id <id>           welke vastgepinde sleutel, tijdens een sleutelwissel (standaard de laatste)
  --ketensleutel <bestand>    versie 1: JSON met {id, sleutel}
  --uit <bestand>             waar de CSV heen gaat (standaard: standaarduitvoer)`,
  noot:
    'Geef identificerende gegevens via standaardinvoer of een bestand, nooit als argument: ' +
    'dat komt in uw shellgeschiedenis. Foutmeldingen noemen het regelnummer, nooit de waarde.',
  voerUit: (args) => pseudonimiseerInvoer(args),
};

/** Turns valid (soort, value) pairs into `soort,versie,sleutel,pseudoniem` lines. */
type Rekenaar = (rijen: Array<{ soort: Soort; waarde: string }>) => Promise<string[]>;

async function pseudonimiseerInvoer(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ketensleutel: { type: 'string' },
      sleutel: { type: 'string' },
      gebruiker: { type: 'string', default: 'pseudoniem-cli' },
      sleutelbewaarder: { type: 'string' },
      beleid: { type: 'string' },
      'sleutel-id': { type: 'string' },
      csv: { type: 'string' },
      uit: { type: 'string' },
    },
  });
  let reken: Rekenaar;
  if (values.ketensleutel) {
    const { id, sleutel } = leesKetensleutel(values.ketensleutel);
    reken = async (rijen) =>
      rijen.map((r) => `${r.soort},v1,${id},${pseudonimiseer(sleutel, r.soort, r.waarde)}`);
  } else if (values.sleutel) {
    const cfg = leesConfiguratie(process.env);
    const privateJwk = JSON.parse(readFileSync(values.sleutel, 'utf8'));
    if (typeof privateJwk.iss !== 'string') {
      return gebruiksfout(pseudoniem, 'De sleutel noemt geen iss (het id van uw organisatie).');
    }
    const vastgepind = vastgepindeSleutel(values.beleid ?? cfg.beleid, values['sleutel-id']);
    const opties = {
      url: values.sleutelbewaarder ?? sleutelbewaarderUrl(cfg),
      partner: privateJwk.iss,
      gebruiker: values.gebruiker,
      privateJwk,
      vastgepind,
    };
    reken = async (rijen) =>
      (await pseudonimiseerV2(opties, rijen)).map((p) => `${p.soort},v2,${p.sleutel},${p.waarde}`);
  } else {
    return gebruiksfout(pseudoniem, 'Geef --sleutel (versie 2) of --ketensleutel (versie 1).');
  }
  try {
    if (values.csv) return await csv(reken, values.csv, values.uit);
    const soort = positionals[0];
    if (!soort || !isSoort(soort) || positionals.length > 1) {
      return gebruiksfout(pseudoniem, 'Geef één soort; de waarde komt via standaardinvoer.');
    }
    const waarde = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
    const [regel] = await reken([{ soort, waarde: normaliseerOfFout(soort, waarde) }]);
    console.log(regel?.split(',')[3]);
    return 0;
  } catch (fout) {
    if (fout instanceof IdentiteitFout || fout instanceof SleutelbewaarderFout) {
      console.error(fout.message);
      return 1;
    }
    throw fout;
  }
}

/** Checks the input before anything is sent; returns the canonical form. */
function normaliseerOfFout(soort: Soort, waarde: string): string {
  return normaliseer(soort, waarde);
}

/** CSV `soort,waarde` (header optional) to `soort,versie,sleutel,pseudoniem`; bad rows by number. */
async function csv(reken: Rekenaar, invoer: string, uitvoer?: string): Promise<number> {
  const uit = uitvoer ? createWriteStream(uitvoer) : process.stdout;
  const lezer = createReadStream(invoer).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let regel = 0;
  let fouten = 0;
  let rijen: Array<{ soort: Soort; waarde: string }> = [];
  uit.write('soort,versie,sleutel,pseudoniem\n');
  const schrijf = async () => {
    if (rijen.length === 0) return;
    uit.write(`${(await reken(rijen)).join('\n')}\n`);
    rijen = [];
  };
  for await (const rij of lezer as AsyncIterable<string[]>) {
    regel += 1;
    const [soort = '', waarde = ''] = rij;
    if (regel === 1 && soort.trim().toLowerCase() === 'soort') continue;
    const s = soort.trim().toLowerCase();
    try {
      if (!isSoort(s))
        throw new Error(
          `onbekende soort; kies uit bsn, persoon, telefoon, adres, email, iban, kvk, kenteken`,
        );
      rijen.push({ soort: s, waarde: normaliseer(s, waarde) });
    } catch (fout) {
      fouten += 1;
      const melding =
        fout instanceof IdentiteitFout || fout instanceof Error ? fout.message : 'onleesbaar';
      console.error(`regel ${regel}: ${melding}`);
    }
    if (rijen.length >= 1000) await schrijf();
  }
  await schrijf();
  if (uit !== process.stdout) await new Promise<void>((klaar) => uit.end(() => klaar()));
  if (fouten > 0) console.error(`${fouten} regel(s) overgeslagen; zie de meldingen hierboven.`);
  return fouten > 0 ? 1 : 0;
}

/**
 * @module
 * `ketenpoort pseudoniem`: pseudonymise one value (stdin) or a CSV file, on the partner's side.
 * Prints pseudonyms and error messages with row numbers, never the input values.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { vanBase64url } from '../encoding/base64url.js';
import { IdentiteitFout, isSoort } from '../identity/index.js';
import { pseudonimiseer } from '../pseudonym/pseudoniem.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

/** Reads a ketensleutel file: JSON `{ "id": "...", "sleutel": "<base64url, 32 bytes>" }`. */
export function leesKetensleutel(pad: string): Uint8Array {
  const inhoud = JSON.parse(readFileSync(pad, 'utf8')) as { sleutel?: unknown };
  if (typeof inhoud.sleutel !== 'string') throw new Error(`${pad} bevat geen veld "sleutel".`);
  const sleutel = vanBase64url(inhoud.sleutel);
  if (sleutel.length !== 32) throw new Error(`De ketensleutel in ${pad} is geen 32 bytes.`);
  return sleutel;
}

export const pseudoniem: Opdracht = {
  naam: 'pseudoniem',
  gebruik: [
    '<soort> [--ketensleutel <bestand>]',
    '--csv <in.csv> [--uit <uit.csv>] [--ketensleutel <bestand>]',
  ],
  uitleg:
    'Leest één waarde van standaardinvoer en drukt het pseudoniem af, of zet een CSV met ' +
    'kolommen soort,waarde om naar soort,pseudoniem.\n' +
    'Soorten: bsn, persoon, telefoon, adres, email, iban, kvk, kenteken.',
  opties: `  --ketensleutel <bestand>  JSON met {id, sleutel} (standaard data/demo/ketensleutel.json)
  --uit <bestand>           waar de CSV heen gaat (standaard: standaarduitvoer)`,
  noot:
    'Geef identificerende gegevens via standaardinvoer of een bestand, nooit als argument: ' +
    'dat komt in uw shellgeschiedenis. Foutmeldingen noemen het regelnummer, nooit de waarde.',
  voerUit: (args) => pseudonimiseerInvoer(args),
};

async function pseudonimiseerInvoer(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ketensleutel: { type: 'string', default: 'data/demo/ketensleutel.json' },
      csv: { type: 'string' },
      uit: { type: 'string' },
    },
  });
  const sleutel = leesKetensleutel(values.ketensleutel);
  if (values.csv) return csv(sleutel, values.csv, values.uit);
  const soort = positionals[0];
  if (!soort || !isSoort(soort) || positionals.length > 1) {
    return gebruiksfout(pseudoniem, 'Geef één soort; de waarde komt via standaardinvoer.');
  }
  const waarde = readFileSync(0, 'utf8').split(/\r?\n/)[0] ?? '';
  try {
    console.log(pseudonimiseer(sleutel, soort, waarde));
    return 0;
  } catch (fout) {
    if (fout instanceof IdentiteitFout) {
      console.error(fout.message);
      return 1;
    }
    throw fout;
  }
}

/** CSV `soort,waarde` (header optional) to `soort,pseudoniem`; bad rows are reported by number. */
async function csv(sleutel: Uint8Array, invoer: string, uitvoer?: string): Promise<number> {
  const uit = uitvoer ? createWriteStream(uitvoer) : process.stdout;
  const lezer = createReadStream(invoer).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let regel = 0;
  let fouten = 0;
  let buffer = 'soort,pseudoniem\n';
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
      buffer += `${s},${pseudonimiseer(sleutel, s, waarde)}\n`;
    } catch (fout) {
      fouten += 1;
      const melding =
        fout instanceof IdentiteitFout || fout instanceof Error ? fout.message : 'onleesbaar';
      console.error(`regel ${regel}: ${melding}`);
    }
    if (buffer.length > 65536) {
      uit.write(buffer);
      buffer = '';
    }
  }
  uit.write(buffer);
  if (uit !== process.stdout) await new Promise<void>((klaar) => uit.end(() => klaar()));
  if (fouten > 0) console.error(`${fouten} regel(s) overgeslagen; zie de meldingen hierboven.`);
  return fouten > 0 ? 1 : 0;
}

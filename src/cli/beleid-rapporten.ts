/**
 * @module
 * `ketenpoort beleid matrix` and `ketenpoort beleid register`: the verstrekkingsmatrix and the
 * verwerkingsregister (AVG art. 30), as Markdown or HTML, from the policy files on disk.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { juristSleutels } from '../api/auth/rollen.js';
import { leesConfiguratie } from '../config/env.js';
import { leesBeleidBestanden, leesHandtekeningen } from '../node/beleid-lezen.js';
import { leesVertrouwensbron } from '../node/sleutels-lezen.js';
import type { Beleid } from '../policy/beleid.js';
import { formatteerMelding } from '../policy/beleid-fout.js';
import { controleerBeleid } from '../policy/controle.js';
import { beleidMatrix } from '../policy/matrix.js';
import { matrixRapport } from '../policy/matrix-rapport.js';
import { controleerHandtekeningen, type Ondertekenaar } from '../policy/ondertekening.js';
import { alsHtml, alsMarkdown, type Blok } from '../policy/rapport.js';
import { verwerkingsregister } from '../policy/register.js';
import { registerRapport } from '../policy/register-rapport.js';
import { beleidMap } from './beleid-map.js';
import type { Opdracht } from './opdracht.js';

export const beleidMatrixOpdracht: Opdracht = {
  naam: 'beleid matrix',
  gebruik: ['[map] [--html] [--uit <bestand>]'],
  uitleg:
    'Verstrekkingsmatrix: wie wat mag weten van wie, voor welk doel, op welke ' +
    'grondslag (Markdown, of HTML met --html of --uit x.html).',
  voerUit: (args) => rapport(args, 'matrix', (b) => matrixRapport(b, beleidMatrix(b))),
};

export const beleidRegisterOpdracht: Opdracht = {
  naam: 'beleid register',
  gebruik: ['[map] [--html] [--uit <bestand>]'],
  uitleg:
    'Verwerkingsregister (AVG artikel 30) uit hetzelfde beleid, met inhoud, datum, beleidshash, ' +
    'de juristen die het ondertekenden, verboden, inzagebeperkingen en links naar de wet.',
  voerUit: (args) =>
    rapport(args, 'register', async (b, map) =>
      registerRapport(b, verwerkingsregister(b, beleidMatrix(b)), {
        opgesteldOp: Date.now(),
        ondertekenaars: await ondertekenaarsVan(map, b.hash),
      }),
    ),
};

/**
 * The jurists whose signature on `hash` in `map` is valid under the deployment's key
 * configuration (KETENPOORT_SLEUTELS); none when there is no configuration to check against.
 */
async function ondertekenaarsVan(map: string, hash: string): Promise<Ondertekenaar[]> {
  const sleutels = leesConfiguratie(process.env).sleutels;
  if (!existsSync(sleutels)) return [];
  let juristen: ReturnType<typeof juristSleutels>;
  try {
    juristen = juristSleutels(leesVertrouwensbron(sleutels));
  } catch (fout) {
    throw new Error(
      `Het register noemt wie het beleid ondertekende, maar de sleutelconfiguratie is niet te lezen: ${(fout as Error).message}`,
    );
  }
  return (await controleerHandtekeningen(hash, leesHandtekeningen(map), juristen)).ondertekenaars;
}

async function rapport(
  args: string[],
  naam: string,
  maak: (b: Beleid, map: string) => Blok[] | Promise<Blok[]>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      html: { type: 'boolean', default: false },
      uit: { type: 'string' },
    },
  });
  const map = beleidMap(positionals[0]);
  const { beleid, fouten } = controleerBeleid(leesBeleidBestanden(map));
  if (beleid === undefined) {
    console.error(`Het beleid in ${map}/ laadt niet; geen ${naam}:`);
    for (const f of fouten) console.error(`  ${formatteerMelding(f)}`);
    return 1;
  }
  const blokken = await maak(beleid, map);
  const html = values.html || values.uit?.endsWith('.html') === true;
  const tekst = html ? alsHtml(blokken) : alsMarkdown(blokken);
  if (values.uit) {
    mkdirSync(dirname(values.uit), { recursive: true });
    writeFileSync(values.uit, tekst);
    console.error(`Geschreven: ${values.uit} (beleid ${beleid.hash.slice(0, 12)}).`);
  } else {
    process.stdout.write(tekst);
  }
  return 0;
}

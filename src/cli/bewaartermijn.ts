/**
 * @module
 * `ketenpoort bewaartermijn`: run the retention purge now, as the gateway does every hour:
 * destroy expired signals, erase the openings of their logboek entries, log a vernietiging
 * per signal, and report which logboek entries are past the logboek's own bewaartermijn.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { plusMaanden } from '../api/registreer.js';
import { leesConfiguratie } from '../config/env.js';
import { verwijderVerlopen } from '../matching/opruimen.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { laadBeleid } from '../policy/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Opdracht } from './opdracht.js';

export const bewaartermijn: Opdracht = {
  naam: 'bewaartermijn',
  gebruik: ['[--database <bestand>] [--beleid <map>]'],
  uitleg: 'Vernietigt verlopen signalen nu (de gateway doet dit elk uur).',
  opties: `  --database <bestand>  standaard KETENPOORT_DATABASE of <data>/ketenpoort.sqlite
  --beleid <map>        standaard KETENPOORT_BELEID of policies`,
  voerUit: (args) => vernietigVerlopen(args),
};

async function vernietigVerlopen(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { database: { type: 'string' }, beleid: { type: 'string' } },
  });
  const cfg = leesConfiguratie(process.env);
  const pad = values.database ?? cfg.database;
  if (!existsSync(pad)) {
    console.error(`Geen database op ${pad}. Geef --database of zet KETENPOORT_DATABASE.`);
    return 1;
  }
  const beleid = laadBeleid(leesBeleidBestanden(values.beleid ?? cfg.beleid));
  const store = openSqliteStore(pad);
  try {
    const nu = Date.now();
    const { signalen, openingen } = await verwijderVerlopen(store, beleid.hash, nu);
    console.log(
      `${signalen.length} verlopen signa${signalen.length === 1 ? 'al' : 'len'} vernietigd (elk met een logboekregel 'vernietiging'); ${openingen} opening(en) gewist.`,
    );
    const maanden = beleid.logboekBewaartermijnMaanden;
    if (maanden === undefined) {
      console.log(
        'Het beleid noemt geen bewaartermijn voor het logboek (policies/logboek.yaml): logboekregels blijven bewaard.',
      );
      return 0;
    }
    const grens = plusMaanden(nu, -maanden);
    const oud = await store.logboekOuderDan(grens);
    console.log(
      oud.aantal === 0
        ? `Geen logboekregels ouder dan de bewaartermijn van het logboek (${maanden} maanden).`
        : `${oud.aantal} logboekregel(s) (volgnummers ${oud.eerste} tot en met ${oud.laatste}) zijn ouder dan de bewaartermijn van het logboek (${maanden} maanden) en komen in aanmerking voor vernietiging.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

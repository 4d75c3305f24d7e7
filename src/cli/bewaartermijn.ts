/**
 * @module
 * `ketenpoort bewaartermijn`: run the retention purge now, as the gateway does every hour:
 * destroy expired signals, erase the openings of their logboek entries, log a vernietiging
 * per signal, and erase the content of the logboek's leaves past its own bewaartermijn.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { leesConfiguratie } from '../config/env.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { laadBeleid } from '../policy/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import { logboekVoorbijTermijn, verwijderVerlopen } from '../use-cases/bewaartermijn.js';
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
    const { signalen, openingen, logboek } = await verwijderVerlopen(store, beleid, nu);
    console.log(
      `${signalen.length} verlopen signa${signalen.length === 1 ? 'al' : 'len'} vernietigd (elk met een logboekregel 'vernietiging'); ${openingen} opening(en) gewist.`,
    );
    if (logboek) {
      console.log(
        `Logboek: de inhoud van ${logboek.bladen} blad(en) ouder dan de bewaartermijn (${logboek.maanden} maanden, vóór ${new Date(logboek.grens).toISOString()}) is gewist, nu tot en met blad ${logboek.totEnMetBlad}; nummer, tijdstip en leaf-hash blijven, met een logboekregel 'logboek-gewist'.`,
      );
    }
    const oud = await logboekVoorbijTermijn(store, beleid, nu);
    if (oud === undefined) {
      console.log(
        'Het beleid noemt geen bewaartermijn voor het logboek (policies/logboek.yaml): logboekregels blijven bewaard.',
      );
      return 0;
    }
    console.log(
      oud.aantal === 0
        ? `Geen logboekregels ouder dan de bewaartermijn van het logboek (${oud.maanden} maanden).`
        : `${oud.aantal} logboekregel(s) (volgnummers ${oud.eerste} tot en met ${oud.laatste}) zijn ouder dan de bewaartermijn van het logboek (${oud.maanden} maanden) maar staan in een blad met jongere of de nieuwste regels; ze worden gewist zodra hun hele blad en alles ervoor ouder is.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

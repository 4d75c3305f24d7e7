/**
 * @module
 * `ketenpoort logboek export`: the logboek (or the part matching the filters) from the
 * gateway's database as JSON Lines or CSV, with GEMMA Verwerkingenlogging field names
 * (docs/logboek-export.md), or as the Merkle leaves themselves with their salts and entries.
 */

import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { leesConfiguratie } from '../config/env.js';
import { base64url } from '../encoding/base64url.js';
import type { Actie } from '../logboek/entry.js';
import { alsCsv, alsJsonl, type TeExporteren } from '../logboek/gemma.js';
import { leesTijdstip, TIJDSTIP_VORMEN } from '../logboek/tijdstip.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { foutmelding } from '../node/bestandsfout.js';
import { type Beleid, laadBeleid } from '../policy/index.js';
import { type NaamFilters, onbekendeFilterwaarde } from '../use-cases/filterwaarden.js';
import { bladenUitDatabase, uitDatabase, uitGateway } from './logboek-bron.js';
import { gebruiksfout, type Opdracht } from './opdracht.js';

const FILTERS = [
  'partner',
  'bron',
  'ontvanger',
  'doel',
  'grondslag',
  'regel',
  'signaal',
  'beleid',
  'partij',
] as const;

export const logboekExport: Opdracht = {
  naam: 'logboek export',
  gebruik: ['[opties]'],
  uitleg:
    'Exporteert het logboek als JSON Lines of CSV (GEMMA-veldnamen), of de canonieke ' +
    'regels zelf; uit de database of via de gateway.',
  opties: `  --formaat jsonl|csv        standaard jsonl
  --velden gemma|canoniek    gemma (standaard): veldnamen van GEMMA Verwerkingenlogging;
                             canoniek: de bladen van de boom met hun zouten, leaf-hash en regels,
                             om offline te verifiëren (alleen jsonl, alleen uit de
                             database, het hele logboek: zonder filters)
  --uit <bestand>            standaard: standaarduitvoer
  --database <bestand>       standaard KETENPOORT_DATABASE of data/ketenpoort.sqlite
  --gateway <url> --sleutel <jwk.json> [--sub <id>]
                             via GET /v1/logboek met een FG-sleutel, in plaats van de
                             database (de FG van een partner krijgt alleen de eigen regels)
  Filters: --van <moment> --tot <moment> --actie <actie> --partner --bron --ontvanger
           --doel --grondslag --regel --signaal --beleid <hash>
           --partij <partner>  alleen regels waarin die partner handelt, bron of ontvanger is
           Een moment is een datum (2026-03-01: 00:00 Nederlandse tijd) of een tijdstip met
           tijdzone (2026-03-01T09:00:00+01:00); --tot is exclusief. Een partner, doel of
           actie die het beleid (KETENPOORT_BELEID) niet kent, is een fout.`,
  voerUit: (args) => exporteer(args),
};

async function exporteer(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      formaat: { type: 'string', default: 'jsonl' },
      velden: { type: 'string', default: 'gemma' },
      uit: { type: 'string' },
      database: { type: 'string' },
      gateway: { type: 'string' },
      sleutel: { type: 'string' },
      sub: { type: 'string', default: 'fg' },
      van: { type: 'string' },
      tot: { type: 'string' },
      actie: { type: 'string' },
      ...Object.fromEntries(FILTERS.map((f) => [f, { type: 'string' as const }])),
    },
  });
  const { formaat, velden } = values;
  if (formaat !== 'jsonl' && formaat !== 'csv')
    return gebruiksfout(logboekExport, `Onbekend formaat '${formaat}'.`);
  if (velden !== 'gemma' && velden !== 'canoniek')
    return gebruiksfout(logboekExport, `Onbekende velden '${velden}'.`);
  if (velden === 'canoniek' && formaat === 'csv')
    return gebruiksfout(logboekExport, 'Canonieke bladen bestaan alleen als JSON Lines.');
  const filter = leesFilter(values);
  if (typeof filter === 'string') return gebruiksfout(logboekExport, filter);
  if (velden === 'canoniek') {
    if (values.gateway || Object.keys(filter).length > 0)
      return gebruiksfout(
        logboekExport,
        'Canonieke bladen komen alleen uit de database, van het hele logboek: laat --gateway en de filters weg.',
      );
    return exporteerBladen(values.uit, values.database);
  }
  if (values.gateway && (!values.sleutel || filter.partij !== undefined))
    return gebruiksfout(
      logboekExport,
      'Met --gateway hoort --sleutel, en het bereik volgt uit die sleutel (geen --partij).',
    );
  const bron = values.gateway
    ? uitGateway(filter, values.gateway, values.sleutel ?? '', values.sub)
    : uitDatabase(filter, values.database);
  const uit = values.uit ? createWriteStream(values.uit) : process.stdout;
  let aantal = 0;
  try {
    for await (const pagina of bron) {
      uit.write(schrijf(pagina, formaat, aantal === 0));
      aantal += pagina.length;
    }
  } finally {
    if (uit !== process.stdout) await new Promise<void>((klaar) => uit.end(() => klaar()));
  }
  console.error(`${aantal} logboekregel(s) geëxporteerd.`);
  return 0;
}

function schrijf(pagina: TeExporteren[], formaat: 'jsonl' | 'csv', eerste: boolean) {
  return formaat === 'csv' ? alsCsv(pagina, eerste) : alsJsonl(pagina);
}

/** Every leaf with its salts and entries, one per line, as `logboek verifieer --export` reads them. */
async function exporteerBladen(pad: string | undefined, database: string | undefined) {
  const uit = pad ? createWriteStream(pad) : process.stdout;
  let aantal = 0;
  try {
    for await (const pagina of bladenUitDatabase(database)) {
      for (const b of pagina) {
        const regels = b.regels.map((r) => ({
          volgnummer: r.volgnummer,
          inhoud: r.inhoud,
          bronZicht: r.bronZicht ?? null,
        }));
        const leafHash = b.leafHash ? base64url(b.leafHash) : undefined;
        const { nummer, inhoud, zouten } = b;
        uit.write(`${JSON.stringify({ nummer, inhoud, zouten, leafHash, regels })}\n`);
      }
      aantal += pagina.length;
    }
  } finally {
    if (uit !== process.stdout) await new Promise<void>((klaar) => uit.end(() => klaar()));
  }
  console.error(`${aantal} blad(en) geëxporteerd.`);
  return 0;
}

/**
 * The filters from the options, or a message naming the bad one and never its value: a moment
 * is read as the API reads it (a date is 00:00 Dutch time), and a partner, doel or actie must
 * be one the policy knows (KETENPOORT_BELEID), as `GET /v1/logboek` demands.
 */
function leesFilter(v: Record<string, string | boolean | undefined>): LogboekFilter | string {
  const filter: LogboekFilter = {};
  for (const f of FILTERS) if (typeof v[f] === 'string') filter[f] = v[f];
  for (const t of ['van', 'tot'] as const) {
    const w = v[t];
    if (typeof w !== 'string') continue;
    const ms = leesTijdstip(w);
    if (ms === undefined) return `--${t}: verwacht ${TIJDSTIP_VORMEN}.`;
    filter[t] = ms;
  }
  if (typeof v.actie === 'string') filter.actie = v.actie as Actie;
  const namen = pick(filter);
  // Through --gateway, GET /v1/logboek checks the names against the policy it runs.
  if (typeof v.gateway !== 'string') {
    const fout = onbekendeFilterwaarde(namen, beleidVoorFilters);
    if (fout) return `--${fout.parameter}: ${fout.uitleg}.`;
  }
  return filter;
}

function pick(f: LogboekFilter): NaamFilters {
  const { partner, bron, ontvanger, doel, actie, partij } = f;
  return { partner, bron, ontvanger, doel, actie, partij };
}

/** The policy the names are checked against: the one the gateway loads. */
function beleidVoorFilters(): Beleid {
  const map = leesConfiguratie(process.env).beleid;
  try {
    return laadBeleid(leesBeleidBestanden(map));
  } catch (fout) {
    throw new Error(
      `De filters kunnen niet gecontroleerd worden: het beleid in ${map} laadt niet (zie KETENPOORT_BELEID).\n${foutmelding(fout)}`,
    );
  }
}

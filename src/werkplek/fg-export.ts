/**
 * @module
 * The FG's export of a search: CSV that Excel opens as it is (UTF-8 with BOM, `;` between
 * cells, CRLF between rows, cells starting with `= + - @` neutralised so no formula runs),
 * or JSON Lines. The GEMMA Verwerkingenlogging field names of `ketenpoort logboek export`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { alsJsonl, EXPORT_VELDEN, gemmaRecord } from '../logboek/gemma.js';
import type { GezochteRegel } from '../logboek/zoeken.js';
import { zoekLogboek } from '../use-cases/logboek-zoeken.js';
import type { WerkplekEnv } from './context.js';
import { leesFgZoekvraag } from './fg-zoekvraag.js';

/** CSV for Excel (Dutch settings): BOM, `;`, CRLF, no formulas. */
export function alsExcelCsv(regels: readonly GezochteRegel[]): string {
  const rijen = regels.map((e) => {
    const r = gemmaRecord(e);
    return EXPORT_VELDEN.map((v) => {
      const w = r[v];
      return Array.isArray(w) ? w.join(' ') : w;
    });
  });
  return stringify(rijen, {
    header: true,
    columns: [...EXPORT_VELDEN],
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { number: String },
  });
}

/** GET /fg/export/:formaat: every entry of the search (in the FG's scope), as a download. */
export async function fgExport(c: Context<WerkplekEnv>) {
  const formaat = c.req.param('formaat');
  const gelezen = leesFgZoekvraag(c.req.query());
  if ((formaat !== 'csv' && formaat !== 'jsonl') || 'fouten' in gelezen) {
    return c.text(
      'fouten' in gelezen ? gelezen.fouten.join('\n') : 'Kies het formaat csv of jsonl.',
      400,
    );
  }
  const { diensten, sessie, verzoek } = c.var;
  const aanvraag = {
    diensten,
    identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon },
    verzoek,
  };
  const regels: GezochteRegel[] = [];
  for (let na: number | null = gelezen.vraag.na; na !== null; ) {
    const pagina = await zoekLogboek(aanvraag, gelezen.vraag.filter, na, 1000);
    regels.push(...pagina.regels);
    na = pagina.volgende;
  }
  const csv = formaat === 'csv';
  return c.body(csv ? alsExcelCsv(regels) : alsJsonl(regels), 200, {
    'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': `attachment; filename="logboek.${formaat}"`,
  });
}

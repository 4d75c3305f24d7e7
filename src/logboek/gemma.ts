/**
 * @module
 * Logboek entries in the field names of GEMMA Verwerkingenlogging (VNG Realisatie, the
 * `Actie` of the logging API) where one exists, and Ketenpoort's own names where the
 * standard has none. The mapping is documented in docs/logboek-export.md. Flat on purpose,
 * so one record is one CSV row as well as one JSON line.
 */
import { stringify } from 'csv-stringify/sync';
import type { Entry } from './entry.js';

/** The export columns, in order. */
export const EXPORT_VELDEN = [
  'volgnummer',
  'blad',
  'tijdstip',
  'tijdstipRegistratie',
  'naam',
  'uitvoerder',
  'gebruiker',
  'gegevensbron',
  'afnemer',
  'verwerkingID',
  'verwerkingsactiviteitID',
  'verwerkteSoortenGegevens',
  'grondslagen',
  'regels',
  'beleid',
  'verzoekId',
  'traceparent',
  'traceId',
  'betrokkene',
] as const;

export type ExportRecord = Record<
  (typeof EXPORT_VELDEN)[number],
  string | number | string[] | null
>;

/**
 * An entry as an export reads it: from the database with its volgnummer, or through
 * `GET /v1/logboek` as a partner's FG gets it, with only its leaf.
 */
export type TeExporteren = Omit<Entry, 'volgnummer'> & { volgnummer?: number | undefined };

/** One entry as an export record; `volgnummer` is empty where the reader does not get it. */
export function gemmaRecord(e: TeExporteren): ExportRecord {
  const traceparent = e.verzoek?.traceparent ?? null;
  return {
    volgnummer: e.volgnummer ?? null,
    blad: e.blad ?? null,
    tijdstip: e.tijdstip,
    // The entry is written in the same transaction as the action it records.
    tijdstipRegistratie: e.tijdstip,
    naam: e.actie,
    uitvoerder: e.partner,
    gebruiker: e.gebruiker,
    gegevensbron: e.bron,
    afnemer: e.ontvanger,
    verwerkingID: e.signaal,
    verwerkingsactiviteitID: e.doel,
    verwerkteSoortenGegevens: e.gegevens,
    grondslagen: e.grondslagen,
    regels: e.regels,
    beleid: e.beleid,
    verzoekId: e.verzoek?.id ?? null,
    traceparent,
    // W3C Trace Context: version-traceid-parentid-flags; the trace id links to the caller's traces.
    traceId: traceparent?.split('-')[1] ?? null,
    betrokkene: e.betrokkene,
  };
}

/** One JSON line (with newline) per entry. */
export function alsJsonl(entries: readonly TeExporteren[]): string {
  return entries.map((e) => `${JSON.stringify(gemmaRecord(e))}\n`).join('');
}

/** CSV rows (RFC 4180); lists are joined with a space. With `kop`, the header row first. */
export function alsCsv(entries: readonly TeExporteren[], kop: boolean): string {
  const rijen = entries.map((e) => {
    const r = gemmaRecord(e);
    return EXPORT_VELDEN.map((v) => {
      const w = r[v];
      return Array.isArray(w) ? w.join(' ') : w;
    });
  });
  return stringify(rijen, { header: kop, columns: [...EXPORT_VELDEN], cast: { number: String } });
}

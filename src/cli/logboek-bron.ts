/**
 * @module
 * Where `ketenpoort logboek export` reads from: the gateway's own database, or, for a
 * partner's FG without access to it, the gateway's `GET /v1/logboek` with the FG's key
 * (which limits the export to the entries of that organisation).
 */
import { existsSync, readFileSync } from 'node:fs';
import { maakToken } from '../client/token.js';
import { leesConfiguratie } from '../config/env.js';
import type { Entry } from '../logboek/entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { openSqliteStore } from '../store/sqlite.js';

const PAGINA = 1000;

/** Reads pages of matching entries, oldest first, until the log is exhausted. */
export type LogboekBron = AsyncGenerator<Entry[], void, void>;

/** Pages from the database file at `pad` (default: the gateway's configuration). */
export async function* uitDatabase(filter: LogboekFilter, pad?: string): LogboekBron {
  const bestand = pad ?? leesConfiguratie(process.env).database;
  if (!existsSync(bestand)) {
    throw new Error(`Geen database op ${bestand}. Geef --database of zet KETENPOORT_DATABASE.`);
  }
  const store = openSqliteStore(bestand);
  try {
    for (let na = 0; ; ) {
      const pagina = await store.zoekLogboek(filter, na, PAGINA);
      yield pagina;
      if (pagina.length < PAGINA) return;
      na = pagina.at(-1)?.volgnummer ?? na;
    }
  } finally {
    await store.close();
  }
}

/** Pages from `GET /v1/logboek` at `basis`, signing a fresh token with the FG's key per page. */
export async function* uitGateway(
  filter: LogboekFilter,
  basis: string,
  sleutelPad: string,
  gebruiker: string,
): LogboekBron {
  const jwk = JSON.parse(readFileSync(sleutelPad, 'utf8'));
  if (typeof jwk.iss !== 'string') throw new Error(`${sleutelPad} noemt geen organisatie (iss).`);
  const query = new URLSearchParams({ limiet: String(PAGINA) });
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined) continue;
    query.set(k, k === 'van' || k === 'tot' ? new Date(v as number).toISOString() : String(v));
  }
  for (let na = 0; ; ) {
    query.set('na', String(na));
    const token = await maakToken(jwk, { partner: jwk.iss, gebruiker });
    const r = await fetch(`${basis.replace(/\/$/, '')}/v1/logboek?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await r.json()) as {
      regels?: Entry[];
      volgende?: number | null;
      detail?: string;
    };
    if (!r.ok || !body.regels)
      throw new Error(`De gateway antwoordde ${r.status}: ${body.detail ?? ''}`);
    yield body.regels;
    if (body.volgende === null || body.volgende === undefined) return;
    na = body.volgende;
  }
}

/**
 * @module
 * Where `ketenpoort logboek export` reads from: the gateway's own database, or, for a
 * partner's FG without access to it, the gateway's `GET /v1/logboek` with the FG's key
 * (which limits the export to the entries of that organisation).
 */
import { existsSync, readFileSync } from 'node:fs';
import { LogboekClient } from '../client/logboek-client.js';
import { leesConfiguratie } from '../config/env.js';
import type { TeExporteren } from '../logboek/gemma.js';
import type { OpgeslagenBlad } from '../logboek/verifieer-entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { openSqliteAlleenLezen } from '../store/sqlite-alleen-lezen.js';

const PAGINA = 1000;

/** Reads pages of matching entries, oldest first, until the log is exhausted. */
export type LogboekBron = AsyncGenerator<TeExporteren[], void, void>;

/** Pages from the database file at `pad` (default: the gateway's configuration). */
export async function* uitDatabase(filter: LogboekFilter, pad?: string): LogboekBron {
  const bestand = pad ?? leesConfiguratie(process.env).database;
  if (!existsSync(bestand)) {
    throw new Error(`Geen database op ${bestand}. Geef --database of zet KETENPOORT_DATABASE.`);
  }
  // Read-only and never migrated: an export leaves the database exactly as it found it.
  const db = openSqliteAlleenLezen(bestand);
  try {
    for (let na = 0; ; ) {
      const pagina = db.zoekLogboek(filter, na, PAGINA);
      yield pagina;
      if (pagina.length < PAGINA) return;
      na = pagina.at(-1)?.volgnummer ?? na;
    }
  } finally {
    db.close();
  }
}

/**
 * Pages of leaves with their rows from the database file at `pad`, read-only, each with its
 * leaf hash from the stored tree (what stands in for an erased leaf's text).
 */
export async function* bladenUitDatabase(pad?: string): AsyncGenerator<OpgeslagenBlad[]> {
  const bestand = pad ?? leesConfiguratie(process.env).database;
  if (!existsSync(bestand)) {
    throw new Error(`Geen database op ${bestand}. Geef --database of zet KETENPOORT_DATABASE.`);
  }
  const db = openSqliteAlleenLezen(bestand);
  try {
    for (let vanaf = 1; ; ) {
      const pagina = await db.boom.bladen(vanaf, PAGINA);
      if (pagina.length === 0) return;
      const eerste = pagina[0]!.nummer - 1;
      const knopen = await db.boom.knopenReeks(0, eerste, pagina.at(-1)!.nummer - 1);
      const hash = new Map(knopen.map((k) => [k.index, k.hash]));
      yield pagina.map((b) => {
        const leafHash = hash.get(b.nummer - 1);
        return leafHash ? { ...b, leafHash } : b;
      });
      vanaf = pagina.at(-1)!.nummer + 1;
    }
  } finally {
    db.close();
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
  const client = new LogboekClient({
    basisUrl: basis,
    partner: jwk.iss,
    gebruiker,
    privateJwk: jwk,
  });
  // The gateway decides the scope from the key; `partij` is not a query of the route.
  const { van, tot, partij: _, ...rest } = filter;
  const iso = (ms: number | undefined) =>
    ms === undefined ? undefined : new Date(ms).toISOString();
  yield* client.zoekAlles({ ...rest, van: iso(van), tot: iso(tot), limiet: PAGINA });
}

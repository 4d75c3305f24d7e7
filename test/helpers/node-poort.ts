/**
 * The real Node gateway in this process (as `npm start` builds it, without the HTTP server):
 * its services from a configuration, the app, and requests signed with the demo keys that
 * the demo start left in the data folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { maakApp } from '../../src/api/app.js';
import { maakToken } from '../../src/client/token.js';
import type { Configuratie } from '../../src/config/env.js';
import { bouwDiensten } from '../../src/node/gateway.js';
import { pseudoniemV2 } from './pseudoniem-v2.js';
import { maakVraag } from './vraag.js';

/** Builds the gateway of `cfg`; `vraag(naam, ...)` signs with `<sleutels>/<naam>.jwk.json`. */
export async function nodePoort(cfg: Configuratie) {
  const diensten = await bouwDiensten(cfg);
  const app = maakApp(diensten);
  const token = (naam: string) => {
    const jwk = JSON.parse(readFileSync(join(cfg.sleutels, `${naam}.jwk.json`), 'utf8')) as JWK & {
      kid: string;
      iss: string;
    };
    return maakToken(jwk, { partner: jwk.iss, gebruiker: 'medewerker-1' });
  };
  return { diensten, app, vraag: maakVraag(app, token), stop: () => diensten.store.close() };
}

/** A signal body about one made-up person (a valid, invented BSN), `extra` overriding. */
export function testSignaal(bsn: string, extra: Record<string, unknown> = {}) {
  return {
    pseudoniemen: [pseudoniemV2('bsn', bsn)],
    rol: 'slachtoffer',
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: 'GM0402',
    doel: 'zorgcoordinatie',
    ...extra,
  };
}

/** The second registration of api-signalen's "overlap in beide richtingen": vtgv, hard. */
export const VTGV_HARD = {
  sterkte: 'hard',
  doel: 'veiligheidsbeoordeling',
} as const;

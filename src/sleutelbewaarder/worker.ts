/**
 * @module
 * The sleutelbewaarder's own Worker (wrangler.sleutelbewaarder.toml), meant for another
 * organisation's Cloudflare account than the gateway's: the same app as
 * `ketenpoort sleutelbewaarder`, its own D1 for token ids and counts, its configuration
 * signed by its beheerder (vars), its OPRF keys as a secret. A bad setting refuses every
 * request with 500 and a log line naming it; nothing is evaluated (fail closed).
 */
import type { D1Database } from '@cloudflare/workers-types/index';
import { vanBase64url } from '../encoding/base64url.js';
import { maakSleutelbewaarderApp } from './app.js';
import { leesConfiguratieTekst } from './configuratie.js';
import { d1Opslag } from './d1-opslag.js';
import { leesSleutelbestand } from './oprf-sleutel.js';

export interface SleutelbewaarderEnv {
  DB: D1Database;
  /** configuratie.json as text (a var): partners, their public keys, their quotas. */
  CONFIGURATIE?: string;
  /** Its signature by the beheerder key (`ketenpoort sleutelbewaarder onderteken`). */
  CONFIGURATIE_HANDTEKENING?: string;
  /** The beheerder's public key (base64url, a var). */
  BEHEERDER?: string;
  /** The key files (secret): a JSON array of their contents; two during a rotation. */
  OPRF_SLEUTELS?: string;
}

type App = ReturnType<typeof maakSleutelbewaarderApp>;
let gebouwd: { env: SleutelbewaarderEnv; app: App } | undefined;

/** Builds the app once per isolate (per env); throws naming the missing or wrong setting. */
function app(env: SleutelbewaarderEnv): App {
  if (gebouwd?.env === env) return gebouwd.app;
  for (const naam of ['CONFIGURATIE', 'CONFIGURATIE_HANDTEKENING', 'BEHEERDER', 'OPRF_SLEUTELS']) {
    if (!env[naam as keyof SleutelbewaarderEnv]) {
      throw new Error(`Ongeldige sleutelbewaarder-configuratie: ${naam} ontbreekt.`);
    }
  }
  const configuratie = leesConfiguratieTekst(
    env.CONFIGURATIE as string,
    env.CONFIGURATIE_HANDTEKENING as string,
    vanBase64url((env.BEHEERDER as string).trim()),
  );
  const bestanden = JSON.parse(env.OPRF_SLEUTELS as string) as unknown[];
  if (!Array.isArray(bestanden) || bestanden.length === 0) {
    throw new Error('OPRF_SLEUTELS moet een JSON-lijst met één of twee sleutelbestanden zijn.');
  }
  const sleutels = bestanden.map((b, i) =>
    leesSleutelbestand(typeof b === 'string' ? b : JSON.stringify(b), `OPRF_SLEUTELS[${i}]`),
  );
  const a = maakSleutelbewaarderApp({
    configuratie,
    sleutels,
    opslag: d1Opslag(env.DB),
    klok: Date.now,
    logTelling: (r) => console.log(`sleutelbewaarder ${r}`),
  });
  gebouwd = { env, app: a };
  return a;
}

export default {
  async fetch(request: Request, env: SleutelbewaarderEnv): Promise<Response> {
    let a: App;
    try {
      a = app(env);
    } catch (fout) {
      console.error(fout instanceof Error ? fout.message : 'sleutelbewaarder start niet');
      return new Response(
        JSON.stringify({
          type: 'urn:ketenpoort:sleutelbewaarder:configuratie',
          title: 'De sleutelbewaarder is niet goed ingesteld',
          status: 500,
          detail:
            'Er is niets geëvalueerd. De beheerder van de sleutelbewaarder vindt in het log welke instelling ontbreekt of niet klopt.',
        }),
        { status: 500, headers: { 'content-type': 'application/problem+json' } },
      );
    }
    return a.fetch(request);
  },
};

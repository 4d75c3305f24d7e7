/**
 * @module
 * The services of the Worker: D1 for storage, the policy set and partner keys bundled at
 * build time (Workers have no file system), keys from Worker secrets.
 */
import type { D1Database, Fetcher, Queue } from '@cloudflare/workers-types/index';
import { z } from 'zod';
import type { VertrouwdeSleutel } from '../api/auth/rollen.js';
import { juristSleutels } from '../api/auth/rollen.js';
import { type Diensten, maakDiensten } from '../api/diensten.js';
import { parseSignerKey } from '../logboek/note.js';
import { leesGetuigen } from '../logboek/sleutels.js';
import type { Beleid, BeleidBestand } from '../policy/index.js';
import type { Handtekening } from '../policy/ondertekening.js';
import { leesOpslagsleutels } from '../pseudonym/opslag.js';
import { openD1Store } from '../store/d1.js';
import { laadOndertekendBeleid, legBeleidsladingVastAlsNieuw } from '../use-cases/beleid-laden.js';
import { poortSleutelreeks } from '../use-cases/checkpointsleutel-wisselen.js';
import { controleerOpslagsleutels } from '../use-cases/opslagsleutel-controleren.js';
import { leesInlogconfiguratie } from '../werkplek/inlog-configuratie.js';
import { maakInlogdienst } from '../werkplek/oidc.js';
import type { PseudoniemModule } from '../werkplek/pseudoniem-module.js';
import { STIJL_PAD, type StijlBestand } from '../werkplek/stijl.js';
import { workerBezorging } from './bezorging.js';
import { jsonInstelling } from './json-instelling.js';

/** The bindings and secrets the Worker needs (wrangler.toml and `wrangler secret put`). */
export interface WorkerEnv {
  DB: D1Database;
  /** The static assets of wrangler.toml: the Swagger UI files of /v1/docs. */
  ASSETS?: Fetcher;
  OPSLAGSLEUTEL?: string;
  /** Distinct jurist signatures the bundled policy set needs (a var in wrangler.toml); default 0. */
  HANDTEKENINGEN?: string;
  /** The logboek's checkpoint key (secret), `PRIVATE+KEY+<origin>+...`. */
  CHECKPOINTSLEUTEL?: string;
  /** The witnesses' vkeys, one per line (a var). */
  GETUIGEN?: string;
  /** Seconds between checkpoints: 0 (default) after every write request, else only the cron. */
  CHECKPOINT_INTERVAL?: string;
  /**
   * Leaves per part of GET /v1/logboek/verificatie (default 2000): the Worker's CPU limit per
   * request bounds one part; the FG's client asks for the next with `vervolg`.
   */
  VERIFICATIE_DEEL?: string;
  /** The werkplek's login configuration (a var): JSON of the same shape as KETENPOORT_INLOGGEN. */
  INLOGGEN?: string;
  /** Per organisation its client secret (a secret): JSON `{ "organisatie": "geheim" }`. */
  INLOGGEHEIMEN?: string;
  /** Issue 18: per partner its webhook URL (a var): JSON `{ "partner": { "webhook": "https://..." } }`. */
  BEZORGADRESSEN?: string;
  /** Per partner its webhook signing secret (a secret): JSON `{ "partner": "whsec_..." }`. */
  BEZORGGEHEIMEN?: string;
  /** The queue that runs delivery rounds and their retries (wrangler.toml, Cloudflare Queues). */
  BEZORGING?: Queue;
  /** Where employees' browsers reach the sleutelbewaarder (a var); absent: no page pseudonymises. */
  SLEUTELBEWAARDER_URL?: string;
}

/** What `npm run bundel:worker` puts in the bundle. */
export interface Bundel {
  beleidBestanden: readonly BeleidBestand[];
  vertrouwensbron: Readonly<Record<string, VertrouwdeSleutel[]>>;
  handtekeningen?: readonly Handtekening[];
  /** The scenario files of policies/tests/ at build time, for the jurist's scenario page. */
  scenarioBestanden?: readonly BeleidBestand[];
  /** The werkplek's browser module, built by esbuild at bundle time. */
  pseudoniemModule?: PseudoniemModule;
  /** The script of the werkplek's pseudonymising pages, built with it. */
  paginaScript?: PseudoniemModule;
}

const Geheimen = z.object({
  OPSLAGSLEUTEL: z
    .string({ message: 'ontbreekt: zet hem met `wrangler secret put OPSLAGSLEUTEL`' })
    .trim()
    .regex(
      /^[A-Za-z0-9_-]{43}([\s,]+[A-Za-z0-9_-]{43})*$/,
      "moet 32 bytes in base64url zijn (43 tekens); na een rotatie meer, oudste eerst, gescheiden door komma's",
    ),
  HANDTEKENINGEN: z.coerce
    .number({ message: 'moet een aantal zijn, zoals 2' })
    .int()
    .min(0)
    .max(10)
    .default(0),
  CHECKPOINTSLEUTEL: z
    .string({ message: 'ontbreekt: zet hem met `wrangler secret put CHECKPOINTSLEUTEL`' })
    .trim()
    .startsWith('PRIVATE+KEY+', 'moet de vorm PRIVATE+KEY+<naam>+<keyid>+<sleutel> hebben'),
  GETUIGEN: z.string().default(''),
  CHECKPOINT_INTERVAL: z.coerce.number().int().min(0).default(0),
  VERIFICATIE_DEEL: z.coerce.number().int().min(1).default(2000),
});

/** Builds the services; throws naming the missing or wrong secret (fail closed). */
export async function workerDiensten(env: WorkerEnv, bundel: Bundel): Promise<Diensten> {
  const geheimen = Geheimen.safeParse(env);
  if (!geheimen.success) {
    const regels = geheimen.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige Worker-configuratie: ${regels.join('; ')}`);
  }
  const bron = new Map(Object.entries(bundel.vertrouwensbron));
  const geladen = await laadOndertekendBeleid(
    bundel.beleidBestanden,
    bundel.handtekeningen ?? [],
    juristSleutels(bron),
    geheimen.data.HANDTEKENINGEN,
    Date.now(),
  );
  const store = openD1Store(env.DB);
  const opslagsleutels = leesOpslagsleutels(geheimen.data.OPSLAGSLEUTEL);
  await controleerOpslagsleutels(store, opslagsleutels);
  const ondertekenaar = await parseSignerKey(geheimen.data.CHECKPOINTSLEUTEL);
  const diensten = maakDiensten({
    store,
    ...geladen,
    opslagsleutel: opslagsleutels,
    vertrouwensbron: bron,
    ondertekenaar,
    // The key handovers in D1's log, ending at this key; a key swapped without one is refused.
    sleutels: await poortSleutelreeks(store, ondertekenaar),
    getuigen: leesGetuigen(geheimen.data.GETUIGEN),
    checkpointInterval: geheimen.data.CHECKPOINT_INTERVAL,
    checkpoints: 'per-verzoek',
    verificatieDeel: geheimen.data.VERIFICATIE_DEEL,
    docsBestand: env.ASSETS ? docsUitAssets(env.ASSETS) : undefined,
    werkplek: {
      stijlBestand: env.ASSETS ? stijlUitAssets(env.ASSETS) : async () => undefined,
      inloggen: inlogdienst(env, geladen.beleid),
      scenarios: {
        bestanden: bundel.scenarioBestanden ?? [],
        herkomst: 'policies/tests/ bij het bouwen van de Worker (npm run bundel:worker)',
      },
      pseudoniemModule: bundel.pseudoniemModule,
      paginaScript: bundel.paginaScript,
      sleutelbewaarder: () => env.SLEUTELBEWAARDER_URL,
    },
    bezorging: workerBezorging(env, geladen.beleid, store, () => Date.now()),
  });
  await legBeleidsladingVastAlsNieuw(store, diensten.klok(), geladen, diensten.willekeurig);
  await diensten.logboek.checkpoint();
  return diensten;
}

/** The Swagger UI files from the Worker's static assets (copied there by bundel:worker). */
function docsUitAssets(assets: Fetcher): Diensten['docsBestand'] {
  return async (naam) => {
    const r = await assets.fetch(`https://assets.invalid/v1/docs/${naam}`);
    if (!r.ok) return undefined;
    const type = naam.endsWith('.css') ? 'text/css' : 'text/javascript';
    return { body: await r.text(), type };
  };
}

/** The werkplek's style sheets from the Worker's static assets (copied there by bundel:worker). */
function stijlUitAssets(assets: Fetcher): StijlBestand {
  return async (naam) => {
    const r = await assets.fetch(`https://assets.invalid${STIJL_PAD}/${naam}`);
    return r.ok ? await r.text() : undefined;
  };
}

/** The werkplek's logins from INLOGGEN and INLOGGEHEIMEN; none without INLOGGEN. */
function inlogdienst(env: WorkerEnv, beleid: Beleid) {
  if (!env.INLOGGEN) return undefined;
  const config = leesInlogconfiguratie(
    jsonInstelling('INLOGGEN', env.INLOGGEN),
    new Set(beleid.partners.keys()),
    jsonInstelling('INLOGGEHEIMEN', env.INLOGGEHEIMEN) as Record<string, string>,
  );
  return maakInlogdienst(config);
}

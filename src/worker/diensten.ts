/**
 * @module
 * The services of the Worker: D1 for storage, the policy set and partner keys bundled at
 * build time (Workers have no file system), keys from Worker secrets.
 */
import type { D1Database, Fetcher } from '@cloudflare/workers-types/index';
import { z } from 'zod';
import type { VertrouwdeSleutel } from '../api/auth/rollen.js';
import { maakTokenVerifier } from '../api/auth/token-verifier.js';
import { laadOndertekendBeleid } from '../api/beleid-lading.js';
import { type Diensten, uitgeslotenOpslag } from '../api/diensten.js';
import { foutVoorLog } from '../api/fout-log.js';
import { vanBase64url } from '../encoding/base64url.js';
import { beleidGeladen } from '../logboek/beleid-geladen.js';
import { maakCheckpoint } from '../logboek/checkpointer.js';
import { parseSignerKey } from '../logboek/note.js';
import { leesGetuigen } from '../logboek/sleutels.js';
import type { BeleidBestand } from '../policy/index.js';
import type { Handtekening } from '../policy/ondertekening.js';
import { D1Store } from '../store/d1.js';

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
}

/** What `npm run bundel:worker` puts in the bundle. */
export interface Bundel {
  beleidBestanden: readonly BeleidBestand[];
  vertrouwensbron: Readonly<Record<string, VertrouwdeSleutel[]>>;
  handtekeningen?: readonly Handtekening[];
}

const Geheimen = z.object({
  OPSLAGSLEUTEL: z
    .string({ message: 'ontbreekt: zet hem met `wrangler secret put OPSLAGSLEUTEL`' })
    .regex(/^[A-Za-z0-9_-]{43}$/, 'moet 32 bytes in base64url zijn (43 tekens)'),
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
});

/** Builds the services; throws naming the missing or wrong secret (fail closed). */
export async function workerDiensten(env: WorkerEnv, bundel: Bundel): Promise<Diensten> {
  const geheimen = Geheimen.safeParse(env);
  if (!geheimen.success) {
    const regels = geheimen.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige Worker-configuratie: ${regels.join('; ')}`);
  }
  const opslagsleutel = vanBase64url(geheimen.data.OPSLAGSLEUTEL);
  const klok = () => Date.now();
  const store = new D1Store(env.DB);
  const ondertekenaar = await parseSignerKey(geheimen.data.CHECKPOINTSLEUTEL);
  const logboek = {
    ondertekenaar,
    getuigen: leesGetuigen(geheimen.data.GETUIGEN),
    naElkeSchrijfactie: geheimen.data.CHECKPOINT_INTERVAL === 0,
    // Not shared between requests here: a round's D1 calls belong to the request that started
    // it, and Workers may cancel them with that request, leaving the others waiting.
    checkpoint: () => maakCheckpoint(store.boom, ondertekenaar, klok()),
  };
  const bron = new Map(Object.entries(bundel.vertrouwensbron));
  const { beleid, lading } = await laadOndertekendBeleid(
    bundel.beleidBestanden,
    bundel.handtekeningen ?? [],
    bron,
    geheimen.data.HANDTEKENINGEN,
    klok(),
  );
  const diensten: Diensten = {
    store,
    beleid,
    beleidLading: lading,
    uitgesloten: uitgeslotenOpslag(beleid, opslagsleutel),
    opslagsleutel,
    verifieerToken: maakTokenVerifier(bron, klok),
    klok,
    willekeurig: (n) => crypto.getRandomValues(new Uint8Array(n)),
    nieuwId: () => crypto.randomUUID(),
    logFout: (id, fout) => console.error(`[${id}] ${foutVoorLog(fout)}`),
    logboek,
    docsBestand: env.ASSETS ? docsUitAssets(env.ASSETS) : undefined,
  };
  await logBeleidAlsNieuw(
    diensten,
    beleid.hash,
    lading.ondertekenaars.map((o) => o.kid),
  );
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

/**
 * Every isolate loads the bundled set; the load is logged once per policy hash and set of
 * signers, not per isolate, so the logboek shows each change of policy or of its approval
 * and not every cold start.
 */
async function logBeleidAlsNieuw(d: Diensten, hash: string, ondertekenaars: string[]) {
  const d1 = (d.store as D1Store).d1;
  const laatste = await d1
    .prepare(
      "SELECT inhoud FROM logboek WHERE actie = 'beleid-geladen' ORDER BY volgnummer DESC LIMIT 1",
    )
    .first<{ inhoud: string }>();
  const nieuw = beleidGeladen(hash, ondertekenaars);
  if (laatste) {
    const vorige = JSON.parse(laatste.inhoud);
    if (vorige.beleid === hash && vorige.gebruiker === nieuw.concept.gebruiker) return;
  }
  await d.store.log(d.klok(), [nieuw]);
}

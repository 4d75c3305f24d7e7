/**
 * @module
 * Builds and starts the gateway in Node: configuration, policies, keys, SQLite, the app.
 * A policy set that does not load, or a missing key, stops the start with the reason.
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { maakApp } from '../api/app.js';
import { juristSleutels } from '../api/auth/rollen.js';
import { type Diensten, maakDiensten } from '../api/diensten.js';
import { foutVoorLog } from '../api/fout-log.js';
import type { Configuratie } from '../config/env.js';
import type { NoteSigner } from '../logboek/note.js';
import type { Sleutelreeks } from '../logboek/sleutelreeks.js';
import { type Beleid, laadBeleid } from '../policy/index.js';
import type { Opslagsleutels } from '../pseudonym/opslag.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.js';
import { laadOndertekendBeleid, legBeleidsladingVast } from '../use-cases/beleid-laden.js';
import { poortSleutelreeks } from '../use-cases/checkpointsleutel-wisselen.js';
import { toetsBewaardCheckpoint, weigerStart } from '../use-cases/herstel.js';
import { controleerOpslagsleutels } from '../use-cases/opslagsleutel-controleren.js';
import { ruimOpEnBewaak } from '../use-cases/uurtaak.js';
import type { WerkplekOpties } from '../werkplek/opties.js';
import { leesBeleidBestanden, leesHandtekeningen } from './beleid-lezen.js';
import { beveiligDatabase, maakPriveMap } from './bestandsrechten.js';
import { leesBewaardCheckpoint, schrijfBewaardCheckpoint } from './bewaard-checkpoint.js';
import { bezorgerUitConfiguratie } from './bezorging-opzet.js';
import { bouwPaginaScript, bouwPseudoniemModule } from './browser-module.js';
import { maakCheckpointBewaarder } from './checkpoint-bewaarder.js';
import { type DemoInlogdienst, demoAccounts, startDemoInlogdienst } from './demo-inlogdienst.js';
import { leesOpslagsleutel, zorgVoorDemo } from './demo-opzet.js';
import { weigerOprfSleutel } from './geen-oprf-sleutel.js';
import { nodeHmac } from './hmac.js';
import { nodeHasher } from './logboek-hash.js';
import {
  checkpointOndertekenaar,
  leesGetuigenBestand,
  zorgVoorLogboekDemo,
} from './logboek-sleutels.js';
import { metNodeOndertekening } from './note-ondertekenen.js';
import { leesVertrouwensbron } from './sleutels-lezen.js';
import { startWalCheckpointer, WAL_GRENS_ACHTERGROND } from './wal-checkpointer.js';
import { werkplekOpties } from './werkplek-opzet.js';

/** Retention runs at start and then hourly. */
const OPRUIMEN_ELKE_MS = 3_600_000;

export interface DraaiendeGateway {
  url: string;
  diensten: Diensten;
  /** Demo mode: per organisation the issuer of its demo identity provider. */
  demoIssuers?: ReadonlyMap<string, string> | undefined;
  stop(): Promise<void>;
}

/**
 * Loads everything and builds the services; logs the policy load in the logboek. `werkplek`
 * makes the pages' options from the loaded policy (default: from the configuration alone).
 */
export async function bouwDiensten(
  cfg: Configuratie,
  werkplek: (beleid: Beleid) => WerkplekOpties = (beleid) => werkplekOpties(cfg, beleid),
): Promise<Diensten> {
  weigerOprfSleutel(cfg.data);
  const bestanden = leesBeleidBestanden(cfg.beleid);
  if (cfg.demo) await zorgVoorDemo(cfg.data, cfg.sleutels, laadBeleid(bestanden));
  const vertrouwensbron = leesVertrouwensbron(cfg.sleutels);
  const geladen = await laadOndertekendBeleid(
    bestanden,
    leesHandtekeningen(cfg.beleid),
    juristSleutels(vertrouwensbron),
    cfg.handtekeningen,
    Date.now(),
  );
  if (cfg.demo) maakPriveMap(cfg.data);
  const opslagsleutel = leesOpslagsleutel(cfg);
  // node:crypto signs each checkpoint without a thread-pool job (src/node/note-ondertekenen.ts).
  const ondertekenaar = metNodeOndertekening(await checkpointOndertekenaar(cfg));
  if (cfg.demo) await zorgVoorLogboekDemo(cfg, [...geladen.beleid.partners.keys()], ondertekenaar);
  // startGateway copies the WAL into the database from a worker thread; this is the backstop.
  beveiligDatabase(cfg.database);
  const store = openSqliteStore(cfg.database, {
    walAutocheckpoint: WAL_GRENS_ACHTERGROND,
    hasher: nodeHasher,
  });
  const sleutels = await controleerBijStart(cfg, store, opslagsleutel, ondertekenaar).catch(
    async (fout) => {
      await store.close();
      throw fout;
    },
  );
  const bewaarder = maakCheckpointBewaarder(
    (checkpoint) => schrijfBewaardCheckpoint(cfg, checkpoint),
    (fout) => console.error(`Bewaard checkpoint niet geschreven: ${foutVoorLog(fout)}`),
  );
  store.bijSluiten(() => bewaarder.sluit());
  const diensten = maakDiensten({
    store,
    ...geladen,
    opslagsleutel,
    vertrouwensbron,
    ondertekenaar,
    sleutels,
    getuigen: leesGetuigenBestand(cfg.getuigen),
    checkpointInterval: cfg.checkpointInterval,
    checkpoints: 'gedeeld',
    hmac: nodeHmac,
    naCheckpoint: (checkpoint) => bewaarder.bewaar(checkpoint),
    docsBestand: swaggerBestanden(),
    // The browser module is built at start, in memory, so the pages serve this code's bytes.
    werkplek: {
      ...werkplek(geladen.beleid),
      pseudoniemModule: await bouwPseudoniemModule(),
      paginaScript: await bouwPaginaScript(),
    },
    bezorging: bezorgerUitConfiguratie(cfg, store, geladen.beleid, () => Date.now()),
  });
  await legBeleidsladingVast(store, diensten.klok(), geladen, diensten.willekeurig);
  await diensten.logboek.checkpoint();
  return diensten;
}

/**
 * Before anything is logged: the storage keys fit the stored pseudonyms, the checkpoint key is
 * the last of the log's key handovers, and the database's log reaches or acknowledges the last
 * checkpoint the gateway signed (kept outside it). Returns the log's key sequence.
 */
async function controleerBijStart(
  cfg: Configuratie,
  store: SqliteStore,
  opslagsleutels: Opslagsleutels,
  ondertekenaar: NoteSigner,
): Promise<Sleutelreeks> {
  await controleerOpslagsleutels(store, opslagsleutels);
  const sleutels = await poortSleutelreeks(store, ondertekenaar).catch((fout: Error) => {
    throw new Error(`De poort start niet: ${fout.message}.`);
  });
  const bewaard = leesBewaardCheckpoint(cfg);
  if (bewaard === undefined) return sleutels;
  const oordeel = await toetsBewaardCheckpoint(store, bewaard, sleutels);
  if (oordeel.uitslag === 'niet') throw weigerStart(oordeel);
  return sleutels;
}

/** What the gateway prints once the start's run of the hourly job is done (the benchmark waits). */
export const START_KLAAR = 'Opruimen en termijnen na de start klaar';

/** Starts the HTTP server; resolves once it listens. */
export async function startGateway(cfg: Configuratie): Promise<DraaiendeGateway> {
  const demo = cfg.demo ? await startDemo(cfg) : undefined;
  const diensten = await bouwDiensten(cfg, (beleid) => werkplekOpties(cfg, beleid, demo));
  const app = maakApp(diensten);
  const wal = cfg.database === ':memory:' ? undefined : startWalCheckpointer(cfg.database);
  /** One run of the hourly job; resolves whether it succeeded (a failure is logged). */
  const ruimOp = () =>
    ruimOpEnBewaak(diensten)
      .then(() => diensten.logboek.checkpoint())
      // Issue 18: at start and hourly a delivery round, so retries planned before survive.
      .then(() => diensten.bezorging?.aanstoten())
      .then(
        () => true,
        (fout) => {
          console.error(
            `Opruimen van verlopen signalen of checkpoint mislukt: ${foutVoorLog(fout)}`,
          );
          return false;
        },
      );
  // The job runs beside the requests, one run at a time: a start on a large database does not
  // wait for it (on 1,000,000 signals it reads every casus for seconds), and stop waits for a
  // run in progress before it closes the store.
  let lopend: Promise<boolean> | undefined;
  const ruimOpNaast = () => {
    lopend ??= ruimOp().finally(() => {
      lopend = undefined;
    });
    return lopend;
  };
  const gestart = performance.now();
  ruimOpNaast().then((gelukt) => {
    const s = ((performance.now() - gestart) / 1000).toFixed(1).replace('.', ',');
    if (gelukt) console.log(`${START_KLAAR} (${s} s).`);
  });
  const opruimer = setInterval(ruimOpNaast, OPRUIMEN_ELKE_MS);
  opruimer.unref();
  // With an interval, checkpoints are made here instead of after every write request.
  const checkpointer =
    cfg.checkpointInterval > 0
      ? setInterval(
          () =>
            diensten.logboek
              .checkpoint()
              .catch((fout) =>
                console.error(`Checkpoint van het logboek niet gemaakt: ${foutVoorLog(fout)}`),
              ),
          cfg.checkpointInterval * 1000,
        )
      : undefined;
  checkpointer?.unref();
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: cfg.poort, hostname: cfg.host },
      async (info) => {
        const url = `http://${cfg.host}:${info.port}`;
        const openbaar = cfg.openbareUrl ?? url;
        await demo?.dienst.registreer(`${openbaar}/inloggen/terug`, `${openbaar}/`);
        resolve({
          url,
          diensten,
          demoIssuers: demo?.dienst.issuers,
          stop: () => {
            clearInterval(opruimer);
            clearInterval(checkpointer);
            return new Promise<void>((klaar) =>
              server.close(() =>
                Promise.resolve(lopend)
                  .then(() => wal?.stop())
                  .then(() => demo?.dienst.stop())
                  .then(() => diensten.store.close())
                  .then(klaar),
              ),
            );
          },
        });
      },
    );
  });
}

/**
 * The demo identity providers, on the other loopback name than the gateway's, so that a
 * login crosses sites (127.0.0.1 and localhost are different sites to a browser).
 */
async function startDemo(cfg: Configuratie) {
  const accounts = demoAccounts(
    [...laadBeleid(leesBeleidBestanden(cfg.beleid)).partners.keys()],
    'ketenpoort',
  );
  const host = cfg.host === 'localhost' ? '127.0.0.1' : 'localhost';
  const dienst: DemoInlogdienst = await startDemoInlogdienst(accounts, {
    host,
    poort: cfg.demoInlogpoort,
  });
  return { dienst, accounts };
}

/** Serves the Swagger UI files from the installed swagger-ui-dist package. */
function swaggerBestanden(): Diensten['docsBestand'] {
  const map = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const types: Record<string, string> = { css: 'text/css', js: 'text/javascript' };
  return async (naam) => ({
    body: await readFile(join(map, naam), 'utf8'),
    type: types[naam.split('.').pop() ?? ''] ?? 'application/octet-stream',
  });
}

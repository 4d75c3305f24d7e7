/**
 * @module
 * Writes the Worker bundle (src/worker/bundel.gen.ts for the build): the policy files and the
 * partners' public keys and the werkplek's browser module, bundled into the Worker because it
 * has no file system. Creates the
 * demo keys first when absent.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Configuratie } from '../config/env.js';
import { beleidsbestanden } from '../policy/bestanden.js';
import { beleidHash, laadBeleid } from '../policy/index.js';
import { scenariobestanden } from '../policy/scenarios.js';
import { STIJL_BESTANDEN, STIJL_PAD } from '../werkplek/stijl.js';
import { leesBeleidBestanden, leesHandtekeningen } from './beleid-lezen.js';
import { bouwPaginaScript, bouwPseudoniemModule } from './browser-module.js';
import { zorgVoorDemo } from './demo-opzet.js';
import { leesVertrouwensbron } from './sleutels-lezen.js';

/** Where the bundle goes: the generated module and the folder of static assets. */
export interface BundelDoel {
  module: string;
  assets: string;
}

/** The Worker build: the files src/worker.ts imports and wrangler.toml's `[assets]` serves. */
export const WORKER_BUILD: BundelDoel = {
  module: 'src/worker/bundel.gen.ts',
  assets: 'dist/worker-assets',
};

/**
 * Writes the bundle module and the assets to `doel`; returns the policy hash, the number of
 * policy files and the partners of the policy set.
 */
export async function schrijfWorkerBundel(cfg: Configuratie, doel: BundelDoel = WORKER_BUILD) {
  // Scenario files are not policy (not in the hash); they travel apart, for the jurist's page.
  const alle = leesBeleidBestanden(cfg.beleid);
  const beleidBestanden = beleidsbestanden(alle);
  const scenarioBestanden = scenariobestanden(alle);
  const beleid = laadBeleid(beleidBestanden);
  if (cfg.demo) await zorgVoorDemo(cfg.data, cfg.sleutels, beleid);
  const vertrouwensbron = Object.fromEntries(leesVertrouwensbron(cfg.sleutels));
  const hash = beleidHash(beleidBestanden);
  const pseudoniemModule = await bouwPseudoniemModule();
  const paginaScript = await bouwPaginaScript();
  mkdirSync(dirname(doel.module), { recursive: true });
  writeFileSync(
    doel.module,
    `// Gemaakt door \`npm run bundel:worker\`; niet met de hand wijzigen en niet in git.
import type { VertrouwdeSleutel } from '../api/auth/rollen.js';
import type { BeleidBestand } from '../policy/index.js';
import type { Handtekening } from '../policy/ondertekening.js';
import type { PseudoniemModule } from '../werkplek/pseudoniem-module.js';

/** Beleidshash bij het bouwen: ${hash} */
export const beleidBestanden: readonly BeleidBestand[] = ${JSON.stringify(beleidBestanden, null, 2)};

/** The scenarios of policies/tests/, not part of the policy set or its hash: shown to the jurist. */
export const scenarioBestanden: readonly BeleidBestand[] = ${JSON.stringify(scenarioBestanden, null, 2)};

export const vertrouwensbron: Record<string, VertrouwdeSleutel[]> = ${JSON.stringify(vertrouwensbron, null, 2)};

/** The jurists' signatures on policy sets (policies/handtekeningen/*.jws). */
export const handtekeningen: readonly Handtekening[] = ${JSON.stringify(leesHandtekeningen(cfg.beleid), null, 2)};

/** The browser module for pseudonyms, the bytes Node builds at start (src/node/browser-module.ts). */
export const pseudoniemModule: PseudoniemModule = ${JSON.stringify(pseudoniemModule)};

/** The script of the werkplek's pseudonymising pages (src/werkplek/browser/pagina.ts). */
export const paginaScript: PseudoniemModule = ${JSON.stringify(paginaScript)};
`,
  );
  kopieerDocsBestanden(doel.assets);
  kopieerWerkplekStijl(doel.assets);
  return {
    hash,
    bestanden: beleidBestanden.length,
    partners: [...beleid.partners.keys()],
    partnersMetSleutels: Object.keys(vertrouwensbron).length,
  };
}

/** Copies the Swagger UI files of /v1/docs, which Node serves from node_modules. */
function kopieerDocsBestanden(assets: string): void {
  const bron = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const doel = join(assets, 'v1', 'docs');
  mkdirSync(doel, { recursive: true });
  for (const naam of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
    copyFileSync(join(bron, naam), join(doel, naam));
  }
}

/** Copies the werkplek's NL Design System style sheets, which Node serves from node_modules. */
function kopieerWerkplekStijl(assets: string): void {
  const require = createRequire(import.meta.url);
  const doel = join(assets, ...STIJL_PAD.split('/').filter(Boolean));
  mkdirSync(doel, { recursive: true });
  for (const [naam, pakketBestand] of Object.entries(STIJL_BESTANDEN)) {
    copyFileSync(require.resolve(pakketBestand), join(doel, naam));
  }
}

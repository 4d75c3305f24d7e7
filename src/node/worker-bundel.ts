/**
 * @module
 * Writes src/worker/bundel.gen.ts: the policy files and the partners' public keys, bundled
 * into the Worker because it has no file system. Creates the demo keys first when absent.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Configuratie } from '../config/env.js';
import { base64url } from '../encoding/base64url.js';
import { nieuweSleutel } from '../logboek/sleutels.js';
import { beleidsbestanden } from '../policy/bestanden.js';
import { beleidHash, laadBeleid } from '../policy/index.js';
import { leesBeleidBestanden, leesHandtekeningen } from './beleid-lezen.js';
import { zorgVoorDemo } from './demo-opzet.js';
import { zorgVoorGetuigenDemo } from './logboek-sleutels.js';
import { leesVertrouwensbron } from './sleutels-lezen.js';

/** Writes the bundle module; returns the policy hash and the number of partners with keys. */
export async function schrijfWorkerBundel(cfg: Configuratie) {
  // Scenario files are not policy: the Worker needs only what the hash covers.
  const beleidBestanden = beleidsbestanden(leesBeleidBestanden(cfg.beleid));
  const beleid = laadBeleid(beleidBestanden);
  if (cfg.demo) {
    await zorgVoorDemo(cfg.data, cfg.sleutels, beleid);
    zorgVoorDevGeheimen('.dev.vars');
    await zorgVoorWorkerLogboek('.dev.vars', cfg, [...beleid.partners.keys()]);
  }
  const vertrouwensbron = Object.fromEntries(leesVertrouwensbron(cfg.sleutels));
  const hash = beleidHash(beleidBestanden);
  mkdirSync('src/worker', { recursive: true });
  writeFileSync(
    'src/worker/bundel.gen.ts',
    `// Gemaakt door \`npm run bundel:worker\`; niet met de hand wijzigen en niet in git.
import type { VertrouwdeSleutel } from '../api/auth/rollen.js';
import type { BeleidBestand } from '../policy/index.js';
import type { Handtekening } from '../policy/ondertekening.js';

/** Beleidshash bij het bouwen: ${hash} */
export const beleidBestanden: readonly BeleidBestand[] = ${JSON.stringify(beleidBestanden, null, 2)};

export const vertrouwensbron: Record<string, VertrouwdeSleutel[]> = ${JSON.stringify(vertrouwensbron, null, 2)};

/** The jurists' signatures on policy sets (policies/handtekeningen/*.jws). */
export const handtekeningen: readonly Handtekening[] = ${JSON.stringify(leesHandtekeningen(cfg.beleid), null, 2)};
`,
  );
  kopieerDocsBestanden(WORKER_ASSETS);
  return { hash, bestanden: beleidBestanden.length, partners: Object.keys(vertrouwensbron).length };
}

/** The Worker secrets that `wrangler dev` reads from `.dev.vars`, each a fresh random key. */
const DEV_GEHEIMEN = ['OPSLAGSLEUTEL'] as const;

/**
 * Demo mode: gives `npm run dev:worker` its secrets. Adds each missing one to `.dev.vars`
 * (not in git) as 32 random bytes; existing values are kept.
 */
function zorgVoorDevGeheimen(pad: string): void {
  const bestaand = existsSync(pad) ? readFileSync(pad, 'utf8') : '';
  const ontbrekend = DEV_GEHEIMEN.filter((naam) => !new RegExp(`^${naam}=`, 'm').test(bestaand));
  if (ontbrekend.length === 0) return;
  const regels = ontbrekend.map(
    (naam) => `${naam}=${base64url(crypto.getRandomValues(new Uint8Array(32)))}`,
  );
  const scheiding = bestaand === '' || bestaand.endsWith('\n') ? '' : '\n';
  writeFileSync(pad, `${bestaand}${scheiding}${regels.join('\n')}\n`, { mode: 0o600 });
}

/**
 * Demo mode: the local Worker's own logboek key (another origin than the Node demo's: they
 * are two logs) in `.dev.vars`, its vkey in `<data>/demo/worker-logboek.vkey`, and the demo
 * witnesses' vkeys as GETUIGEN.
 */
async function zorgVoorWorkerLogboek(pad: string, cfg: Configuratie, partners: string[]) {
  const bestaand = existsSync(pad) ? readFileSync(pad, 'utf8') : '';
  const regels: string[] = [];
  if (!/^CHECKPOINTSLEUTEL=/m.test(bestaand)) {
    const sleutel = await nieuweSleutel('worker.demo.ketenpoort.example/logboek');
    mkdirSync(join(cfg.data, 'demo'), { recursive: true });
    writeFileSync(join(cfg.data, 'demo', 'worker-logboek.vkey'), `${sleutel.vkey}\n`);
    regels.push(`CHECKPOINTSLEUTEL=${sleutel.skey}`);
  }
  if (!/^GETUIGEN=/m.test(bestaand)) {
    await zorgVoorGetuigenDemo(cfg, partners);
    const vkeys = readFileSync(cfg.getuigen, 'utf8').split(/\s+/).filter(Boolean);
    regels.push(`GETUIGEN="${vkeys.join(' ')}"`);
  }
  if (regels.length === 0) return;
  const scheiding = bestaand === '' || bestaand.endsWith('\n') ? '' : '\n';
  writeFileSync(pad, `${bestaand}${scheiding}${regels.join('\n')}\n`, { mode: 0o600 });
}

/** The static assets of the Worker (`[assets]` in wrangler.toml), served before the Worker runs. */
export const WORKER_ASSETS = 'dist/worker-assets';

/** Copies the Swagger UI files of /v1/docs, which Node serves from node_modules. */
function kopieerDocsBestanden(assets: string): void {
  const bron = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const doel = join(assets, 'v1', 'docs');
  mkdirSync(doel, { recursive: true });
  for (const naam of ['swagger-ui.css', 'swagger-ui-bundle.js']) {
    copyFileSync(join(bron, naam), join(doel, naam));
  }
}

/**
 * @module
 * `npm run bundel:worker`: writes src/worker/bundel.gen.ts with the policy files and the
 * partners' public keys, because a Worker has no file system. Node entry (build step).
 * Creates the demo keys first when the key folder does not exist yet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { leesConfiguratie } from '../config/env.js';
import { leesBeleidBestanden } from '../node/beleid-lezen.js';
import { zorgVoorDemo } from '../node/demo-opzet.js';
import { leesVertrouwensbron } from '../node/sleutels-lezen.js';
import { beleidHash, laadBeleid } from '../policy/index.js';

const cfg = leesConfiguratie(process.env);
const beleidBestanden = leesBeleidBestanden(cfg.beleid);
const beleid = laadBeleid(beleidBestanden);
if (cfg.demo) await zorgVoorDemo(cfg.data, cfg.sleutels, beleid);
const vertrouwensbron = Object.fromEntries(leesVertrouwensbron(cfg.sleutels));

mkdirSync('src/worker', { recursive: true });
writeFileSync(
  'src/worker/bundel.gen.ts',
  `// Gemaakt door \`npm run bundel:worker\`; niet met de hand wijzigen en niet in git.
import type { VertrouwdeSleutel } from '../api/auth/rollen.js';
import type { BeleidBestand } from '../policy/index.js';

/** Beleidshash bij het bouwen: ${beleidHash(beleidBestanden)} */
export const beleidBestanden: readonly BeleidBestand[] = ${JSON.stringify(beleidBestanden, null, 2)};

export const vertrouwensbron: Record<string, VertrouwdeSleutel[]> = ${JSON.stringify(vertrouwensbron, null, 2)};
`,
);
console.log(
  `Workerbundel geschreven: ${beleidBestanden.length} beleidsbestanden (hash ${beleidHash(beleidBestanden)}), sleutels van ${Object.keys(vertrouwensbron).length} partners.`,
);

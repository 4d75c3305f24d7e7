/**
 * @module
 * `npm run bundel:worker`: writes src/worker/bundel.gen.ts for the Worker build (Node entry),
 * and in demo mode the `.dev.vars` that `npm run dev:worker` needs.
 */
import { leesConfiguratie } from '../config/env.js';
import { schrijfWorkerBundel } from '../node/worker-bundel.js';
import { zorgVoorDevVars } from '../node/worker-dev-vars.js';

const cfg = leesConfiguratie(process.env);
const { hash, bestanden, partners, partnersMetSleutels } = await schrijfWorkerBundel(cfg);
if (cfg.demo) await zorgVoorDevVars(cfg, partners, '.dev.vars');
console.log(
  `Workerbundel geschreven: ${bestanden} beleidsbestanden (hash ${hash}), sleutels van ${partnersMetSleutels} partners.`,
);

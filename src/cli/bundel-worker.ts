/**
 * @module
 * `npm run bundel:worker`: writes src/worker/bundel.gen.ts for the Worker build (Node entry).
 */
import { leesConfiguratie } from '../config/env.js';
import { schrijfWorkerBundel } from '../node/worker-bundel.js';

const { hash, bestanden, partners } = await schrijfWorkerBundel(leesConfiguratie(process.env));
console.log(
  `Workerbundel geschreven: ${bestanden} beleidsbestanden (hash ${hash}), sleutels van ${partners} partners.`,
);

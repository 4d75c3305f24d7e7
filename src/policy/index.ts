/**
 * @module
 * The policy engine: load the jurist's YAML files into a Beleid, hash them, and decide every
 * disclosure by the two-key rule.
 *
 * @example
 * const beleid = laadBeleid(bestanden);
 * const besluit = beslis(beleid, { bron: 'vtgv', ontvanger: 'zorgcoordinator-gv', doel: 'zorgcoordinatie',
 *   signaal: { uitbuitingsvormen: ['seksuele_uitbuiting'], sterkte: 'zacht', rol: 'slachtoffer' } });
 */

export type {
  Beleid,
  Besluit,
  Doel,
  Grondslag,
  Partner,
  Stapelregel,
  Uitgesloten,
  Vraag,
} from './beleid.js';
export { BeleidFout, type BeleidMelding, formatteerMelding, type Positie } from './beleid-fout.js';
export { beslis } from './beslis.js';
export type { BeleidBestand } from './bestanden.js';
export { beleidHash } from './hash.js';
export { laadBeleid } from './laad.js';
export { beslisOverdracht, type OverdrachtBesluit } from './overdracht.js';
export {
  DoelenBestandSchema,
  GrondslagenBestandSchema,
  PartnersBestandSchema,
  RegelsBestandSchema,
  UitgeslotenBestandSchema,
} from './schema.js';

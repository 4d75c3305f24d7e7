/**
 * @module
 * How a stored signal looks to its owner.
 */
import type { Signaal } from '../matching/signaal.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The owner's view of a signal. */
export function signaalWeergave(s: Signaal) {
  return {
    id: s.id,
    rol: s.rol,
    uitbuitingsvormen: s.uitbuitingsvormen,
    sterkte: s.sterkte,
    gemeente: s.gemeente,
    doel: s.doel,
    ...(s.doelen && s.doelen.length > 1 && { doelen: [...s.doelen] }),
    nietInformeren: s.nietInformeren,
    referentie: s.referentie,
    geregistreerdOp: iso(s.geregistreerdOp),
    vervaltOp: iso(s.vervaltOp),
    ingetrokkenOp: s.ingetrokkenOp === null ? null : iso(s.ingetrokkenOp),
  };
}

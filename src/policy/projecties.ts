/**
 * @module
 * Walking the signal space cheaply: a cell's outcome depends only on the vormen its rules
 * name, so one representative class per projection on those vormen (times sterkte and rol)
 * stands for all classes with the same projection. Exact, not sampled.
 */
import type { Beleid } from './beleid.js';
import { signaalklassen } from './signaalruimte.js';
import { TABEL, type Tabel } from './tabel.js';

/** The vorm bits any rule of the cell (bron, ontvanger, doel) names; 0 when no rule lands in it. */
export function vormMasker(b: Beleid, bron: string, ontvanger: string, doel: string): number {
  const cel = (b as Beleid & { [TABEL]: Tabel })[TABEL].cellen.get(bron)?.get(ontvanger)?.get(doel);
  let m = 0;
  for (const r of [...(cel?.toestaan ?? []), ...(cel?.verbieden ?? [])]) m |= r.vormen;
  return m;
}

const PROJECTIES = new Map<number, Map<number, number[]>>();

/** Classes grouped by (vormen & masker, sterkte, rol): representative index -> all members. */
export function projecties(masker: number): ReadonlyMap<number, readonly number[]> {
  let p = PROJECTIES.get(masker);
  if (p) return p;
  p = new Map();
  const eerste = new Map<string, number>();
  for (const k of signaalklassen()) {
    const sleutel = `${k.vormen & masker}|${k.sterkte}|${k.rol}`;
    const rep = eerste.get(sleutel) ?? k.index;
    eerste.set(sleutel, rep);
    const leden = p.get(rep) ?? [];
    leden.push(k.index);
    p.set(rep, leden);
  }
  PROJECTIES.set(masker, p);
  return p;
}

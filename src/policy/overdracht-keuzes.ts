/**
 * @module
 * The choices an owner has when it hands one of its own signals over (issue 20): the
 * partners, the ketenrollen and the doelen for which the two-key decision of issue 16 allows
 * an overdracht of this signal. The owner knows its own signal, so nothing here tells it
 * what its policy does not; the werkplek offers only these, the API still decides each one.
 */
import type { Beleid, Vraag } from './beleid.js';
import { beslisOverdracht } from './overdracht.js';

/** What the owner may choose: each partner with the doelen allowed toward it. */
export interface OverdrachtKeuzes {
  /** Partner id to the doelen for which the overdracht is allowed, in policy order. */
  partners: ReadonlyMap<string, readonly string[]>;
  /** Filled ketenrollen whose partner is among {@link partners}: role to partner id. */
  ketenrollen: ReadonlyMap<string, string>;
  /** Every doel allowed toward at least one partner, in policy order. */
  doelen: readonly string[];
}

/**
 * The allowed overdrachten of `signaal` by `bron`.
 * @example overdrachtKeuzes(beleid, 'vtgv', signaal).ketenrollen.get('zorgcoordinator')
 */
export function overdrachtKeuzes(
  beleid: Beleid,
  bron: string,
  signaal: Vraag['signaal'],
): OverdrachtKeuzes {
  const partners = new Map<string, string[]>();
  for (const ontvanger of beleid.partners.keys()) {
    const doelen = [...beleid.doelen.keys()].filter(
      (doel) => beslisOverdracht(beleid, { bron, ontvanger, doel, signaal }).toegestaan,
    );
    if (doelen.length > 0) partners.set(ontvanger, doelen);
  }
  const ketenrollen = new Map<string, string>();
  for (const [rol, partner] of beleid.ketenrollen ?? []) {
    if (partner && partners.has(partner)) ketenrollen.set(rol, partner);
  }
  const toegestaan = new Set([...partners.values()].flat());
  return {
    partners,
    ketenrollen,
    doelen: [...beleid.doelen.keys()].filter((d) => toegestaan.has(d)),
  };
}

/**
 * @module
 * Explain a question whose sterkte or rol is left open: decide it for every value and group
 * the values with the same outcome, so a jurist sees at once where the answer changes.
 */
import type { Beleid, Vraag } from './beleid.js';
import { ROLLEN, type Rol, STERKTES, type Sterkte } from './categorieen.js';
import { type Uitleg, uitleg } from './uitleg.js';

/** A question with an optional sterkte and rol: absent means "every value". */
export interface OpenVraag {
  bron: string;
  ontvanger: string;
  doel: string;
  signaal: {
    uitbuitingsvormen: Vraag['signaal']['uitbuitingsvormen'];
    sterkte?: Sterkte;
    rol?: Rol;
  };
}

/** One outcome and the signals (sterkte, rol) that lead to it; `uitleg` is for the first of them. */
export interface UitlegGroep {
  signalen: Array<{ sterkte: Sterkte; rol: Rol }>;
  uitleg: Uitleg;
}

/** Explains every (sterkte, rol) the question leaves open; groups equal outcomes, in list order. */
export function uitlegGroepen(beleid: Beleid, vraag: OpenVraag): UitlegGroep[] {
  const groepen = new Map<string, UitlegGroep>();
  for (const sterkte of vraag.signaal.sterkte ? [vraag.signaal.sterkte] : STERKTES) {
    for (const rol of vraag.signaal.rol ? [vraag.signaal.rol] : ROLLEN) {
      const u = uitleg(beleid, { ...vraag, signaal: { ...vraag.signaal, sterkte, rol } });
      // The reden names the outcome and every rule behind it: equal redenen, equal outcomes.
      const sleutel = `${u.besluit.reden}\u0000${u.besluit.gegevens.join(',')}`;
      const groep = groepen.get(sleutel);
      if (groep) groep.signalen.push({ sterkte, rol });
      else groepen.set(sleutel, { signalen: [{ sterkte, rol }], uitleg: u });
    }
  }
  return [...groepen.values()];
}

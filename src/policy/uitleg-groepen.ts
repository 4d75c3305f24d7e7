/**
 * @module
 * Explain a question whose sterkte or rol is left open: decide it for every value and group
 * the values with the same outcome, so a jurist sees at once where the answer changes.
 */
import type { Beleid, Vraag } from './beleid.js';
import { ROLLEN, type Rol, STERKTES, type Sterkte } from './categorieen.js';
import type { Status } from './terugkoppeling-woorden.js';
import { type Uitleg, uitleg } from './uitleg.js';
import { uitlegOverdracht, uitlegStatus } from './uitleg-na-overlap.js';
import { overdrachtUitlegTekst, statusUitlegTekst } from './uitleg-na-overlap-tekst.js';
import { uitlegTekst } from './uitleg-tekst.js';

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

/** Which decision to explain: a verstrekking, an overdracht (issue 16) or a status's visibility. */
export type UitlegSoort =
  | { soort: 'verstrekking' }
  | { soort: 'overdracht' }
  | { soort: 'status'; status: Status };

/** One outcome of any kind, as Dutch text, and the signals that lead to it. */
export interface TekstGroep {
  signalen: Array<{ sterkte: Sterkte; rol: Rol }>;
  toegestaan: boolean;
  tekst: string;
}

/**
 * Explains every (sterkte, rol) the question leaves open for the decision `wat`, and groups
 * equal outcomes; what `ketenpoort beleid uitleg` prints and the jurist's page shows.
 */
export function uitlegTekstGroepen(
  beleid: Beleid,
  vraag: OpenVraag,
  wat: UitlegSoort,
): TekstGroep[] {
  if (wat.soort === 'verstrekking')
    return uitlegGroepen(beleid, vraag).map((g) => ({
      signalen: g.signalen,
      toegestaan: g.uitleg.besluit.toegestaan,
      tekst: uitlegTekst(beleid, g.uitleg),
    }));
  const groepen = new Map<string, TekstGroep>();
  for (const sterkte of vraag.signaal.sterkte ? [vraag.signaal.sterkte] : STERKTES) {
    for (const rol of vraag.signaal.rol ? [vraag.signaal.rol] : ROLLEN) {
      const v = { ...vraag, signaal: { ...vraag.signaal, sterkte, rol } };
      const { toegestaan, tekst, sleutel } = legUit(beleid, v, wat);
      const groep = groepen.get(sleutel);
      if (groep) groep.signalen.push({ sterkte, rol });
      else groepen.set(sleutel, { signalen: [{ sterkte, rol }], toegestaan, tekst });
    }
  }
  return [...groepen.values()];
}

/** One overdracht or status explained; like uitlegGroepen, the reden keys the outcome. */
function legUit(
  beleid: Beleid,
  v: Vraag,
  wat: Exclude<UitlegSoort, { soort: 'verstrekking' }>,
): { toegestaan: boolean; tekst: string; sleutel: string } {
  if (wat.soort === 'overdracht') {
    const u = uitlegOverdracht(beleid, v);
    return {
      toegestaan: u.besluit.toegestaan,
      tekst: overdrachtUitlegTekst(beleid, u),
      sleutel: `${u.besluit.reden}\u0000${u.besluit.gegevens.join(',')}`,
    };
  }
  const u = uitlegStatus(beleid, v, wat.status);
  return {
    toegestaan: u.zichtbaar,
    tekst: statusUitlegTekst(beleid, u),
    sleutel: `${u.verstrekking.besluit.reden}\u0000${u.reden}\u0000${u.genoemd}\u0000${u.regels.join(',')}`,
  };
}

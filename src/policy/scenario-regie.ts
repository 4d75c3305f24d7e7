/**
 * @module
 * The outcome of a scenario about regie or a stapelregel (issue 17), from the gateway's own
 * decisions: `regieZicht` (what a member learns of the regisseur) and the counting rule of a
 * stapel (a stapelregel to the recipient for the doel, of the signal's sterkte, and the bron's
 * rule letting the recipient know; the notice carries what both allow).
 */
import type { Beleid, Vraag } from './beleid.js';
import { beslis } from './beslis.js';
import { VELDEN } from './categorieen.js';
import { regieZicht } from './regie-zicht.js';

/** Decides a `regie` or `stapel` question. */
export function regieUitkomst(beleid: Beleid, soort: 'regie' | 'stapel', vraag: Vraag) {
  const volgorde = VELDEN.filter((v) => v !== 'bestaan');
  if (soort === 'regie') {
    const lid = (partner: string, doel: string) => ({
      id: partner,
      partner,
      doel,
      ...vraag.signaal,
    });
    const z = regieZicht(beleid, lid(vraag.bron, vraag.doel), lid(vraag.ontvanger, vraag.doel));
    return {
      toegestaan: z !== undefined,
      gegevens: z ? z.gegevens.filter((g) => g !== 'bestaan') : [],
      volgorde,
      regels: z?.regels ?? [],
      grondslagen: z?.grondslagen ?? [],
      tekst: z
        ? `${vraag.ontvanger} ziet dat ${z.gegevens.includes('partner') ? vraag.bron : 'een partner'} de regie heeft, onder ${z.regels.join(', ')}.`
        : `${vraag.ontvanger} ziet niets van de regie van ${vraag.bron}: diens regel geeft het zelfs het bestaan niet.`,
      dekt: z?.regels ?? [],
    };
  }
  const b = beslis(beleid, vraag);
  const regel = (beleid.stapelregels ?? []).find(
    (r) =>
      r.ontvanger === vraag.ontvanger &&
      r.doel === vraag.doel &&
      r.sterkte.includes(vraag.signaal.sterkte),
  );
  const toegestaan = regel !== undefined && b.toegestaan;
  return {
    toegestaan,
    gegevens: toegestaan
      ? b.gegevens.filter((g) => (regel.gegevens as readonly string[]).includes(g))
      : [],
    volgorde,
    regels: toegestaan ? [regel.id, ...b.regels] : [],
    grondslagen: toegestaan ? b.grondslagen : [],
    tekst: !regel
      ? `Geen stapelregel aan ${vraag.ontvanger} voor doel ${vraag.doel} over signalen van deze sterkte.`
      : toegestaan
        ? `Telt mee in ${regel.id}, onder ${b.regels.join(', ')}.`
        : `Telt niet mee in ${regel.id}: ${b.reden}`,
    dekt: toegestaan ? [regel.id, ...b.regels] : [],
  };
}

/**
 * @module
 * partners.yaml `regio` (issue 19) as the model holds it: the CBS codes once each, and every
 * gemeente a partner names among them, so no figure can count a gemeente outside the region.
 */
import type { Regio } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { GeparsdBestand } from './posities.js';
import type { PartnersBestand } from './schema.js';
import { STANDAARD_DREMPEL } from './schema-regio.js';

/** The region of partners.yaml, or undefined when the file names none; errors into `fouten`. */
export function regio(
  c: { b: GeparsdBestand; w: PartnersBestand },
  fouten: BeleidMelding[],
  grondslagen: ReadonlyMap<string, unknown>,
): Regio | undefined {
  const r = c.w.regio;
  if (!r) return undefined;
  const gemeenten = new Map<string, string>();
  r.gemeenten.forEach((g, i) => {
    if (gemeenten.has(g.code)) {
      fouten.push({
        ...c.b.positie(['regio', 'gemeenten', i, 'code']),
        melding: `De gemeentecode ${g.code} staat twee keer onder regio.gemeenten in ${c.b.pad}.`,
      });
    }
    gemeenten.set(g.code, g.naam);
  });
  c.w.partners.forEach((p, i) => {
    p.gemeenten.forEach((code, j) => {
      if (gemeenten.has(code)) return;
      fouten.push({
        ...c.b.positie(['partners', i, 'gemeenten', j]),
        melding: `Partner '${p.id}' noemt gemeente ${code}, maar die staat niet onder regio.gemeenten in ${c.b.pad} (${r.bron}, peildatum ${r.peildatum}). Voeg de gemeente aan de regio toe of haal haar bij de partner weg.`,
      });
    });
  });
  r.grondslagen.forEach((g, i) => {
    if (grondslagen.has(g)) return;
    fouten.push({
      ...c.b.positie(['regio', 'grondslagen', i]),
      melding: `De grondslag '${g}' van de cijfers staat niet in grondslagen.yaml.`,
    });
  });
  const drempel = r.drempel ?? STANDAARD_DREMPEL;
  return Object.freeze({
    naam: r.naam,
    bron: r.bron,
    peildatum: r.peildatum,
    gemeenten,
    drempel,
    grondslagen: [...r.grondslagen],
  });
}

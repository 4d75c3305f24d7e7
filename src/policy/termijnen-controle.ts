/**
 * @module
 * termijnen.yaml checked against the rest of the set (issue 17): the escalation partner is a
 * partner or a ketenrol (resolved here), and a gelijkgestelde dag is a real date, named once.
 */
import type { Termijnen } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { Catalogi } from './catalogus.js';
import type { Model } from './model.js';

/** The termijnen of termijnen.yaml, with every problem added to `fouten`. */
export function leesTermijnen(
  model: Model,
  c: NonNullable<Catalogi['termijnen']>,
  fouten: BeleidMelding[],
): Termijnen {
  const { b, w } = c;
  let escalatie: string | null = null;
  if (w.escalatie !== undefined) {
    if (model.partners.has(w.escalatie)) escalatie = w.escalatie;
    else if (model.ketenrollen.has(w.escalatie))
      escalatie = model.ketenrollen.get(w.escalatie) ?? null;
    else {
      fouten.push({
        ...b.positie(['escalatie']),
        melding: `Escalatie '${w.escalatie}' is geen partner en geen ketenrol uit partners.yaml. Noem een partner-id of een ketenrol, zoals meldpunt.`,
      });
    }
  }
  const gezien = new Set<string>();
  w.gelijkgesteld.forEach((g, i) => {
    const t = Date.parse(`${g.datum}T00:00:00.000Z`);
    const echt = !Number.isNaN(t) && new Date(t).toISOString().startsWith(g.datum);
    if (!echt || gezien.has(g.datum)) {
      fouten.push({
        ...b.positie(['gelijkgesteld', i, 'datum']),
        melding: echt
          ? `De dag ${g.datum} staat twee keer onder gelijkgesteld; houd er een over.`
          : `${g.datum} is geen bestaande datum.`,
      });
    }
    gezien.add(g.datum);
  });
  return {
    overdracht: w.termijnen.overdracht,
    regie: w.termijnen.regie,
    casus: w.termijnen.casus,
    escalatie,
    gelijkgesteld: w.gelijkgesteld.map((g) => Object.freeze({ ...g })),
  };
}

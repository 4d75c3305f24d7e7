/**
 * @module
 * `ketenpoort beleid check` in one function: every error that stops the set from loading, and
 * every warning about a set that loads, each with file, line and column.
 */
import type { Beleid } from './beleid.js';
import { BeleidFout, type BeleidMelding } from './beleid-fout.js';
import { type BeleidBestand, beleidsbestanden } from './bestanden.js';
import { schemaRegel } from './json-schema.js';
import { bouwModel, compileerSet } from './laad.js';
import type { Model } from './model.js';
import { TABEL, type Tabel } from './tabel.js';
import { waarschuwingen } from './waarschuwingen.js';

/** The outcome of a check; `beleid` and `model` are set only when there are no errors. */
export interface Controle {
  beleid: Beleid | undefined;
  model: Model | undefined;
  fouten: BeleidMelding[];
  waarschuwingen: BeleidMelding[];
}

/** Checks a policy set like `laadBeleid` does, and adds the warnings. Never throws a BeleidFout. */
export function controleerBeleid(bestanden: readonly BeleidBestand[]): Controle {
  const { model, fouten } = bouwModel(bestanden);
  if (model === undefined || fouten.length > 0)
    return { beleid: undefined, model: undefined, fouten: gesorteerd(fouten), waarschuwingen: [] };
  const beleid = compileerSet(model, bestanden);
  const tabel = (beleid as Beleid & { [TABEL]: Tabel })[TABEL];
  return {
    beleid,
    model,
    fouten: [],
    waarschuwingen: gesorteerd([...schemaVerwijzingen(bestanden), ...waarschuwingen(model, tabel)]),
  };
}

/** A policy file without the editor's schema line: the jurist would type without help. */
export function schemaVerwijzingen(bestanden: readonly BeleidBestand[]): BeleidMelding[] {
  const uit: BeleidMelding[] = [];
  for (const { pad, tekst } of beleidsbestanden(bestanden)) {
    const verwijzing = schemaRegel(pad);
    if (verwijzing === undefined || /^#\s*yaml-language-server:\s*\$schema=/m.test(tekst)) continue;
    uit.push({
      bestand: pad,
      regel: 1,
      kolom: 1,
      melding: `De verwijzing naar het schema ontbreekt. Zet bovenaan '${verwijzing}', dan vult uw editor (VS Code met de YAML-extensie) sleutels aan en wijst fouten aan tijdens het typen.`,
    });
  }
  return uit;
}

/** In file order, the order BeleidFout uses. */
function gesorteerd(meldingen: BeleidMelding[]): BeleidMelding[] {
  return meldingen.length === 0 ? [] : new BeleidFout(meldingen).fouten;
}

/**
 * @module
 * stapelregels.yaml checked against the rest of the set (issue 17): the recipient is a partner
 * or a ketenrol (resolved here) that may receive for the rule's doel, the doel exists, and
 * every rule id is unique in the whole policy.
 */
import type { Stapelregel } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { Catalogi } from './catalogus.js';
import type { Model } from './model.js';

/** The stapelregels of stapelregels.yaml, with every problem added to `fouten`. */
export function leesStapelregels(
  model: Model,
  c: NonNullable<Catalogi['stapelregels']>,
  fouten: BeleidMelding[],
): Stapelregel[] {
  const { b, w } = c;
  const ids = new Set<string>();
  return w.stapelregels.map((r, i) => {
    const plek = (veld: string) => b.positie(['stapelregels', i, veld]);
    const fout = (veld: string, melding: string) => fouten.push({ ...plek(veld), melding });
    if (ids.has(r.id)) fout('id', `Regel-id '${r.id}' komt twee keer voor; kies een unieke id.`);
    ids.add(r.id);
    if (!model.doelen.has(r.doel)) fout('doel', `Doel '${r.doel}' staat niet in doelen.yaml.`);
    let ontvanger: string | null = null;
    if (model.partners.has(r.aan)) ontvanger = r.aan;
    else if (model.ketenrollen.has(r.aan)) ontvanger = model.ketenrollen.get(r.aan) ?? null;
    else fout('aan', `'${r.aan}' is geen partner en geen ketenrol uit partners.yaml.`);
    if (r.partners > r.minimaal) {
      fout(
        'partners',
        'Er kunnen niet meer partners zijn dan signalen: maak partners hoogstens minimaal.',
      );
    }
    return { ...r, ontvanger, positie: plek('id') };
  });
}

/**
 * @module
 * The default regisseurs of partners.yaml (issue 17): per doel the partner the gateway proposes
 * as regisseur of a casus, named by partner id or by a ketenrol. Proposed, never assigned.
 */

import type { Doel, Partner } from './beleid.js';
import type { BeleidMelding } from './beleid-fout.js';
import type { GeparsdBestand } from './posities.js';

/**
 * Doel -> the partner proposed as regisseur, a ketenrol resolved (null while it is unfilled).
 * An unknown doel, or a name that is neither a partner nor a ketenrol, is an error.
 */
export function regisseurs(
  c: { partners: { b: GeparsdBestand; w: { regisseurs?: Record<string, string> | undefined } } },
  partners: ReadonlyMap<string, Partner>,
  rollen: ReadonlyMap<string, string | null>,
  doelen: ReadonlyMap<string, Doel>,
  fouten: BeleidMelding[],
): Map<string, string | null> {
  const uit = new Map<string, string | null>();
  for (const [doel, naam] of Object.entries(c.partners.w.regisseurs ?? {})) {
    const plek = c.partners.b.positie(['regisseurs', doel]);
    if (!doelen.has(doel)) {
      fouten.push({
        ...plek,
        melding: `Onder regisseurs staat doel '${doel}', maar dat staat niet in doelen.yaml. Noem een doel uit doelen.yaml.`,
      });
      continue;
    }
    if (partners.has(naam)) uit.set(doel, naam);
    else if (rollen.has(naam)) uit.set(doel, rollen.get(naam) ?? null);
    else {
      fouten.push({
        ...plek,
        melding: `De regisseur '${naam}' voor doel '${doel}' is geen partner en geen ketenrol in ${c.partners.b.pad}. Noem een partner-id of een ketenrol.`,
      });
    }
  }
  return uit;
}

/**
 * @module
 * What one recipient sees of one signal elsewhere: only the fields the policy allows.
 */
import type { Soort } from '../identity/soorten.js';
import type { Sterkte, Uitbuitingsvorm, Veld } from '../policy/categorieen.js';
import type { Beleid } from '../policy/index.js';
import type { GeenPerspectiefReden, Status, Uitkomst } from '../policy/terugkoppeling-woorden.js';
import type { Kandidaat } from './signaal.js';
import type { SignaalStatus } from './terugkoppeling.js';
import { toelichting } from './terugkoppeling-plan.js';

/** An overlap item as the API returns it (plus `logboekId` once committed). */
export interface OverlapItem {
  bestaan: true;
  partner?: { id: string; naam: string };
  contact?: { email?: string; telefoon?: string };
  uitbuitingsvormen?: Uitbuitingsvorm[];
  sterkte?: Sterkte;
  /** Month of registration, `YYYY-MM` (UTC). */
  sinds?: string;
  soorten?: Soort[];
  /**
   * The owner's status on its signal (terugkoppeling, issue 16): only where the rule grants
   * `terugkoppeling` and lists the status; otherwise absent, and the item as it always was.
   */
  terugkoppeling?: { status: Status; reden?: GeenPerspectiefReden; uitkomst?: Uitkomst };
  /** Of a signal registered for several doelen (issue 16): the doel this item was decided for. */
  doel?: string;
}

/**
 * Builds the item from the allowed fields; returns it with the fields actually disclosed.
 * `status`: the owner's status, passed only where the recipient may see it.
 */
export function overlapItem(
  beleid: Beleid,
  kandidaat: Kandidaat,
  toegestaan: readonly Veld[],
  status?: SignaalStatus,
): { item: OverlapItem; gegevens: Veld[] } {
  const s = kandidaat.signaal;
  const item: OverlapItem = { bestaan: true };
  const gegevens: Veld[] = [];
  for (const veld of toegestaan) {
    switch (veld) {
      case 'bestaan':
        break;
      case 'partner': {
        const p = beleid.partners.get(s.partner);
        item.partner = { id: s.partner, naam: p?.naam ?? s.partner };
        break;
      }
      case 'contact': {
        const p = beleid.partners.get(s.partner);
        if (!p) continue;
        item.contact = { ...p.contact };
        break;
      }
      case 'uitbuitingsvorm':
        item.uitbuitingsvormen = [...s.uitbuitingsvormen];
        break;
      case 'sterkte':
        item.sterkte = s.sterkte;
        break;
      case 'sinds':
        item.sinds = new Date(s.geregistreerdOp).toISOString().slice(0, 7);
        break;
      case 'soorten':
        item.soorten = [...new Set(kandidaat.gedeeld.map((g) => g.soort))].sort();
        break;
      case 'terugkoppeling':
        // Without a status the recipient may see, nothing is disclosed for this field.
        if (!status) continue;
        item.terugkoppeling = {
          status: status.status,
          ...(toelichting(status) as { reden?: GeenPerspectiefReden; uitkomst?: Uitkomst }),
        };
        break;
    }
    gegevens.push(veld);
  }
  return { item, gegevens };
}

/**
 * @module
 * What a member of a casus learns about who leads it (issue 17). Who leads is a disclosure by
 * the regisseur under its own rule toward the member: `partner` names it, `contact` gives its
 * functional contact; a rule that grants only `bestaan` shows "regie belegd"; no rule, nothing.
 */
import type { Beleid } from './beleid.js';
import { beslis } from './beslis.js';

/** A signal as the decision needs it: owner, categories and the doelen of the one who learns. */
interface Lid {
  id: string;
  partner: string;
  doel: string;
  doelen?: readonly string[] | null;
  uitbuitingsvormen: Parameters<typeof beslis>[1]['signaal']['uitbuitingsvormen'];
  sterkte: Parameters<typeof beslis>[1]['signaal']['sterkte'];
  rol: Parameters<typeof beslis>[1]['signaal']['rol'];
}

/** What `naar`'s owner may learn of a disclosure by the owner of `over`, with the rule that allows it. */
export interface RegieZicht {
  gegevens: string[];
  doel: string;
  regels: string[];
  grondslagen: string[];
}

/**
 * The most `naar`'s owner may learn about the owner of `over` as regisseur (or proposer, or
 * answerer): over the doelen of `naar`, the first that grants most; undefined where no rule
 * grants even `bestaan`.
 */
export function regieZicht(beleid: Beleid, over: Lid, naar: Lid): RegieZicht | undefined {
  let beste: RegieZicht | undefined;
  const doelen = naar.doelen && naar.doelen.length > 0 ? naar.doelen : [naar.doel];
  for (const doel of doelen) {
    const b = beslis(beleid, { bron: over.partner, ontvanger: naar.partner, doel, signaal: over });
    if (!b.toegestaan) continue;
    const gegevens = ['bestaan', ...b.gegevens.filter((g) => g === 'partner' || g === 'contact')];
    if (!beste || gegevens.length > beste.gegevens.length) {
      beste = { gegevens, doel, regels: [...b.regels], grondslagen: [...b.grondslagen] };
    }
  }
  return beste;
}

/**
 * @module
 * The plan of a status change (issue 16): one entry for the owner's change, and for every
 * linked partner whose view of the status changes, a terugkoppeling entry and an inbox item.
 * A partner whose view does not change (it may not see the new status, or saw the same
 * before) gets nothing: no entry, no item, no count.
 */
import { statusEntry, terugkoppelingEntry } from '../logboek/geplande-entry.js';
import { statusZicht } from '../policy/terugkoppeling.js';
import type { Status } from '../policy/terugkoppeling-woorden.js';
import type { PlanContext } from './overdracht-plan.js';
import { bladVan, type Plan } from './plan.js';
import type { Signaal } from './signaal.js';
import type { Koppeling, SignaalStatus } from './terugkoppeling.js';

/** Plans setting `nieuw` on `s`, which had `oud`, toward the partners linked to it. */
export function planStatus(
  ctx: PlanContext,
  s: Signaal,
  oud: SignaalStatus | undefined,
  nieuw: SignaalStatus,
  koppelingen: readonly Koppeling[],
): Plan {
  const plan = bladVan([], ctx.beleid.partners.keys(), ctx.willekeurig);
  plan.entries.push(statusEntry(ctx.entry, s, [nieuw.status]));
  plan.statussen = [nieuw];
  const verteld = new Set<string>();
  for (const k of koppelingen) {
    // One partner hears a status once, however many links it has to the signal.
    if (k.partner === s.partner || verteld.has(k.partner)) continue;
    const vraag = { bron: s.partner, ontvanger: k.partner, doel: k.doel, signaal: s };
    const zicht = statusZicht(ctx.beleid, vraag, nieuw.status);
    if (!zicht) continue;
    const eerder = oud ? statusZicht(ctx.beleid, vraag, oud.status) : undefined;
    if (eerder && oud && weergave(oud) === weergave(nieuw)) continue;
    verteld.add(k.partner);
    const gegevens = zicht.partner ? ['partner', 'terugkoppeling'] : ['terugkoppeling'];
    plan.entries.push(
      terugkoppelingEntry(ctx.entry, {
        over: s,
        ontvanger: k.partner,
        doel: k.doel,
        gegevens,
        regels: zicht.regels,
        grondslagen: zicht.grondslagen,
      }),
    );
    const p = ctx.beleid.partners.get(s.partner);
    plan.meldingen.push({
      partner: k.partner,
      signaalId: s.id,
      inhoud: {
        bericht: 'terugkoppeling',
        ...(k.overdracht !== undefined && { overdracht: k.overdracht }),
        ...(k.blad !== undefined && { verstrekking: k.blad }),
        ...(k.vraag !== undefined && { vraag: k.vraag }),
        ...(zicht.partner && { partner: { id: s.partner, naam: p?.naam ?? s.partner } }),
        status: nieuw.status,
        ...toelichting(nieuw),
      },
      entry: plan.entries.length - 1,
    });
  }
  return plan;
}

/** What a partner sees of a status: the status and its closed reason or outcome. */
function weergave(s: SignaalStatus): string {
  return `${s.status}:${s.toelichting ?? ''}`;
}

/** The closed reason (`reden`) or outcome (`uitkomst`) of a status, as a partner sees it. */
export function toelichting(s: SignaalStatus): Record<string, string> {
  if (s.toelichting === null) return {};
  return s.status === ('afgesloten' satisfies Status)
    ? { uitkomst: s.toelichting }
    : { reden: s.toelichting };
}

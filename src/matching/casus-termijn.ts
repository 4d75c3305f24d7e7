/**
 * @module
 * The termijn of a casus without regie (issue 17): it starts when the casus forms for the
 * members that see it (the first signal of a second such partner, `casusSinds`) and passes, in werkdagen, when the casus has
 * neither a regisseur nor an open proposal by then. The members that see the casus hear it on
 * their own signal; the escalation partner hears it only where the rules of members of at
 * least two partners let it know of their signals (fewer would tell it that a hidden partner
 * holds the other one), and is named only those whose rule grants `partner`. Pure.
 */
import type { EntryContext } from '../logboek/geplande-entry.js';
import type { Beleid, Besluit } from '../policy/index.js';
import { verstrijkt } from '../policy/werkdagen.js';
import { type Casus, casusSinds, zienden } from './casus.js';
import { partnerNaam, toestemming } from './escalatie.js';
import type { Plan } from './plan.js';
import { doelenVan, type Signaal } from './signaal.js';
import { iso, notitie } from './termijn-notitie.js';

/** The casussen of this run and which of them need no termijn. */
export interface CasusStand {
  casussen: readonly Casus[];
  /** Casus ids with a regisseur or an open regie proposal of a partner (not the gateway's). */
  belegd: ReadonlySet<string>;
  /** Casus ids whose termijn was reported before. */
  gemeld: ReadonlySet<string>;
}

/**
 * Adds to `plan` the notices of every casus whose termijn passed at `nu`, calling `meld` once
 * for each; a casus no member sees is skipped whole.
 */
export function planCasusTermijnen(
  beleid: Beleid,
  ctx: EntryContext,
  plan: Plan,
  stand: CasusStand,
  nu: number,
  meld: (id: string, verstrekenOp: number) => void,
): void {
  const t = beleid.termijnen;
  if (t?.casus === undefined) return;
  for (const c of stand.casussen) {
    if (stand.belegd.has(c.id) || stand.gemeld.has(c.id)) continue;
    // No subset of the members formed before its earliest registration: a casus whose termijn
    // has not passed even from then is skipped before the policy is asked who sees it.
    const vroegst = c.leden.reduce((min, s) => Math.min(min, s.geregistreerdOp), Infinity);
    if (nu < verstrijkt(vroegst, t.casus, t.gelijkgesteld)) continue;
    const leden = zienden(beleid, c);
    if (leden.length === 0) continue;
    // It starts when the casus forms for those who see it: a hidden member moves nothing.
    const gezien = { ...c, leden: c.leden.filter((s) => leden.includes(s.partner)) };
    const op = verstrijkt(casusSinds(gezien), t.casus, t.gelijkgesteld);
    if (nu < op) continue;
    meld(c.id, op);
    for (const p of leden) {
      const eigen = c.leden.find((s) => s.partner === p) as Signaal;
      const inhoud = { bericht: 'termijn', soort: 'casus', casus: c.id, verstrekenOp: iso(op) };
      notitie(plan, ctx, { ontvanger: p, signaal: eigen, doel: eigen.doel, inhoud });
    }
    if (t.escalatie !== null) escaleerCasus(beleid, ctx, plan, c, t.escalatie, op);
  }
}

/** The escalation of casus `c` to `e`, for the first doel of its members both keys allow. */
function escaleerCasus(
  beleid: Beleid,
  ctx: EntryContext,
  plan: Plan,
  c: Casus,
  e: string,
  op: number,
): void {
  const partners = [...new Set(c.leden.map((s) => s.partner))];
  if (partners.includes(e)) return;
  for (const doel of new Set(c.leden.flatMap((s) => doelenVan(s)))) {
    const toegestaan: Array<{ signaal: Signaal; besluit: Besluit }> = [];
    for (const bron of partners) {
      const signalen = c.leden.filter((s) => s.partner === bron);
      const t = toestemming(beleid, e, doel, { bron, signalen });
      if (t) toegestaan.push(t);
    }
    if (toegestaan.length < 2) continue;
    const genoemd = toegestaan
      .filter((t) => t.besluit.gegevens.includes('partner'))
      .map((t) => partnerNaam(beleid, t.signaal.partner));
    const eerste = toegestaan[0] as (typeof toegestaan)[number];
    notitie(plan, ctx, {
      ontvanger: e,
      signaal: eerste.signaal,
      doel,
      regels: toegestaan.flatMap((t) => t.besluit.regels),
      grondslagen: [...new Set(toegestaan.flatMap((t) => t.besluit.grondslagen))].sort(),
      noemtPartner: genoemd.length > 0,
      inhoud: {
        bericht: 'escalatie',
        soort: 'casus',
        doel,
        verstrekenOp: iso(op),
        ...(genoemd.length > 0 && { leden: genoemd }),
      },
    });
    return;
  }
}

/**
 * @module
 * Plans of an overdracht and its answer (issue 16), each one logboek leaf: the entry with its
 * rules and grondslagen, the inbox item of the partner it concerns, and the overdracht row.
 * Pure: the use cases decide nothing the policy did not, and the store only executes.
 */
import { ketenTelling } from '../cijfers/tellingen.js';
import { werkdagEmmer, werkdagenTussen } from '../cijfers/werkdagen.js';
import type { EntryContext } from '../logboek/geplande-entry.js';
import { overdrachtAntwoordEntry, overdrachtEntry } from '../logboek/geplande-entry.js';
import type { Beleid, OverdrachtBesluit } from '../policy/index.js';
import type { NietVoorOnsReden } from '../policy/overdracht-woorden.js';
import type { Overdracht } from './overdracht.js';
import { bladVan, type Plan } from './plan.js';
import type { Signaal } from './signaal.js';

/** What one overdracht needs: the signal, its stored pseudonyms, to whom, for which doel. */
export interface OverdrachtVraag {
  id: string;
  signaal: Signaal;
  pseudoniemen: readonly string[];
  /** Who hands it: the owner, or the partner that passes it on. */
  van: string;
  naar: string;
  /** The role in the chain `naar` was chosen by, when the handing partner named one. */
  ketenrol?: string;
  doel: string;
  referentie: string | null;
  nu: number;
}

/** The salts, the logboek context and the policy every plan here needs. */
export interface PlanContext {
  beleid: Beleid;
  entry: EntryContext;
  willekeurig: (lengte: number) => Uint8Array;
}

/**
 * Plans an overdracht decided by `besluit`: refused, one weigering entry and nothing else;
 * allowed, the overdracht entry, an inbox item for `naar` and the open overdracht row.
 */
export function planOverdracht(
  ctx: PlanContext,
  v: OverdrachtVraag,
  besluit: OverdrachtBesluit,
): { plan: Plan; overdracht: Overdracht | undefined } {
  const plan = bladVan([], ctx.beleid.partners.keys(), ctx.willekeurig);
  const stap = {
    over: v.signaal,
    naar: v.naar,
    doel: v.doel,
    regels: besluit.regels,
    grondslagen: besluit.grondslagen,
    pseudoniemen: v.pseudoniemen,
    opening: ctx.willekeurig(16),
    vervaltOp: v.signaal.vervaltOp,
  };
  if (!besluit.toegestaan) {
    plan.entries.push(overdrachtEntry(ctx.entry, stap, undefined));
    return { plan, overdracht: undefined };
  }
  const { inhoud, gegevens } = overdrachtItem(ctx.beleid, v, besluit);
  plan.entries.push(overdrachtEntry(ctx.entry, stap, gegevens));
  plan.meldingen.push({ partner: v.naar, signaalId: v.signaal.id, inhoud, entry: 0 });
  const overdracht: Overdracht = {
    id: v.id,
    signaal: v.signaal.id,
    bron: v.signaal.partner,
    van: v.van,
    naar: v.naar,
    doel: v.doel,
    referentie: v.referentie,
    regels: [...besluit.regels],
    grondslagen: [...besluit.grondslagen],
    inhoud,
    status: 'open',
    reden: null,
    doorgezetNaar: null,
    signaalNaar: null,
    aangemaaktOp: v.nu,
    beantwoordOp: null,
  };
  plan.overdrachten = [overdracht];
  return { plan, overdracht };
}

/**
 * The inbox item of the recipient: who owns the signal and its functional contact, the doel,
 * and only the categories (and reference) the rule grants. Returns what it disclosed.
 */
export function overdrachtItem(
  beleid: Beleid,
  v: OverdrachtVraag,
  besluit: OverdrachtBesluit,
): { inhoud: Record<string, unknown>; gegevens: string[] } {
  const s = v.signaal;
  const p = beleid.partners.get(s.partner);
  const inhoud: Record<string, unknown> = {
    bericht: 'overdracht',
    overdracht: v.id,
    van: { id: s.partner, naam: p?.naam ?? s.partner },
    contact: { ...(p?.contact ?? {}) },
    doel: v.doel,
    // The role it reached you as: the policy's own words, public to every partner.
    ...(v.ketenrol !== undefined && { ketenrol: v.ketenrol }),
  };
  const gegevens = ['partner', 'contact'];
  for (const g of besluit.gegevens) {
    if (g === 'uitbuitingsvorm') inhoud.uitbuitingsvormen = [...s.uitbuitingsvormen];
    else if (g === 'sterkte') inhoud.sterkte = s.sterkte;
    else if (g === 'rol') inhoud.rol = s.rol;
    else if (g === 'sinds') inhoud.sinds = new Date(s.geregistreerdOp).toISOString().slice(0, 7);
    else if (g === 'referentie') {
      if (v.referentie === null) continue;
      inhoud.referentie = v.referentie;
    }
    gegevens.push(g);
  }
  return { inhoud, gegevens };
}

/** How the recipient answered, as the partner that handed over learns it. */
export interface Beantwoording {
  antwoord: 'aangenomen' | 'niet_voor_ons' | 'doorgezet';
  reden?: NietVoorOnsReden;
  /** Of `doorgezet`: the next partner, named only where its own rule toward `van` grants `partner`. */
  genoemd?: { id: string; naam: string };
}

/**
 * Adds the answer to `plan`: one entry under the overdracht's rules and grondslagen, an inbox
 * item for the partner that handed over, and the answered overdracht row.
 */
export function voegAntwoordToe(
  ctx: PlanContext,
  plan: Plan,
  o: Overdracht,
  b: Beantwoording,
  extra: { nu: number; doorgezetNaar?: string; signaalNaar?: string },
): void {
  const gegevens = ['antwoord', ...(b.genoemd ? ['partner'] : [])];
  // Issue 19: T5 counts the answer by how many werkdagen it took, for the one who handed over.
  const emmer = werkdagEmmer(
    'overdracht',
    werkdagenTussen(o.aangemaaktOp, extra.nu, ctx.beleid.termijnen?.gelijkgesteld ?? []),
  );
  plan.tellingen = [...(plan.tellingen ?? []), ketenTelling(o.van, emmer, extra.nu)];
  plan.entries.push(
    overdrachtAntwoordEntry(ctx.entry, {
      signaal: o.signaal,
      ontvanger: o.van,
      doel: o.doel,
      regels: o.regels,
      grondslagen: o.grondslagen,
      gegevens,
    }),
  );
  plan.meldingen.push({
    partner: o.van,
    signaalId: o.signaal,
    inhoud: {
      bericht: 'antwoord',
      overdracht: o.id,
      // The signal's id only to its owner: another partner never learns it.
      ...(o.van === o.bron && { signaal: o.signaal }),
      antwoord: b.antwoord,
      ...(b.reden && { reden: b.reden }),
      ...(b.genoemd && { naar: b.genoemd }),
    },
    entry: plan.entries.length - 1,
  });
  plan.overdrachten = [
    ...(plan.overdrachten ?? []),
    {
      ...o,
      status: b.antwoord,
      reden: b.reden ?? null,
      doorgezetNaar: extra.doorgezetNaar ?? null,
      signaalNaar: extra.signaalNaar ?? null,
      beantwoordOp: extra.nu,
    },
  ];
}

/**
 * @module
 * Plans of regie (issue 17), each one logboek leaf: the actor's own entry, the rows, and each
 * notice to another member with its entry, decided by {@link regieZicht} under the rule of the
 * partner the notice is about. Pure: the use cases decide nothing the policy did not.
 */

import { ketenTelling } from '../cijfers/tellingen.js';
import { werkdagEmmer, werkdagenTussen } from '../cijfers/werkdagen.js';
import { regieEntry } from '../logboek/regie-entry.js';
import { type RegieZicht, regieZicht } from '../policy/regie-zicht.js';
import { type Casus, casusSinds, zietCasus } from './casus.js';
import type { PlanContext } from './overdracht-plan.js';
import { bladVan, type Plan } from './plan.js';
import type { Regie, RegieAntwoord, Regievoorstel } from './regie.js';
import type { Signaal } from './signaal.js';

/** A proposal (or, with `naar` the proposer itself, a claim) on `casus` by the owner of `van`. */
export interface VoorstelVraag {
  id: string;
  casus: Casus;
  /** The proposer's own member signal. */
  van: Signaal;
  naar: string;
  doel: string;
  /** The regisseur now, if any. */
  regie: Regie | undefined;
  nu: number;
}

/**
 * Plans a proposal: the proposer's own entry, the proposal row, and a notice to `naar` only
 * where it sees the casus and the proposer's rule toward it grants at least `bestaan`. Whether
 * `naar` was told changes nothing the proposer can observe. A claim makes the proposer regisseur.
 */
export function planVoorstel(ctx: PlanContext, v: VoorstelVraag): Plan {
  const plan = bladVan([], ctx.beleid.partners.keys(), ctx.willekeurig);
  const claim = v.naar === v.van.partner;
  plan.entries.push(
    regieEntry(ctx.entry, {
      over: v.van,
      ontvanger: null,
      doel: v.doel,
      gegevens: [claim ? 'regie' : 'regievoorstel'],
    }),
  );
  if (claim) {
    plan.regie = [regieRij(v.casus.id, v.van.partner, v.doel, v.nu, null, null)];
    telEersteRegie(ctx, plan, v.casus, v.van.partner, v.nu);
    meldRegie(ctx, plan, v.casus, v.van);
    return plan;
  }
  const bereikt = ontvangerVan(ctx, v.casus, v.van, v.naar);
  if (bereikt) {
    plan.entries.push(notitieEntry(ctx, v.van, bereikt, ['regievoorstel']));
    plan.meldingen.push({
      partner: v.naar,
      signaalId: bereikt.signaal.id,
      inhoud: {
        bericht: 'regievoorstel',
        voorstel: v.id,
        casus: v.casus.id,
        doel: v.doel,
        ...wie(ctx, v.van.partner, bereikt.zicht),
      },
      entry: plan.entries.length - 1,
    });
  }
  plan.regievoorstellen = [
    {
      id: v.id,
      casus: v.casus.id,
      van: v.van.partner,
      naar: v.naar,
      doel: v.doel,
      status: 'open',
      naarSignaal: bereikt?.signaal.id ?? null,
      regisseurBijVoorstel: v.regie?.regisseur ?? null,
      aangemaaktOp: v.nu,
      beantwoordOp: null,
    },
  ];
  return plan;
}

/** An answer by the proposed partner, on its member signal `naar`. */
export interface AntwoordVraag {
  voorstel: Regievoorstel;
  casus: Casus;
  naar: Signaal;
  antwoord: RegieAntwoord;
  nu: number;
}

/**
 * Plans an answer: the answerer's own entry, the answered proposal, a notice to the proposer
 * only where the answerer's rule toward it grants `bestaan`; on acceptance the regie row
 * (replacing exactly the regisseur of the moment of proposing) and the notices of who leads.
 */
export function planRegieAntwoord(ctx: PlanContext, a: AntwoordVraag): Plan {
  const plan = bladVan([], ctx.beleid.partners.keys(), ctx.willekeurig);
  const { voorstel: vs } = a;
  plan.entries.push(
    regieEntry(ctx.entry, {
      over: a.naar,
      ontvanger: null,
      doel: vs.doel,
      gegevens: [`regie-${a.antwoord}`],
    }),
  );
  const terug = ontvangerVan(ctx, a.casus, a.naar, vs.van);
  if (terug) {
    plan.entries.push(notitieEntry(ctx, a.naar, terug, ['regieantwoord']));
    plan.meldingen.push({
      partner: vs.van,
      signaalId: terug.signaal.id,
      inhoud: {
        bericht: 'regieantwoord',
        voorstel: vs.id,
        casus: a.casus.id,
        antwoord: a.antwoord,
      },
      entry: plan.entries.length - 1,
    });
  }
  plan.regievoorstellen = [{ ...vs, status: a.antwoord, beantwoordOp: a.nu }];
  if (a.antwoord === 'aangenomen') {
    const vorige = vs.regisseurBijVoorstel;
    plan.regie = [regieRij(a.casus.id, a.naar.partner, vs.doel, a.nu, vorige, vs.id)];
    if (vorige === null) telEersteRegie(ctx, plan, a.casus, a.naar.partner, a.nu);
    meldRegie(ctx, plan, a.casus, a.naar);
  }
  return plan;
}

/** The regie row: the first of the casus (`vorige` null) or a handover from `vorige`. */
function regieRij(
  casus: string,
  regisseur: string,
  doel: string,
  sinds: number,
  vorige: string | null,
  voorstel: string | null,
): Regie {
  return { casus, regisseur, doel, sinds, vorige, voorstel };
}

/**
 * Tells every other member that sees the casus who leads, as far as the regisseur's rule
 * toward it allows: named with `partner`, its contact with `contact`, else "regie belegd".
 */
function meldRegie(ctx: PlanContext, plan: Plan, casus: Casus, regisseur: Signaal): void {
  const partners = new Set(casus.leden.map((s) => s.partner));
  for (const p of partners) {
    if (p === regisseur.partner) continue;
    const bereikt = ontvangerVan(ctx, casus, regisseur, p);
    if (!bereikt) continue;
    plan.entries.push(notitieEntry(ctx, regisseur, bereikt, ['regie']));
    plan.meldingen.push({
      partner: p,
      signaalId: bereikt.signaal.id,
      inhoud: {
        bericht: 'regie',
        casus: casus.id,
        belegd: true,
        ...wie(ctx, regisseur.partner, bereikt.zicht, 'regisseur'),
      },
      entry: plan.entries.length - 1,
    });
  }
}

export interface Bereikt {
  signaal: Signaal;
  zicht: RegieZicht;
}

/**
 * The member signal on which `partner` hears of something `over`'s owner did: it sees the
 * casus, and `over`'s rule toward that signal grants at least `bestaan`; else undefined.
 */
export function ontvangerVan(
  ctx: Pick<PlanContext, 'beleid'>,
  casus: Casus,
  over: Signaal,
  partner: string,
): Bereikt | undefined {
  if (!zietCasus(ctx.beleid, casus, partner)) return undefined;
  for (const s of casus.leden) {
    if (s.partner !== partner) continue;
    const zicht = regieZicht(ctx.beleid, over, s);
    if (zicht) return { signaal: s, zicht };
  }
  return undefined;
}

function notitieEntry(ctx: PlanContext, over: Signaal, b: Bereikt, wat: string[]) {
  return regieEntry(ctx.entry, {
    over,
    ontvanger: b.signaal.partner,
    doel: b.zicht.doel,
    gegevens: [...wat, ...b.zicht.gegevens.filter((g) => g !== 'bestaan')],
    regels: b.zicht.regels,
    grondslagen: b.zicht.grondslagen,
  });
}

/** The partner (under `sleutel`) and its functional contact, each only where `zicht` grants it. */
function wie(
  ctx: PlanContext,
  partner: string,
  zicht: RegieZicht,
  sleutel: 'partner' | 'regisseur' = 'partner',
): Record<string, unknown> {
  const p = ctx.beleid.partners.get(partner);
  return {
    ...(zicht.gegevens.includes('partner') && {
      [sleutel]: { id: partner, naam: p?.naam ?? partner },
    }),
    ...(zicht.gegevens.includes('contact') && { contact: { ...(p?.contact ?? {}) } }),
  };
}

/**
 * Issue 19's T5 counts the time from a casus's forming to its first regisseur, in werkdagen,
 * for the regisseur; a handover is not counted again. In the event's transaction: a claim the
 * database refuses (another won the race) counts nothing.
 */
function telEersteRegie(
  ctx: PlanContext,
  plan: Plan,
  casus: Casus,
  regisseur: string,
  nu: number,
): void {
  const dagen = werkdagenTussen(casusSinds(casus), nu, ctx.beleid.termijnen?.gelijkgesteld ?? []);
  plan.tellingen = [
    ...(plan.tellingen ?? []),
    ketenTelling(regisseur, werkdagEmmer('regie', dagen), nu),
  ];
}

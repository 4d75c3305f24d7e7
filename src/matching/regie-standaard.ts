/**
 * @module
 * The default regisseur proposed by the gateway itself (issue 17), in the write of the
 * registration that forms a casus or joins it: where the casus has neither a regisseur nor an
 * open proposal, the default regisseur (partners.yaml `regisseurs`) of a doel of its members is
 * proposed, if it holds a member signal and may be told now under two keys. A default
 * regisseur outside the casus is skipped: it hears of it only through an overdracht.
 */
import { regieEntry } from '../logboek/regie-entry.js';
import { POORT } from '../logboek/zoeken.js';
import { regieZicht } from '../policy/regie-zicht.js';
import { type Casus, casussen, zietCasus } from './casus.js';
import type { PlanContext } from './overdracht-plan.js';
import type { Plan } from './plan.js';
import { type Bereikt, ontvangerVan } from './regie-plan.js';
import { doelenVan, type Kandidaat, type OpgeslagenPseudoniem, type Signaal } from './signaal.js';

/** What one registration brings, and what the store read of its casussen. */
export interface StandaardVraag {
  eigen: Signaal;
  pseudoniemen: readonly OpgeslagenPseudoniem[];
  kandidaten: readonly Kandidaat[];
  uitgesloten: ReadonlySet<string>;
  /** Casus ids with a regisseur or an open proposal. */
  belegd: ReadonlySet<string>;
  nieuwId: () => string;
}

/** Adds to `plan` a proposal of the default regisseur for each casus of `v.eigen` that needs one. */
export function voegStandaardregisseursToe(ctx: PlanContext, plan: Plan, v: StandaardVraag): void {
  if (!ctx.beleid.regisseurs || ctx.beleid.regisseurs.size === 0) return;
  const leden = [{ signaal: v.eigen, gedeeld: v.pseudoniemen }, ...v.kandidaten];
  for (const casus of casussen(leden, v.uitgesloten)) {
    if (v.belegd.has(casus.id)) continue;
    const voorstel = standaardVoorstel(ctx, casus, v.eigen);
    if (voorstel) schrijf(ctx, plan, casus, voorstel, v);
  }
}

interface Voorstel {
  doel: string;
  /** The signal whose owner's rule lets the regisseur hear of it now. */
  over: Signaal;
  bereikt: Bereikt;
}

/** The first default regisseur, in partners.yaml order, of a doel of the casus that may be told now. */
function standaardVoorstel(ctx: PlanContext, casus: Casus, eigen: Signaal): Voorstel | undefined {
  const doelen = new Set(casus.leden.flatMap((s) => doelenVan(s)));
  for (const [doel, regisseur] of ctx.beleid.regisseurs ?? []) {
    if (regisseur === null || !doelen.has(doel)) continue;
    const b = bereik(ctx, casus, eigen, regisseur);
    if (b) return { doel, ...b };
  }
  return undefined;
}

/**
 * How `regisseur` hears of the proposal now: on a member signal of its own where it sees the
 * casus and the rule of the partner registering lets it know (so the moment reveals nothing
 * that rule hides); registering itself, on its new signal, under the rule of a member that
 * lets it see the casus. Undefined where it holds no member signal or may not be told.
 */
function bereik(ctx: PlanContext, casus: Casus, eigen: Signaal, regisseur: string) {
  if (regisseur !== eigen.partner) {
    const bereikt = ontvangerVan(ctx, casus, eigen, regisseur);
    return bereikt && { over: eigen, bereikt };
  }
  if (!zietCasus(ctx.beleid, casus, regisseur)) return undefined;
  for (const over of casus.leden) {
    if (over.partner === regisseur) continue;
    const zicht = regieZicht(ctx.beleid, over, eigen);
    if (zicht) return { over, bereikt: { signaal: eigen, zicht } };
  }
  return undefined;
}

/** The notice to the regisseur with its entry, and the open proposal of the gateway. */
function schrijf(ctx: PlanContext, plan: Plan, casus: Casus, p: Voorstel, v: StandaardVraag) {
  const id = v.nieuwId();
  const naar = p.bereikt.signaal;
  plan.entries.push(
    regieEntry(ctx.entry, {
      over: p.over,
      ontvanger: naar.partner,
      doel: p.bereikt.zicht.doel,
      gegevens: ['regievoorstel'],
      regels: p.bereikt.zicht.regels,
      grondslagen: p.bereikt.zicht.grondslagen,
    }),
  );
  plan.meldingen.push({
    partner: naar.partner,
    signaalId: naar.id,
    inhoud: {
      bericht: 'regievoorstel',
      voorstel: id,
      casus: casus.id,
      doel: p.doel,
      standaard: true,
    },
    entry: plan.entries.length - 1,
  });
  plan.regievoorstellen = [
    ...(plan.regievoorstellen ?? []),
    {
      id,
      casus: casus.id,
      van: POORT,
      naar: naar.partner,
      doel: p.doel,
      status: 'open',
      naarSignaal: naar.id,
      regisseurBijVoorstel: null,
      aangemaaktOp: v.eigen.geregistreerdOp,
      beantwoordOp: null,
    },
  ];
}

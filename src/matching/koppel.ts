/**
 * @module
 * Overlap between signals, decided per direction by the two-key policy.
 * The planners here are pure: the store runs them against committed state inside
 * its atomic write, so every disclosure they plan is logged before it is shown.
 */
import { betrokkeneCommitments } from '../logboek/betrokkene.js';
import type { EntryConcept, Verzoek } from '../logboek/entry.js';
import type { Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import { type Beleid, type Besluit, beslis } from '../policy/index.js';
import type {
  GeplandeEntry,
  GeplandeMelding,
  Kandidaat,
  OpgeslagenPseudoniem,
  Plan,
  Planner,
  SignaalRij,
  Vastgelegd,
} from '../store/store.js';
import { type OverlapItem, overlapItem } from './overlap-item.js';

/** What every planner needs besides the signals: policy, exclusions, who asks, and randomness. */
export interface KoppelContext {
  beleid: Beleid;
  /** Excluded entities as stored pseudonyms, `soort:waarde`: no match may ever use them. */
  uitgesloten: ReadonlySet<string>;
  actor: { partner: string; gebruiker: string };
  verzoek: Verzoek;
  willekeurig: (lengte: number) => Uint8Array;
}

/** A planner plus a way to read the committed overlap items (with their logboek ids) afterwards. */
export interface Koppeling {
  planner: Planner;
  items(vastgelegd: Vastgelegd): Array<OverlapItem & { logboekId: number }>;
}

/**
 * Plans a registration (or a recomputed overlap, when `meldAnderen` is false):
 * for every match, what the owner of `eigen` may learn now, and (on registration)
 * what the other partner may learn through its inbox.
 */
export function planKoppeling(
  ctx: KoppelContext,
  eigen: SignaalRij,
  meldAnderen: boolean,
): Koppeling {
  const antwoord: Array<{ item: OverlapItem; entry: number }> = [];
  const planner: Planner = (kandidaten, pseudoniemen) => {
    // A store may run the planner again after a rollback: the last run is the one committed.
    antwoord.length = 0;
    const plan: Plan = { entries: [], meldingen: [] };
    if (meldAnderen) plan.entries.push(registratie(ctx, eigen, pseudoniemen));
    for (const k of bruikbaar(ctx, kandidaten)) {
      const terug = verstrek(ctx, plan, k.signaal, eigen, k);
      if (terug) antwoord.push(terug);
      if (!meldAnderen) continue;
      const { item, entry } = verstrek(ctx, plan, eigen, k.signaal, k, true) ?? {};
      if (item && entry !== undefined) {
        plan.meldingen.push(melding(k.signaal, item, entry));
      }
    }
    return plan;
  };
  return {
    planner,
    items: (vastgelegd) =>
      antwoord.map(({ item, entry }) => ({ ...item, logboekId: volgnummer(vastgelegd, entry) })),
  };
}

/** Drops the shared pseudonyms of excluded entities, and candidates left with none. */
function bruikbaar(ctx: KoppelContext, kandidaten: Kandidaat[]): Kandidaat[] {
  if (ctx.uitgesloten.size === 0) return kandidaten;
  return kandidaten
    .map((k) => ({
      ...k,
      gedeeld: k.gedeeld.filter((g) => !ctx.uitgesloten.has(`${g.soort}:${g.waarde}`)),
    }))
    .filter((k) => k.gedeeld.length > 0);
}

/**
 * Decides and plans one direction: what the owner of `naar` may learn about `over`.
 * Logs a verstrekking or a weigering; when `alleenMelden`, an allowed disclosure is only
 * planned if the source rule says `melden` (the recipient is not asking right now).
 */
function verstrek(
  ctx: KoppelContext,
  plan: Plan,
  over: SignaalRij,
  naar: SignaalRij,
  k: Kandidaat,
  alleenMelden = false,
): { item: OverlapItem; entry: number } | undefined {
  const besluit = beslis(ctx.beleid, {
    bron: over.partner,
    ontvanger: naar.partner,
    doel: naar.doel,
    signaal: {
      uitbuitingsvormen: over.uitbuitingsvormen as Uitbuitingsvorm[],
      sterkte: over.sterkte as Sterkte,
      rol: over.rol as Rol,
    },
  });
  const vervaltOp = Math.max(over.vervaltOp, naar.vervaltOp);
  if (!besluit.toegestaan) {
    plan.entries.push(entry(ctx, 'weigering', over, naar, besluit, [], k.gedeeld, vervaltOp));
    return undefined;
  }
  if (alleenMelden && !besluit.melden) return undefined;
  // The item describes `over`, whichever side of the match it is on.
  const { item, gegevens } = overlapItem(
    ctx.beleid,
    { signaal: over, gedeeld: k.gedeeld },
    besluit.gegevens,
  );
  plan.entries.push(
    entry(ctx, 'verstrekking', over, naar, besluit, gegevens, k.gedeeld, vervaltOp),
  );
  return { item, entry: plan.entries.length - 1 };
}

function entry(
  ctx: KoppelContext,
  actie: 'verstrekking' | 'weigering',
  over: SignaalRij,
  naar: SignaalRij,
  besluit: Besluit,
  gegevens: string[],
  gedeeld: OpgeslagenPseudoniem[],
  vervaltOp: number,
): GeplandeEntry {
  const opening = ctx.willekeurig(16);
  const concept: EntryConcept = {
    actie,
    partner: ctx.actor.partner,
    gebruiker: ctx.actor.gebruiker,
    bron: over.partner,
    ontvanger: naar.partner,
    signaal: over.id,
    gegevens,
    doel: naar.doel,
    grondslagen: [...besluit.grondslagen],
    regels: [...besluit.regels],
    beleid: ctx.beleid.hash,
    verzoek: ctx.verzoek,
    betrokkene: betrokkeneCommitments(
      opening,
      gedeeld.map((g) => g.waarde),
    ),
  };
  return { concept, opening, openingVervaltOp: vervaltOp };
}

function registratie(
  ctx: KoppelContext,
  s: SignaalRij,
  pseudoniemen: OpgeslagenPseudoniem[],
): GeplandeEntry {
  const opening = ctx.willekeurig(16);
  return {
    concept: {
      actie: 'registratie',
      partner: ctx.actor.partner,
      gebruiker: ctx.actor.gebruiker,
      bron: s.partner,
      ontvanger: null,
      signaal: s.id,
      gegevens: [],
      doel: s.doel,
      grondslagen: [],
      regels: [],
      beleid: ctx.beleid.hash,
      verzoek: ctx.verzoek,
      betrokkene: betrokkeneCommitments(
        opening,
        pseudoniemen.map((p) => p.waarde),
      ),
    },
    opening,
    openingVervaltOp: s.vervaltOp,
  };
}

function melding(naar: SignaalRij, item: OverlapItem, entry: number): GeplandeMelding {
  return { partner: naar.partner, signaalId: naar.id, inhoud: { ...item }, entry };
}

function volgnummer(vastgelegd: Vastgelegd, index: number): number {
  const e = vastgelegd.entries[index];
  if (!e) throw new Error('logboekregel ontbreekt na vastleggen');
  return e.volgnummer;
}

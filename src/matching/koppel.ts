/**
 * @module
 * Overlap between signals, decided per direction by the two-key policy. The planners are
 * pure: the store runs one against committed state inside its atomic write and returns the
 * planner's answer with the committed entries, so every disclosure shown is logged first.
 */
import type { Entry, Verzoek } from '../logboek/entry.js';
import {
  type EntryContext,
  type Richting,
  registratieEntry,
  verstrekkingEntry,
  weigeringEntry,
} from '../logboek/geplande-entry.js';
import { type Beleid, beslis } from '../policy/index.js';
import { type OverlapItem, overlapItem } from './overlap-item.js';
import type { GeplandeMelding, Plan, Planner } from './plan.js';
import type { Kandidaat, Signaal } from './signaal.js';

/** What every planner needs besides the signals: policy, exclusions, who asks, and randomness. */
export interface KoppelContext {
  beleid: Beleid;
  /** Excluded entities as stored pseudonyms, `soort:waarde`: no match may ever use them. */
  uitgesloten: ReadonlySet<string>;
  actor: { partner: string; gebruiker: string };
  verzoek: Verzoek;
  willekeurig: (lengte: number) => Uint8Array;
}

/** An overlap item shown to the caller, and the index of the verstrekking that logs it. */
export interface GeplandItem {
  item: OverlapItem;
  entry: number;
}

/** An overlap item as answered once committed: with the volgnummer of its verstrekking. */
export type VastgelegdItem = OverlapItem & { logboekId: number };

/**
 * Plans registering `eigen`: a registratie entry; for every match, what the owner of `eigen`
 * may learn now, and what the other partner may learn through its inbox.
 */
export function planRegistratie(ctx: KoppelContext, eigen: Signaal): Planner<GeplandItem[]> {
  return (kandidaten, pseudoniemen) => {
    const plan: Plan = { entries: [], meldingen: [] };
    const opening = ctx.willekeurig(16);
    plan.entries.push(
      registratieEntry(
        entryContext(ctx),
        eigen,
        pseudoniemen.map((p) => p.waarde),
        opening,
      ),
    );
    const antwoord: GeplandItem[] = [];
    for (const k of bruikbaar(ctx, kandidaten)) {
      const terug = verstrek(ctx, plan, k.signaal, eigen, k);
      if (terug) antwoord.push(terug);
      const heen = verstrek(ctx, plan, eigen, k.signaal, k, { alleenMelden: true });
      if (heen) plan.meldingen.push(melding(k.signaal, heen));
    }
    return { plan, antwoord };
  };
}

/** Plans recomputing the overlap of `eigen` for its owner: nothing reaches anyone's inbox. */
export function planHerberekening(ctx: KoppelContext, eigen: Signaal): Planner<GeplandItem[]> {
  return (kandidaten) => {
    const plan: Plan = { entries: [], meldingen: [] };
    const antwoord: GeplandItem[] = [];
    for (const k of bruikbaar(ctx, kandidaten)) {
      const terug = verstrek(ctx, plan, k.signaal, eigen, k);
      if (terug) antwoord.push(terug);
    }
    return { plan, antwoord };
  };
}

/** The answer of a committed plan: each item with the volgnummer of its verstrekking. */
export function metLogboekIds(
  antwoord: readonly GeplandItem[],
  entries: readonly Entry[],
): VastgelegdItem[] {
  return antwoord.map(({ item, entry }) => {
    const e = entries[entry];
    if (!e) throw new Error('logboekregel ontbreekt na vastleggen');
    return { ...item, logboekId: e.volgnummer };
  });
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
 * Logs a verstrekking or a weigering; with `alleenMelden`, an allowed disclosure is only
 * planned if the source rule says `melden` (the recipient is not asking right now).
 */
function verstrek(
  ctx: KoppelContext,
  plan: Plan,
  over: Signaal,
  naar: Signaal,
  k: Kandidaat,
  { alleenMelden = false } = {},
): GeplandItem | undefined {
  const besluit = beslis(ctx.beleid, {
    bron: over.partner,
    ontvanger: naar.partner,
    doel: naar.doel,
    signaal: { uitbuitingsvormen: over.uitbuitingsvormen, sterkte: over.sterkte, rol: over.rol },
  });
  // Randomness is drawn only for an entry that is written.
  const richting = (): Richting => ({
    over,
    naar,
    grondslagen: besluit.grondslagen,
    regels: besluit.regels,
    gedeeld: k.gedeeld.map((g) => g.waarde),
    opening: ctx.willekeurig(16),
    vervaltOp: Math.max(over.vervaltOp, naar.vervaltOp),
  });
  if (!besluit.toegestaan) {
    plan.entries.push(weigeringEntry(entryContext(ctx), richting()));
    return undefined;
  }
  if (alleenMelden && !besluit.melden) return undefined;
  // The item describes `over`, whichever side of the match it is on.
  const { item, gegevens } = overlapItem(
    ctx.beleid,
    { signaal: over, gedeeld: k.gedeeld },
    besluit.gegevens,
  );
  plan.entries.push(verstrekkingEntry(entryContext(ctx), richting(), gegevens));
  return { item, entry: plan.entries.length - 1 };
}

function entryContext(ctx: KoppelContext): EntryContext {
  return { ...ctx.actor, beleid: ctx.beleid.hash, verzoek: ctx.verzoek };
}

function melding(naar: Signaal, { item, entry }: GeplandItem): GeplandeMelding {
  return { partner: naar.partner, signaalId: naar.id, inhoud: { ...item }, entry };
}

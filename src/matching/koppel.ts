/**
 * @module
 * Overlap between signals, decided per direction by the two-key policy. The planners are
 * pure: the store runs one against committed state inside its atomic write and returns the
 * planner's answer with the committed entries, so every disclosure shown is logged first.
 */
import type { BronZicht, Verzoek } from '../logboek/entry.js';
import {
  type EntryContext,
  poortContext,
  registratieEntry,
  verstrekkingEntry,
  weigeringEntry,
} from '../logboek/geplande-entry.js';
import { type Beleid, type Besluit, beslis } from '../policy/index.js';
import { statusZicht } from '../policy/terugkoppeling.js';
import type { HmacSha256 } from '../pseudonym/mac.js';
import { type OverlapItem, overlapItem } from './overlap-item.js';
import { bladVan, type GeplandeMelding, type Plan, type Planner } from './plan.js';
import { voegStandaardregisseursToe } from './regie-standaard.js';
import { doelenVan, type Kandidaat, type Signaal } from './signaal.js';
import { voegStapelsToe } from './stapel.js';

/** What every planner needs besides the signals: policy, exclusions, who asks, and randomness. */
export interface KoppelContext {
  beleid: Beleid;
  /** Excluded entities as stored pseudonyms, `soort:waarde`: no match may ever use them. */
  uitgesloten: ReadonlySet<string>;
  actor: { partner: string; gebruiker: string };
  verzoek: Verzoek;
  willekeurig: (lengte: number) => Uint8Array;
  /** The runtime's HMAC-SHA256 (Node: node:crypto), for the entries' betrokkene commitments. */
  hmac?: HmacSha256 | undefined;
  /** Ids of rows the plan creates (a proposal of the default regisseur). */
  nieuwId: () => string;
}

/** An overlap item shown to the caller, and the index of the verstrekking that logs it. */
export interface GeplandItem {
  item: OverlapItem;
  entry: number;
}

/** An overlap item as answered once committed: with the number of the leaf that logs it. */
export type VastgelegdItem = OverlapItem & { logboekId: number };

export function planRegistratie(ctx: KoppelContext, eigen: Signaal): Planner<GeplandItem[]> {
  return (kandidaten, pseudoniemen, staat) => {
    const plan = nieuwPlan(ctx);
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
    for (const k of bruikbaar(ctx, eigen, kandidaten)) {
      // Decided per doel of the signal whose owner learns (issue 16: a signal may serve
      // several doelen), in both directions; each decision is its own entry in this leaf.
      const terug = perDoel(ctx, k.signaal, eigen);
      const heen = perDoel(ctx, eigen, k.signaal);
      for (const t of terug) {
        const item = verstrek(ctx, plan, {
          over: k.signaal,
          naar: eigen,
          doel: t.doel,
          k,
          besluit: t.besluit,
          tegen: heen.map((h) => h.besluit),
        });
        if (item) antwoord.push(metDoel(item, eigen, t.doel));
      }
      for (const h of heen) {
        if (h.besluit.toegestaan && !h.besluit.melden) continue;
        // The other partner is not asking now: it learns through its inbox, if the rule says so.
        const bericht = verstrek(ctx, plan, {
          over: eigen,
          naar: k.signaal,
          doel: h.doel,
          k,
          besluit: h.besluit,
          tegen: terug.map((t) => t.besluit),
        });
        if (bericht) plan.meldingen.push(melding(k.signaal, metDoel(bericht, k.signaal, h.doel)));
      }
    }
    // Issue 17: a stapel this signal completes is told to its recipient in the same leaf.
    voegStapelsToe(ctx.beleid, entryContext(ctx), plan, {
      eigen,
      pseudoniemen,
      kandidaten,
      uitgesloten: ctx.uitgesloten,
      willekeurig: ctx.willekeurig,
    });
    // Issue 17: the default regisseur proposed for a casus without regie, by the gateway.
    const poort = {
      beleid: ctx.beleid,
      entry: poortContext(ctx.beleid.hash),
      willekeurig: ctx.willekeurig,
    };
    voegStandaardregisseursToe(poort, plan, {
      eigen,
      pseudoniemen,
      kandidaten,
      uitgesloten: ctx.uitgesloten,
      belegd: staat.belegd,
      nieuwId: ctx.nieuwId,
    });
    return { plan, antwoord };
  };
}

/** Plans recomputing the overlap of `eigen` for its owner: nothing reaches anyone's inbox. */
export function planHerberekening(ctx: KoppelContext, eigen: Signaal): Planner<GeplandItem[]> {
  return (kandidaten) => {
    const plan = nieuwPlan(ctx);
    const antwoord: GeplandItem[] = [];
    for (const k of bruikbaar(ctx, eigen, kandidaten)) {
      const tegen = perDoel(ctx, eigen, k.signaal).map((h) => h.besluit);
      for (const { doel, besluit } of perDoel(ctx, k.signaal, eigen)) {
        const item = verstrek(ctx, plan, { over: k.signaal, naar: eigen, doel, k, besluit, tegen });
        if (item) antwoord.push(metDoel(item, eigen, doel));
      }
    }
    return { plan, antwoord };
  };
}

/**
 * The answer of a committed plan: each item with the number of the leaf its verstrekking is
 * in (`blad`), never the entry's own volgnummer: its gaps would count what others were told.
 */
export function metLogboekIds(antwoord: readonly GeplandItem[], blad: number): VastgelegdItem[] {
  return antwoord.map(({ item }) => ({ ...item, logboekId: blad }));
}

/** An empty plan with fresh salts for the parts of its leaf: one per partner of the policy. */
function nieuwPlan(ctx: KoppelContext): Plan {
  return bladVan([], ctx.beleid.partners.keys(), ctx.willekeurig);
}

/**
 * Drops the owner's own signals (they count toward a stapel, but are no match), the signal
 * `eigen` was handed as through an overdracht and the signals handed on as `eigen` (issue 16:
 * the same concern, not a match), the shared pseudonyms of excluded entities, and candidates
 * left with none.
 */
function bruikbaar(ctx: KoppelContext, eigen: Signaal, alle: Kandidaat[]): Kandidaat[] {
  const kandidaten = alle.filter(
    (k) =>
      k.signaal.partner !== eigen.partner &&
      k.signaal.id !== eigen.herkomst &&
      k.signaal.herkomst !== eigen.id,
  );
  if (ctx.uitgesloten.size === 0) return kandidaten;
  return kandidaten
    .map((k) => ({
      ...k,
      gedeeld: k.gedeeld.filter((g) => !ctx.uitgesloten.has(`${g.soort}:${g.waarde}`)),
    }))
    .filter((k) => k.gedeeld.length > 0);
}

/** The two-key decisions on what the owner of `naar` may learn about `over`, one per doel of `naar`. */
function perDoel(
  ctx: KoppelContext,
  over: Signaal,
  naar: Signaal,
): Array<{ doel: string; besluit: Besluit }> {
  return doelenVan(naar).map((doel) => ({
    doel,
    besluit: beslis(ctx.beleid, {
      bron: over.partner,
      ontvanger: naar.partner,
      doel,
      signaal: { uitbuitingsvormen: over.uitbuitingsvormen, sterkte: over.sterkte, rol: over.rol },
    }),
  }));
}

/**
 * The item as its recipient sees it: of a signal registered for several doelen, with the doel
 * it was decided for; of a signal with one doel, exactly as before doelen existed.
 */
function metDoel(g: GeplandItem, naar: Signaal, doel: string): GeplandItem {
  return doelenVan(naar).length > 1 ? { ...g, item: { ...g.item, doel } } : g;
}

/** One direction of a match: its decision for one doel, and the decisions the other way (`tegen`). */
interface Richting {
  over: Signaal;
  naar: Signaal;
  /** The doel of `naar` this decision is for. */
  doel: string;
  k: Kandidaat;
  besluit: Besluit;
  tegen: readonly Besluit[];
}

/**
 * Plans one direction: a verstrekking (with the item it shows) or a weigering. What the bron
 * may know of a verstrekking follows from `tegen`, the ontvanger's rule toward the bron: a
 * partner learns that another holds a signal only where that other's rule lets it.
 */
function verstrek(
  ctx: KoppelContext,
  plan: Plan,
  { over, naar: ontvanger, doel, k, besluit, tegen }: Richting,
): GeplandItem | undefined {
  // The entry names the doel it was decided for.
  const naar = ontvanger.doel === doel ? ontvanger : { ...ontvanger, doel };
  // Randomness is drawn only for an entry that is written.
  const richting = () => ({
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
  // The item describes `over`, whichever side of the match it is on; a status only of the
  // candidate (a new signal has none), and only where the recipient may see it.
  const status = over === k.signaal ? zichtbareStatus(ctx, k, naar.partner, doel) : undefined;
  const { item, gegevens } = overlapItem(
    ctx.beleid,
    { signaal: over, gedeeld: k.gedeeld },
    besluit.gegevens,
    status,
  );
  plan.entries.push(verstrekkingEntry(entryContext(ctx), richting(), gegevens, bronZicht(tegen)));
  return { item, entry: plan.entries.length - 1 };
}

/**
 * The status of candidate `k` where `ontvanger`, linked to it by this match, may see it for
 * `doel`: the rule grants `terugkoppeling`, lists the status, and no verbod wins.
 */
function zichtbareStatus(ctx: KoppelContext, k: Kandidaat, ontvanger: string, doel: string) {
  if (!k.status) return undefined;
  const vraag = { bron: k.signaal.partner, ontvanger, doel, signaal: k.signaal };
  return statusZicht(ctx.beleid, vraag, k.status.status) ? k.status : undefined;
}

/**
 * What the bron may know of a verstrekking, from the ontvanger's decisions toward it (one per
 * doel of the bron's signal): as much as the most open of them.
 */
function bronZicht(tegen: readonly Besluit[]): BronZicht {
  if (tegen.some((b) => b.toegestaan && b.gegevens.includes('partner'))) return 'volledig';
  return tegen.some((b) => b.toegestaan) ? 'afgeschermd' : 'geen';
}

function entryContext(ctx: KoppelContext): EntryContext {
  return { ...ctx.actor, beleid: ctx.beleid.hash, verzoek: ctx.verzoek, hmac: ctx.hmac };
}

function melding(naar: Signaal, { item, entry }: GeplandItem): GeplandeMelding {
  return { partner: naar.partner, signaalId: naar.id, inhoud: { ...item }, entry };
}

/**
 * @module
 * Stapelregels (issue 17) in the registration's own write: when the new signal completes a
 * stapel in one of its casussen (the count crosses the rule's threshold now, so it fires once
 * per casus while the signals stay within the period), the rule's recipient gets one notice in
 * the same leaf, with its entry. Only signals whose source's rule lets the recipient know of
 * them count, so a count never reveals a hidden partner; the notice carries per signal only
 * what that rule allows. The registering partner observes nothing of it.
 */
import { ketenTelling } from '../cijfers/tellingen.js';
import { base64url } from '../encoding/base64url.js';
import type { EntryContext } from '../logboek/geplande-entry.js';
import { gepland } from '../logboek/geplande-entry.js';
import type { Beleid, Besluit, Stapelregel } from '../policy/index.js';
import { beslis } from '../policy/index.js';
import { type Casus, casussen } from './casus.js';
import type { Plan } from './plan.js';
import type { Kandidaat, OpgeslagenPseudoniem, Signaal } from './signaal.js';
import type { Stapelmelding } from './stapelmelding.js';

/** What one registration brings: the new signal, its pseudonyms, the other members. */
export interface StapelVraag {
  eigen: Signaal;
  pseudoniemen: readonly OpgeslagenPseudoniem[];
  kandidaten: readonly Kandidaat[];
  uitgesloten: ReadonlySet<string>;
  willekeurig: (lengte: number) => Uint8Array;
}

/** Adds to `plan` the stapelmeldingen the new signal completes. */
export function voegStapelsToe(
  beleid: Beleid,
  ctx: EntryContext,
  plan: Plan,
  v: StapelVraag,
): void {
  const regels = beleid.stapelregels ?? [];
  if (regels.length === 0) return;
  const leden = [{ signaal: v.eigen, gedeeld: v.pseudoniemen }, ...v.kandidaten];
  for (const casus of casussen(leden, v.uitgesloten)) {
    for (const regel of regels) {
      const m = stapel(beleid, regel, casus, v);
      if (m) schrijf(beleid, ctx, plan, regel, casus, v, m);
    }
  }
}

interface Geteld {
  signaal: Signaal;
  besluit: Besluit | undefined;
}

/** The counted signals when `v.eigen` completes the stapel of `regel` in `casus`, else undefined. */
function stapel(beleid: Beleid, regel: Stapelregel, casus: Casus, v: StapelVraag) {
  const aan = regel.ontvanger;
  if (aan === null) return undefined;
  const sinds = plusMaanden(v.eigen.geregistreerdOp, -regel.maanden);
  const ids = new Set(casus.leden.map((s) => s.id));
  const geteld: Geteld[] = [];
  for (const s of casus.leden) {
    // A signal taken on through an overdracht is the same concern as the one it came from.
    if (s.herkomst && ids.has(s.herkomst)) continue;
    if (!regel.sterkte.includes(s.sterkte) || s.geregistreerdOp < sinds) continue;
    if (s.partner === aan) {
      geteld.push({ signaal: s, besluit: undefined });
      continue;
    }
    const besluit = beslis(beleid, {
      bron: s.partner,
      ontvanger: aan,
      doel: regel.doel,
      signaal: s,
    });
    if (besluit.toegestaan) geteld.push({ signaal: s, besluit });
  }
  const voldaan = (lijst: Geteld[]) =>
    lijst.length >= regel.minimaal &&
    new Set(lijst.map((g) => g.signaal.partner)).size >= regel.partners;
  const zonder = geteld.filter((g) => g.signaal.id !== v.eigen.id);
  return voldaan(geteld) && !voldaan(zonder) ? geteld : undefined;
}

function schrijf(
  beleid: Beleid,
  ctx: EntryContext,
  plan: Plan,
  regel: Stapelregel,
  casus: Casus,
  v: StapelVraag,
  geteld: Geteld[],
): void {
  const aan = regel.ontvanger as string;
  const mag = (g: Geteld, veld: string) =>
    regel.gegevens.includes(veld as never) &&
    (g.besluit === undefined || g.besluit.gegevens.includes(veld as never));
  const vormen = new Set(
    geteld.flatMap((g) => (mag(g, 'uitbuitingsvorm') ? g.signaal.uitbuitingsvormen : [])),
  );
  const sterktes = new Set(geteld.flatMap((g) => (mag(g, 'sterkte') ? [g.signaal.sterkte] : [])));
  const contacten = new Map<string, Record<string, unknown>>();
  for (const g of geteld) {
    const p = g.signaal.partner;
    if (p === aan || !mag(g, 'partner')) continue;
    const partner = beleid.partners.get(p);
    contacten.set(p, {
      id: p,
      naam: partner?.naam ?? p,
      ...(mag(g, 'contact') && { contact: { ...(partner?.contact ?? {}) } }),
    });
  }
  const partners = new Set(geteld.map((g) => g.signaal.partner)).size;
  const melding: Stapelmelding = {
    id: base64url(v.willekeurig(16)),
    regel: regel.id,
    casus: casus.id,
    ontvanger: aan,
    aantal: geteld.length,
    partners,
    op: v.eigen.geregistreerdOp,
  };
  const gegevens = [
    'stapel',
    ...(vormen.size ? ['uitbuitingsvorm'] : []),
    ...(sterktes.size ? ['sterkte'] : []),
    ...(contacten.size ? ['partner'] : []),
  ];
  const besluiten = geteld.flatMap((g) => (g.besluit ? [g.besluit] : []));
  plan.entries.push({
    ...gepland(ctx, {
      actie: 'stapel',
      ontvanger: aan,
      // The registration that completed the stapel: the gateway's FG finds it by that signal.
      signaal: v.eigen.id,
      gegevens,
      doel: regel.doel,
      regels: [regel.id, ...new Set(besluiten.flatMap((b) => b.regels))],
      grondslagen: [...new Set(besluiten.flatMap((b) => b.grondslagen))].sort(),
    }),
    bronZicht: 'geen',
  });
  const eigenLid = casus.leden.find((s) => s.partner === aan);
  plan.meldingen.push({
    partner: aan,
    signaalId: eigenLid?.id ?? v.eigen.id,
    inhoud: {
      bericht: 'stapel',
      stapelmelding: melding.id,
      regel: regel.id,
      casus: casus.id,
      doel: regel.doel,
      aantal: melding.aantal,
      partners,
      ...(vormen.size > 0 && { uitbuitingsvormen: [...vormen].sort() }),
      ...(sterktes.size > 0 && { sterktes: [...sterktes].sort() }),
      ...(contacten.size > 0 && { contacten: [...contacten.values()] }),
    },
    entry: plan.entries.length - 1,
  });
  plan.stapelmeldingen = [...(plan.stapelmeldingen ?? []), melding];
  // Issue 19's T5 counts the stapelmelding for the partner whose registration completed it.
  plan.tellingen = [
    ...(plan.tellingen ?? []),
    ketenTelling(v.eigen.partner, 'stapelmelding', melding.op),
  ];
}

/** `ms` moved by `maanden` calendar months (UTC). */
function plusMaanden(ms: number, maanden: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + maanden);
  return d.getTime();
}

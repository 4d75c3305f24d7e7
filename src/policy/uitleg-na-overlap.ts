/**
 * @module
 * Explain the decisions after the match (issue 16) the way `uitleg` explains a verstrekking:
 * for an overdracht, which `overdragen` rules of the hander apply and which condition fails,
 * which verbod wins and whether the recipient holds the second key; for a status, the
 * verstrekking underneath it, which of its rules grant `terugkoppeling` and whether their
 * `statussen` name the status. The outcome is always the runtime's own decision.
 */
import type { Beleid, Grondslag, Vraag } from './beleid.js';
import { beslisOverdracht, type OverdrachtBesluit } from './overdracht.js';
import type { Reden } from './reden.js';
import { statusZicht } from './terugkoppeling.js';
import type { Status } from './terugkoppeling-woorden.js';
import { type RegelToets, toetsRegel, type Uitleg, uitleg } from './uitleg.js';

/** Why a status stays hidden although the verstrekking underneath it is allowed. */
export const STATUS_REDENEN = ['geen-terugkoppeling', 'status-verborgen'] as const;
export type StatusReden = (typeof STATUS_REDENEN)[number];

export const STATUS_REDEN_UITLEG: Record<StatusReden, string> = {
  'geen-terugkoppeling': "geen regel die past noemt 'terugkoppeling' in zijn gegevens",
  'status-verborgen':
    "de regels die terugkoppeling geven, noemen deze status niet onder 'statussen'",
};

/** The full explanation of one overdracht decision. */
export interface OverdrachtUitleg {
  vraag: Vraag;
  besluit: OverdrachtBesluit;
  reden: Reden | undefined;
  /** The hander's `overdragen` rules (first key), applying ones first. */
  toestemmingen: RegelToets[];
  /** The hander's verboden, applying ones first; any that applies wins. */
  verboden: RegelToets[];
  ontvangst: { mag: boolean; grondslagen: readonly string[] };
  grondslagen: Grondslag[];
}

/** Explains `beslisOverdracht(beleid, vraag)`. Check the question with `controleerVraag` first. */
export function uitlegOverdracht(beleid: Beleid, vraag: Vraag): OverdrachtUitleg {
  const besluit = beslisOverdracht(beleid, vraag);
  const eerst = (a: RegelToets, b: RegelToets) => Number(b.past) - Number(a.past);
  const toestemmingen = (beleid.overdragen ?? [])
    .filter((r) => r.bronnen.includes(vraag.bron))
    .map((r) => toetsRegel(r, vraag))
    .sort(eerst);
  const verboden = beleid.regels
    .filter((r) => r.soort === 'verboden' && r.bronnen.includes(vraag.bron))
    .map((r) => toetsRegel(r, vraag))
    .sort(eerst);
  const ontvangst = beleid.ontvangen.get(vraag.ontvanger)?.get(vraag.doel);
  let reden: Reden | undefined;
  if (!besluit.toegestaan) {
    if (vraag.bron === vraag.ontvanger) reden = 'eigen-signaal';
    else if (verboden.some((v) => v.past)) reden = 'verbod';
    else if (!toestemmingen.some((t) => t.past))
      reden = ontvangst ? 'eerste-sleutel' : 'beide-sleutels';
    else reden = 'tweede-sleutel';
  }
  return {
    vraag,
    besluit,
    reden,
    toestemmingen,
    verboden,
    ontvangst: { mag: ontvangst !== undefined, grondslagen: ontvangst ?? [] },
    grondslagen: besluit.grondslagen.flatMap((id) => beleid.grondslagen.get(id) ?? []),
  };
}

/** One verstrekken rule that applies to the question, and what it says about terugkoppeling. */
export interface TerugkoppelingToets {
  id: string;
  titel: string;
  positie: RegelToets['positie'];
  /** The rule lists `terugkoppeling` in its gegevens. */
  terugkoppeling: boolean;
  /** Its `statussen`; undefined: every status. */
  statussen: readonly Status[] | undefined;
  /** This rule lets the recipient see the status. */
  toont: boolean;
}

/** The full explanation of whether the recipient sees one status of a signal of the source. */
export interface StatusUitleg {
  vraag: Vraag;
  status: Status;
  zichtbaar: boolean;
  /** The status names the source (its rule also grants `partner`). */
  genoemd: boolean;
  /** Why it stays hidden; undefined when visible. */
  reden: Reden | StatusReden | undefined;
  regels: string[];
  grondslagen: Grondslag[];
  /** The two-key verstrekking underneath: terugkoppeling is a gegeven of it. */
  verstrekking: Uitleg;
  /** The applying verstrekken rules of the source, with their terugkoppeling and statussen. */
  terugkoppelingsregels: TerugkoppelingToets[];
}

/** Explains `statusZicht(beleid, vraag, status)`: may the recipient see this status? */
export function uitlegStatus(beleid: Beleid, vraag: Vraag, status: Status): StatusUitleg {
  const verstrekking = uitleg(beleid, vraag);
  const zicht = statusZicht(beleid, vraag, status);
  const toegestaan = new Set(verstrekking.besluit.toegestaan ? verstrekking.besluit.regels : []);
  const terugkoppelingsregels = beleid.regels
    .filter((r) => r.soort === 'verstrekken' && toegestaan.has(r.id))
    .map((r) => {
      const terugkoppeling = r.gegevens.includes('terugkoppeling');
      return {
        id: r.id,
        titel: r.titel,
        positie: r.positie,
        terugkoppeling,
        statussen: r.statussen,
        toont: terugkoppeling && (r.statussen === undefined || r.statussen.includes(status)),
      };
    });
  let reden: StatusUitleg['reden'];
  if (!zicht) {
    if (!verstrekking.besluit.toegestaan) reden = verstrekking.reden;
    else if (!terugkoppelingsregels.some((t) => t.terugkoppeling)) reden = 'geen-terugkoppeling';
    else reden = 'status-verborgen';
  }
  return {
    vraag,
    status,
    zichtbaar: zicht !== undefined,
    genoemd: zicht?.partner === true,
    reden,
    regels: zicht ? zicht.regels : [...verstrekking.besluit.regels],
    grondslagen: (zicht?.grondslagen ?? []).flatMap((id) => beleid.grondslagen.get(id) ?? []),
    verstrekking,
    terugkoppelingsregels,
  };
}

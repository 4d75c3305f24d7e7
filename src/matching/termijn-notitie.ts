/**
 * @module
 * One notice of the termijn watch (issue 17) with its `termijn` entry by the gateway itself:
 * the shape every reminder and escalation of src/matching/termijn-plan.ts shares.
 */
import type { EntryContext } from '../logboek/geplande-entry.js';
import { gepland } from '../logboek/geplande-entry.js';
import type { Beleid } from '../policy/index.js';
import type { Plan } from './plan.js';
import type { Signaal } from './signaal.js';

/** A notice to `ontvanger` about `signaal` (or, without one, hanging on `signaalId`). */
export interface Notitie {
  ontvanger: string;
  signaal: Signaal | undefined;
  doel: string;
  inhoud: Record<string, unknown>;
  regels?: string[];
  grondslagen?: string[];
  /** The signal the notice hangs on when no Signaal is at hand. */
  signaalId?: string;
  /** Whether the notice names a partner (its entry then discloses `partner`). */
  noemtPartner?: boolean;
}

/** The logboek context of the watch: the gateway acts, in no request. */
export function watchContext(beleid: Beleid): EntryContext {
  return { partner: 'ketenpoort', gebruiker: null, beleid: beleid.hash, verzoek: null };
}

/** Adds notice `n` and its `termijn` entry to `plan`. */
export function notitie(plan: Plan, ctx: EntryContext, n: Notitie): void {
  const signaalId = n.signaal?.id ?? n.signaalId ?? String(n.inhoud.voorstel);
  plan.entries.push({
    ...gepland(ctx, {
      actie: 'termijn',
      bron: n.signaal?.partner ?? null,
      ontvanger: n.ontvanger,
      signaal: n.signaal?.id ?? null,
      gegevens: ['termijn', ...(n.noemtPartner ? ['partner'] : [])],
      doel: n.doel,
      regels: n.regels ?? [],
      grondslagen: n.grondslagen ?? [],
    }),
    bronZicht: 'geen',
  });
  plan.meldingen.push({
    partner: n.ontvanger,
    signaalId,
    inhoud: n.inhoud,
    entry: plan.entries.length - 1,
  });
}

/** A moment as an ISO 8601 string, as notices carry it. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

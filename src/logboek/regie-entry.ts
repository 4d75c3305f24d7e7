/**
 * @module
 * Logboek entries of regie (issue 17): a partner's own act on a casus (a proposal, a claim, an
 * answer), and each notice of it to another member, under the rule of the partner it is about.
 */
import type { EntryContext, GeplandeEntry } from './geplande-entry.js';
import { gepland } from './geplande-entry.js';

/** One regie step: whose signal, to whom (null: the actor's own act), under what. */
export interface RegieStap {
  /** The member signal of the partner the entry is about (the actor, regisseur or proposer). */
  over: { id: string; partner: string; vervaltOp: number };
  ontvanger: string | null;
  doel: string;
  gegevens: readonly string[];
  regels?: readonly string[];
  grondslagen?: readonly string[];
}

/**
 * A regie entry. A notice (with an ontvanger) is hidden from its bron's FG (`bronZicht`
 * 'geen'), so a proposer's FG never learns whether the proposed partner was told.
 */
export function regieEntry(ctx: EntryContext, s: RegieStap): GeplandeEntry {
  const entry = gepland(
    ctx,
    {
      actie: 'regie',
      bron: s.over.partner,
      ontvanger: s.ontvanger,
      signaal: s.over.id,
      gegevens: [...s.gegevens],
      doel: s.doel,
      grondslagen: [...(s.grondslagen ?? [])],
      regels: [...(s.regels ?? [])],
    },
    null,
    s.over.vervaltOp,
  );
  return s.ontvanger === null ? entry : { ...entry, bronZicht: 'geen' };
}

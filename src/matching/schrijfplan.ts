/**
 * @module
 * The one write plan both stores execute. From the logboek as a commit finds it (entries,
 * tree size and frontier, the texts of entries the tree lacks) and a {@link Plan}, it
 * computes every row the commit writes: entries with gap-free volgnummers and their
 * canonical texts, openings, inbox notices, and the tree nodes the entries complete.
 * Pure: the SQLite and D1 adapters only read the state and run the inserts.
 */
import { type Entry, entryTekst } from '../logboek/entry.js';
import { webHasher } from '../logboek/hash.js';
import { appendLeaves, type StoredNode } from '../logboek/merkle-nodes.js';
import { type NodeAddress, perfectSubtrees } from '../logboek/merkle-ranges.js';
import type { Plan } from './plan.js';

/** The logboek and its tree as a write finds them. */
export interface Stand {
  /** Committed entries: the last volgnummer. */
  entries: number;
  /** Leaves in the stored tree (fewer than `entries` only after an upgrade added the tree). */
  bladeren: number;
  /** The stored tree's frontier, {@link frontierAdressen}(bladeren) in that order. */
  frontier: readonly StoredNode[];
  /** Canonical texts of entries bladeren+1 .. entries, which the tree still lacks. */
  achterstand: readonly string[];
}

/** One committed entry's row: the entry, its canonical text (the Merkle leaf) and its time. */
export interface EntryRij {
  entry: Entry;
  inhoud: string;
}

/** Everything one commit writes, in the order the adapters insert it. */
export interface Schrijfplan {
  entries: EntryRij[];
  openingen: Array<{ volgnummer: number; opening: Uint8Array; vervaltOp: number }>;
  meldingen: Array<{
    partner: string;
    signaalId: string;
    inhoud: Record<string, unknown>;
    logboek: number;
    aangemaaktOp: number;
  }>;
  knopen: StoredNode[];
  /** The state after this commit: the next write in the same transaction starts here. */
  na: Stand;
}

/** The rows of committing `plan` at time `nu` (ms) on a logboek in state `stand`. */
export function schrijfplan(stand: Stand, nu: number, plan: Plan): Schrijfplan {
  if (plan.entries.length === 0) {
    return { entries: [], openingen: [], meldingen: [], knopen: [], na: stand };
  }
  controleerStand(stand);
  const tijdstip = new Date(nu).toISOString();
  const entries: EntryRij[] = plan.entries.map(({ concept, bronZicht }, i) => {
    const entry: Entry = { volgnummer: stand.entries + i + 1, tijdstip, ...concept };
    if (bronZicht) entry.bronZicht = bronZicht;
    return { entry, inhoud: entryTekst(entry) };
  });
  const openingen = plan.entries.flatMap(({ opening, openingVervaltOp }, i) =>
    opening ? [{ volgnummer: stand.entries + i + 1, opening, vervaltOp: openingVervaltOp }] : [],
  );
  const meldingen = plan.meldingen.map((m) => {
    const e = entries[m.entry];
    if (!e) throw new Error('melding verwijst naar een onbekende logboekregel');
    const { partner, signaalId, inhoud } = m;
    return { partner, signaalId, inhoud, logboek: e.entry.volgnummer, aangemaaktOp: nu };
  });
  const encoder = new TextEncoder();
  const bladeren = [...stand.achterstand, ...entries.map((e) => e.inhoud)].map((t) =>
    webHasher.leaf(encoder.encode(t)),
  );
  const { nodes, frontier } = appendLeaves(stand.frontier, bladeren);
  const totaal = stand.entries + entries.length;
  return {
    entries,
    openingen,
    meldingen,
    knopen: nodes,
    na: { entries: totaal, bladeren: totaal, frontier, achterstand: [] },
  };
}

/** Refuses to write on a log that has fewer entries than its tree: entries were deleted. */
function controleerStand(stand: { entries: number; bladeren: number }): void {
  if (stand.bladeren > stand.entries) {
    throw new Error(
      `het logboek heeft ${stand.entries} logboekregels maar de boom ${stand.bladeren}: er zijn logboekregels verwijderd. Draai ketenpoort logboek verifieer.`,
    );
  }
}

/** The addresses of the frontier of a tree of `grootte` leaves, largest subtree first. */
export function frontierAdressen(grootte: number): NodeAddress[] {
  return perfectSubtrees(0, grootte);
}

/** The frontier of a tree of `grootte` leaves from the nodes read; throws when one is missing. */
export function ordenFrontier(grootte: number, gevonden: readonly StoredNode[]): StoredNode[] {
  const per = new Map(gevonden.map((n) => [`${n.level}/${n.index}`, n]));
  return frontierAdressen(grootte).map((a) => {
    const n = per.get(`${a.level}/${a.index}`);
    if (!n) throw new Error(`boomknoop ${a.level}/${a.index} ontbreekt; de opslag is beschadigd`);
    return { level: n.level, index: n.index, hash: new Uint8Array(n.hash) };
  });
}

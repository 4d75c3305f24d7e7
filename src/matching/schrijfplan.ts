/**
 * @module
 * The one write plan both stores execute. From the logboek as a commit finds it (entries,
 * leaves, tree size and frontier, the texts of leaves the tree lacks) and a {@link Plan}, it
 * computes every row the commit writes: the request's one leaf (src/logboek/blad.ts), its
 * entries with gap-free volgnummers and their canonical texts, openings, inbox notices, and
 * the tree nodes the leaf completes.
 * Pure: the SQLite and D1 adapters only read the state and run the inserts.
 */
import type { Teltoename } from '../cijfers/tellingen.js';
import { base64url } from '../encoding/base64url.js';
import { maakBlad } from '../logboek/blad.js';
import { type Entry, entryTekst } from '../logboek/entry.js';
import { type Hasher, webHasher } from '../logboek/hash.js';
import { appendLeaves, type StoredNode } from '../logboek/merkle-nodes.js';
import { type NodeAddress, perfectSubtrees } from '../logboek/merkle-ranges.js';
import type { Overdracht } from './overdracht.js';
import type { Plan } from './plan.js';
import type { Casusinzage, Regie, Regievoorstel } from './regie.js';
import type { Stapelmelding } from './stapelmelding.js';
import type { Termijnmelding } from './termijn.js';
import type { SignaalStatus, Terugkoppelingsvraag } from './terugkoppeling.js';

/** The logboek and its tree as a write finds them. */
export interface Stand {
  /** Committed entries: the last volgnummer. */
  entries: number;
  /** Committed leaves: the last leaf number (one leaf per request). */
  bladen: number;
  /** Leaves in the stored tree (fewer than `bladen` only after an upgrade added the tree). */
  bladeren: number;
  /** The stored tree's frontier, {@link frontierAdressen}(bladeren) in that order. */
  frontier: readonly StoredNode[];
  /** Canonical texts of leaves bladeren+1 .. bladen, which the tree still lacks. */
  achterstand: readonly string[];
}

/** One committed entry's row: the entry and its canonical text. */
export interface EntryRij {
  entry: Entry;
  inhoud: string;
}

/** The row of a request's leaf: its number, time (ms), canonical text and salts (base64url). */
export interface BladRij {
  nummer: number;
  tijdstip: number;
  inhoud: string;
  zouten: Record<string, string>;
}

/** Everything one commit writes, in the order the adapters insert it. */
export interface Schrijfplan {
  blad: BladRij;
  entries: EntryRij[];
  openingen: Array<{ volgnummer: number; opening: Uint8Array; vervaltOp: number }>;
  /** Beside each opening, the stored pseudonyms it commits to: the inzage's index. */
  openingPseudoniemen: Array<{ waarde: string; volgnummer: number; vervaltOp: number }>;
  meldingen: Array<{
    partner: string;
    signaalId: string;
    inhoud: Record<string, unknown>;
    /** The leaf the notice's verstrekking is in. */
    logboek: number;
    aangemaaktOp: number;
  }>;
  knopen: StoredNode[];
  /** Overdrachten to insert or replace whole (issue 16). */
  overdrachten: Overdracht[];
  /** Statuses to insert or replace whole (issue 16). */
  statussen: SignaalStatus[];
  /** Requests for terugkoppeling to insert (issue 16). */
  vragen: Terugkoppelingsvraag[];
  /** Counters of the figures to add to (issue 19). */
  tellingen: Teltoename[];
  /** Regie given or handed over, and proposals made or answered (issue 17). */
  regie: Regie[];
  regievoorstellen: Regievoorstel[];
  termijnmeldingen: Termijnmelding[];
  stapelmeldingen: Stapelmelding[];
  /** The casussen read answered, with this commit's leaf (issue 17). */
  casusinzagen: Casusinzage[];
  /** The state after this commit: the next write in the same transaction starts here. */
  na: Stand;
}

/**
 * The rows of committing `plan` at time `nu` (ms) on a logboek in state `stand`: one leaf,
 * also when the plan has no entries (a request that matched nothing is still a request).
 * `hasher`: the runtime's SHA-256 for the leaf and its parts (Node brings node:crypto).
 */
export function schrijfplan(
  stand: Stand,
  nu: number,
  plan: Plan,
  hasher: Hasher = webHasher,
): Schrijfplan {
  controleerStand(stand);
  const tijdstip = new Date(nu).toISOString();
  const nummer = stand.bladen + 1;
  const entries: EntryRij[] = plan.entries.map(({ concept, bronZicht }, i) => {
    const entry: Entry = { volgnummer: stand.entries + i + 1, tijdstip, ...concept };
    if (bronZicht) entry.bronZicht = bronZicht;
    entry.blad = nummer;
    return { entry, inhoud: entryTekst(entry) };
  });
  const { inhoud } = maakBlad(
    nummer,
    tijdstip,
    entries.map((e) => e.entry),
    plan.zouten,
    entries.map((e) => e.inhoud),
    hasher.deel,
  );
  const zouten = Object.fromEntries(
    Object.entries(plan.zouten).map(([partij, zout]) => [partij, base64url(zout)]),
  );
  const openingen = plan.entries.flatMap(({ opening, openingVervaltOp }, i) =>
    opening ? [{ volgnummer: stand.entries + i + 1, opening, vervaltOp: openingVervaltOp }] : [],
  );
  const openingPseudoniemen = plan.entries.flatMap(
    ({ opening, openingVervaltOp, pseudoniemen }, i) =>
      opening
        ? (pseudoniemen ?? []).map((waarde) => ({
            waarde,
            volgnummer: stand.entries + i + 1,
            vervaltOp: openingVervaltOp,
          }))
        : [],
  );
  const meldingen = plan.meldingen.map((m) => {
    if (!entries[m.entry]) throw new Error('melding verwijst naar een onbekende logboekregel');
    const { partner, signaalId, inhoud } = m;
    return { partner, signaalId, inhoud, logboek: nummer, aangemaaktOp: nu };
  });
  const encoder = new TextEncoder();
  const bladeren = [...stand.achterstand, inhoud].map((t) => hasher.leaf(encoder.encode(t)));
  const { nodes, frontier } = appendLeaves(stand.frontier, bladeren, hasher);
  return {
    blad: { nummer, tijdstip: nu, inhoud, zouten },
    entries,
    openingen,
    openingPseudoniemen,
    meldingen,
    knopen: nodes,
    overdrachten: plan.overdrachten ?? [],
    statussen: plan.statussen ?? [],
    vragen: plan.vragen ?? [],
    tellingen: plan.tellingen ?? [],
    regie: plan.regie ?? [],
    regievoorstellen: plan.regievoorstellen ?? [],
    termijnmeldingen: plan.termijnmeldingen ?? [],
    stapelmeldingen: plan.stapelmeldingen ?? [],
    casusinzagen: plan.casusinzage ? [{ ...plan.casusinzage, blad: nummer }] : [],
    na: {
      entries: stand.entries + entries.length,
      bladen: nummer,
      bladeren: nummer,
      frontier,
      achterstand: [],
    },
  };
}

/** Refuses to write on a log that has fewer leaves than its tree: leaves were deleted. */
function controleerStand(stand: { bladen: number; bladeren: number }): void {
  if (stand.bladeren > stand.bladen) {
    throw new Error(
      `het logboek heeft ${stand.bladen} bladen maar de boom ${stand.bladeren}: er zijn bladen verwijderd. Draai ketenpoort logboek verifieer.`,
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

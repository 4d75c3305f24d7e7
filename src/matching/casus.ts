/**
 * @module
 * The casus (issue 17): the active signals that share one stored pseudonym. One definition
 * for regie, termijnen, stapelregels and (issue 19) figures. Not transitive: a shared address
 * does not chain two persons, because every pseudonym forms its own group; entities in
 * `uitgesloten` form none; groups with the same member signals (one person known by BSN,
 * name and phone) are one casus.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from '../encoding/base64url.js';
import type { Beleid } from '../policy/index.js';
import { beslis } from '../policy/index.js';
import { doelenVan, type OpgeslagenPseudoniem, type Signaal } from './signaal.js';

/** A signal with the stored pseudonyms it shares with the signal a casus is looked up for. */
export interface Lid {
  signaal: Signaal;
  gedeeld: readonly OpgeslagenPseudoniem[];
}

/** One casus: an opaque stable id, the stored pseudonyms that form it, its member signals. */
export interface Casus {
  /** base64url of SHA-256 over its smallest pseudonym: the same casus keeps the same id. */
  id: string;
  /** `soort:waarde` of every stored pseudonym whose group has exactly these members, sorted. */
  sleutels: string[];
  /** Member signals, in the order they came in. */
  leden: Signaal[];
}

const encoder = new TextEncoder();

/**
 * The casussen among `leden` (active signals, each with the stored pseudonyms it shares):
 * per stored pseudonym outside `uitgesloten` the signals holding it, kept when they are at
 * least two signals of at least two partners, merged where the member sets are equal.
 * @example casussen(leden, new Set()).map((c) => c.id)
 */
export function casussen(leden: readonly Lid[], uitgesloten: ReadonlySet<string>): Casus[] {
  const bouwer = casusBouwer(uitgesloten);
  bouwer.voegToe(leden);
  return bouwer.casussen();
}

/**
 * Builds the casussen of `casussen` from pages of members, as the hourly job reads them (issue
 * 13): every page holds all members of the stored pseudonyms in it, in commit order, so each
 * pseudonym's group is complete in one page, and a page's work is done before the next is read.
 */
export function casusBouwer(uitgesloten: ReadonlySet<string>) {
  const perLeden = new Map<
    string,
    { sleutels: string[]; leden: Signaal[]; id: string; kleinste: string }
  >();
  return {
    /** Adds the groups of one page. */
    voegToe(leden: readonly Lid[]): void {
      const groepen = new Map<string, Signaal[]>();
      for (const l of leden) {
        for (const p of l.gedeeld) {
          const sleutel = `${p.soort}:${p.waarde}`;
          if (uitgesloten.has(sleutel)) continue;
          const groep = groepen.get(sleutel) ?? [];
          if (!groep.some((s) => s.id === l.signaal.id)) groep.push(l.signaal);
          groepen.set(sleutel, groep);
        }
      }
      for (const [sleutel, groep] of groepen) {
        const eerste = groep[0] as Signaal;
        if (!groep.some((s) => s.partner !== eerste.partner)) continue;
        const ledenSleutel = groep
          .map((s) => s.id)
          .sort()
          .join('\n');
        const c = perLeden.get(ledenSleutel);
        if (!c) {
          perLeden.set(ledenSleutel, {
            sleutels: [sleutel],
            leden: groep,
            id: casusId(sleutel),
            kleinste: sleutel,
          });
          continue;
        }
        c.sleutels.push(sleutel);
        // The id is the smallest pseudonym's: computed again only when a smaller one comes.
        if (sleutel < c.kleinste) {
          c.kleinste = sleutel;
          c.id = casusId(sleutel);
        }
      }
    },
    /** The casussen of every page added, in the order their first group came. */
    casussen(): Casus[] {
      return [...perLeden.values()].map(({ sleutels, leden, id }) => ({
        id,
        sleutels: sleutels.sort(),
        leden,
      }));
    },
  };
}

/** The public id of the casus formed by stored pseudonym `sleutel` (`soort:waarde`). */
export function casusId(sleutel: string): string {
  return base64url(sha256(encoder.encode(`ketenpoort:casus:${sleutel}`))).slice(0, 22);
}

/** The ids of every casus a signal with stored pseudonyms `eigen` can be in (one per pseudonym). */
export function mogelijkeCasussen(eigen: readonly OpgeslagenPseudoniem[]): string[] {
  return eigen.map((p) => casusId(`${p.soort}:${p.waarde}`));
}

/**
 * Whether `partner` sees casus `c` (its regie, deadlines, escalations): it holds a member
 * signal, and another partner's member signal is disclosed to it at least as `bestaan` under
 * that partner's rule for a doel of its own signal, or its own signal was taken on from it.
 */
export function zietCasus(beleid: Beleid, c: Casus, partner: string): boolean {
  const eigen = c.leden.filter((s) => s.partner === partner);
  if (eigen.length === 0) return false;
  return c.leden.some(
    (ander) =>
      ander.partner !== partner &&
      eigen.some((s) => s.herkomst === ander.id || magBestaanZien(beleid, ander, s)),
  );
}

/** Whether the owner of `naar` may learn, for one of its doelen, that `over` exists. */
function magBestaanZien(beleid: Beleid, over: Signaal, naar: Signaal): boolean {
  return doelenVan(naar).some(
    (doel) =>
      beslis(beleid, {
        bron: over.partner,
        ontvanger: naar.partner,
        doel,
        signaal: over,
      }).toegestaan,
  );
}

/** The partners that see casus `c`, each once, in member order. */
export function zienden(beleid: Beleid, c: Casus): string[] {
  const partners = [...new Set(c.leden.map((s) => s.partner))];
  return partners.filter((p) => zietCasus(beleid, c, p));
}

/** When `casus` formed: the registration of the first member from a second partner. */
export function casusSinds(casus: Casus): number {
  const eerste = casus.leden[0];
  const tweede = casus.leden.find((s) => s.partner !== eerste?.partner);
  return tweede?.geregistreerdOp ?? eerste?.geregistreerdOp ?? 0;
}

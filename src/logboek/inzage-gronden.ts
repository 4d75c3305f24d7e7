/**
 * @module
 * Why an entry about a betrokkene is held back from their inzage (AVG art. 23, UAVG art. 41).
 * A restriction follows the policy, not only the flag: an `inzagebeperking` on a rule covers
 * everything its partner (the rule's bron) registers, discloses or receives for the rule's
 * doelen, whether or not `nietInformeren` was set. A signal held back takes with it every
 * entry whose existence implies it: every entry about that signal (the reverse verstrekking,
 * weigering, intrekking, vernietiging and any later kind), and every verstrekking or weigering
 * to its partner for its doel after it was registered.
 */
import type { Beleid } from '../policy/index.js';
import type { Entry } from './entry.js';

/** What the report needs to know of one of the betrokkene's signals. */
export interface InzageSignaal {
  id: string;
  partner: string;
  doel: string;
  nietInformeren: boolean;
  /** ms since the epoch. */
  geregistreerdOp: number;
}

/** Why an entry is held back from the betrokkene. */
export interface Grond {
  soort: 'niet-informeren' | 'inzagebeperking' | 'signaal-onbekend';
  /** The partner whose restriction it is: the FG of that partner may see the ground. */
  partner?: string;
  /** The rule that carries the restriction. */
  regel?: string;
  grondslagen: string[];
  uitleg: string;
}

/** A signal as far as the entries about it tell: its owner, doel and registration time. */
interface Feiten {
  partner: string;
  doel: string | null;
  sinds: number;
  nietInformeren: boolean | undefined;
}

/** Actions whose `bron` and `doel` are those of the signal itself. */
const VAN_SIGNAAL = new Set(['registratie', 'intrekking', 'vernietiging', 'verwijdering']);

/** Computes the grounds of every entry about one betrokkene. */
export function inzageGronden(
  entries: readonly Entry[],
  signalen: ReadonlyMap<string, InzageSignaal>,
  beleid: Beleid,
): (entry: Entry) => Grond[] {
  const beperking = beperkingen(beleid);
  const feiten = signaalFeiten(entries, signalen);
  const perSignaal = new Map<string, Grond[]>();
  for (const [id, f] of feiten) perSignaal.set(id, signaalGronden(f, beperking));
  const beperkt = [...feiten].filter(([id]) => (perSignaal.get(id) ?? []).length > 0);
  return (entry) => {
    const gronden: Grond[] = [];
    if (entry.signaal !== null) {
      gronden.push(...(perSignaal.get(entry.signaal) ?? onbekend(entry)));
    }
    for (const partij of [entry.bron, entry.ontvanger]) {
      if (partij !== null && entry.actie !== 'inzage') {
        gronden.push(...beperking(partij, entry.doel));
      }
    }
    if (entry.ontvanger !== null) {
      const tijd = Date.parse(entry.tijdstip);
      for (const [id, f] of beperkt) {
        if (f.partner !== entry.ontvanger || f.doel !== entry.doel || f.sinds > tijd) continue;
        gronden.push(...(perSignaal.get(id) ?? []).map((g) => alsOntvanger(g, f.partner)));
      }
    }
    for (const regel of entry.regels) {
      const b = beleid.inzagebeperkingen?.get(regel);
      if (b) {
        const partner = entry.bron ?? undefined;
        gronden.push({ soort: 'inzagebeperking', partner, regel, ...kopie(b) });
      }
    }
    return uniek(gronden);
  };
}

/** For (partner, doel): the grounds of every rule of that partner with a restriction for it. */
function beperkingen(beleid: Beleid): (partner: string, doel: string | null) => Grond[] {
  const regels = beleid.regels.flatMap((r) => {
    const b = beleid.inzagebeperkingen?.get(r.id);
    return b ? [{ r, b }] : [];
  });
  return (partner, doel) =>
    regels
      .filter(({ r }) => r.bronnen.includes(partner))
      .filter(({ r }) => r.doelen === undefined || doel === null || r.doelen.includes(doel))
      .map(({ r, b }) => ({ soort: 'inzagebeperking', partner, regel: r.id, ...kopie(b) }));
}

function kopie(b: { grondslagen: readonly string[]; uitleg: string }) {
  return { grondslagen: [...b.grondslagen], uitleg: b.uitleg };
}

/** Owner, doel and time of each signal the entries name: from the store, else from its entries. */
function signaalFeiten(
  entries: readonly Entry[],
  signalen: ReadonlyMap<string, InzageSignaal>,
): Map<string, Feiten> {
  const feiten = new Map<string, Feiten>();
  for (const s of signalen.values()) {
    const { partner, doel, nietInformeren, geregistreerdOp: sinds } = s;
    feiten.set(s.id, { partner, doel, sinds, nietInformeren });
  }
  for (const e of entries) {
    if (e.signaal === null || e.bron === null || feiten.has(e.signaal)) continue;
    if (!VAN_SIGNAAL.has(e.actie)) continue;
    const sinds = Date.parse(e.tijdstip);
    feiten.set(e.signaal, { partner: e.bron, doel: e.doel, sinds, nietInformeren: undefined });
  }
  return feiten;
}

/** The grounds that hold back a signal and everything about it. */
function signaalGronden(f: Feiten, beperking: ReturnType<typeof beperkingen>): Grond[] {
  const gronden: Grond[] = [];
  if (f.nietInformeren === undefined) gronden.push(signaalOnbekend(f.partner));
  if (f.nietInformeren) gronden.push(nietInformeren(f.partner));
  gronden.push(...beperking(f.partner, f.doel));
  return gronden;
}

/** An entry about a signal of which nothing is known any more: held back (fail closed). */
function onbekend(entry: Entry): Grond[] {
  return [signaalOnbekend(entry.bron ?? undefined)];
}

function signaalOnbekend(partner: string | undefined): Grond {
  return {
    soort: 'signaal-onbekend',
    ...(partner !== undefined && { partner }),
    grondslagen: [],
    uitleg:
      'Het signaal van deze regel bestaat niet meer, dus of de bron "niet informeren" had aangegeven is niet na te gaan. Beoordeel deze regel zelf.',
  };
}

function nietInformeren(partner: string): Grond {
  return {
    soort: 'niet-informeren',
    partner,
    grondslagen: [],
    uitleg: `De bron (${partner}) heeft bij registratie aangegeven dat de betrokkene niet geïnformeerd mag worden. Overleg met ${partner} voordat u deze regel alsnog deelt (AVG art. 23, UAVG art. 41).`,
  };
}

/** A ground of a held-back signal, given to a verstrekking or weigering to its partner. */
function alsOntvanger(g: Grond, partner: string): Grond {
  return {
    ...g,
    uitleg: `De ontvanger (${partner}) heeft een signaal over deze betrokkene dat wordt achtergehouden; deze regel noemen zou die betrokkenheid verraden. ${g.uitleg}`,
  };
}

function uniek(gronden: Grond[]): Grond[] {
  const gezien = new Map<string, Grond>();
  for (const g of gronden) {
    const sleutel = `${g.soort}\u0000${g.partner ?? ''}\u0000${g.regel ?? ''}`;
    if (!gezien.has(sleutel)) gezien.set(sleutel, g);
  }
  return [...gezien.values()];
}

/**
 * @module
 * The flows after the match (issue 16) for the matrix and the register: who may hand a signal
 * to whom, for which doel and what the recipient then sees (decided with `beslisOverdracht`),
 * and which statuses of its signal a partner's terugkoppeling shows to a linked partner
 * (decided with `statusZicht`). Computed over the whole signal space, like the matrix.
 */
import type { Beleid } from './beleid.js';
import type { MatrixRegel } from './matrix.js';
import { beslisOverdracht } from './overdracht.js';
import { overdrachtCellen, overdrachtMasker } from './overdracht-cellen.js';
import type { OverdrachtGegeven } from './overdracht-woorden.js';
import { projecties } from './projecties.js';
import { beschrijfKlassen, type Klasse, signaalklassen } from './signaalruimte.js';
import { statusZicht } from './terugkoppeling.js';
import { STATUSSEN, type Status } from './terugkoppeling-woorden.js';

/** One allowed overdracht and the signals it applies to. */
export interface OverdrachtStroom {
  /** The partner that hands over. */
  bron: string;
  ontvanger: string;
  doel: string;
  signalen: string;
  klassen: number[];
  /** What the recipient sees besides who hands over and its functional contact. */
  gegevens: OverdrachtGegeven[];
  regels: string[];
  grondslagen: string[];
}

/** Every allowed overdracht, by hander, recipient and doel. */
export function overdrachtMatrix(beleid: Beleid): OverdrachtStroom[] {
  const klassen = signaalklassen();
  const uit: OverdrachtStroom[] = [];
  const cellen = [...new Set(overdrachtCellen(beleid))].map(
    (c) => c.split('\u0000') as [string, string, string],
  );
  const volgorde = [...beleid.partners.keys()];
  const doelen = [...beleid.doelen.keys()];
  cellen.sort(
    (a, b) =>
      volgorde.indexOf(a[0]) - volgorde.indexOf(b[0]) ||
      volgorde.indexOf(a[1]) - volgorde.indexOf(b[1]) ||
      doelen.indexOf(a[2]) - doelen.indexOf(b[2]),
  );
  for (const [bron, ontvanger, doel] of cellen) {
    const groepen = new Map<string, OverdrachtStroom>();
    for (const [rep, leden] of projecties(overdrachtMasker(beleid, bron, ontvanger, doel))) {
      const signaal = (klassen[rep] as Klasse).signaal;
      const b = beslisOverdracht(beleid, { bron, ontvanger, doel, signaal });
      if (!b.toegestaan) continue;
      const sleutel = `${b.reden}|${b.gegevens}`;
      const g = groepen.get(sleutel) ?? {
        bron,
        ontvanger,
        doel,
        signalen: '',
        klassen: [],
        gegevens: b.gegevens,
        regels: b.regels,
        grondslagen: b.grondslagen,
      };
      g.klassen.push(...leden);
      groepen.set(sleutel, g);
    }
    for (const g of groepen.values()) {
      g.klassen.sort((a, b) => a - b);
      uit.push({ ...g, signalen: beschrijfKlassen(g.klassen) });
    }
  }
  return uit;
}

/** Which statuses of its signal the owner's terugkoppeling shows a linked partner. */
export interface TerugkoppelingStroom {
  /** The owner of the signal, who keeps the status. */
  bron: string;
  /** The partner linked to the signal (overlap, overdracht or a request) that sees it. */
  ontvanger: string;
  doel: string;
  signalen: string;
  klassen: number[];
  statussen: Status[];
  /** The status names the owner (its rule also grants `partner`). */
  genoemd: boolean;
  regels: string[];
  grondslagen: string[];
}

/**
 * The terugkoppeling of every row of `matrix` that grants it. A row groups signals decided by
 * the same rules, and the statuses shown depend only on those rules, so one signal decides.
 */
export function terugkoppelingMatrix(
  beleid: Beleid,
  matrix: readonly MatrixRegel[],
): TerugkoppelingStroom[] {
  const klassen = signaalklassen();
  const uit: TerugkoppelingStroom[] = [];
  for (const m of matrix) {
    if (!m.gegevens.includes('terugkoppeling')) continue;
    const signaal = (klassen[m.klassen[0] as number] as Klasse).signaal;
    const vraag = { bron: m.bron, ontvanger: m.ontvanger, doel: m.doel, signaal };
    const zichten = STATUSSEN.map((s) => [s, statusZicht(beleid, vraag, s)] as const);
    const statussen = zichten.filter(([, z]) => z !== undefined).map(([s]) => s);
    if (statussen.length === 0) continue;
    uit.push({
      bron: m.bron,
      ontvanger: m.ontvanger,
      doel: m.doel,
      signalen: m.signalen,
      klassen: m.klassen,
      statussen,
      genoemd: m.gegevens.includes('partner'),
      regels: m.regels,
      grondslagen: m.grondslagen,
    });
  }
  return uit;
}

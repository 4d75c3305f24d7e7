/**
 * @module
 * The finite space of signals a policy reasons about: every set of uitbuitingsvormen (2^7)
 * times every sterkte times every rol, 1280 classes. Change impact, the matrix and the
 * register walk this space, so what they say is exactly what `beslis` decides.
 */
import type { Vraag } from './beleid.js';
import {
  ROLLEN,
  type Rol,
  STERKTES,
  type Sterkte,
  UITBUITINGSVORMEN,
  type Uitbuitingsvorm,
} from './categorieen.js';

/** Number of distinct sets of uitbuitingsvormen. */
export const VORMSETS = 1 << UITBUITINGSVORMEN.length;
/** Number of signal classes. */
export const KLASSEN = VORMSETS * STERKTES.length * ROLLEN.length;
const ALLE_VORMEN = VORMSETS - 1;

/** One class of signals: vormen as a bit set over UITBUITINGSVORMEN, sterkte and rol by index. */
export interface Klasse {
  index: number;
  vormen: number;
  sterkte: number;
  rol: number;
  signaal: Vraag['signaal'];
}

let klassen: readonly Klasse[] | undefined;

/** Every signal class, indexed like the decision cache: ((vormen * sterktes) + sterkte) * rollen + rol. */
export function signaalklassen(): readonly Klasse[] {
  if (klassen) return klassen;
  const lijst: Klasse[] = [];
  for (let vormen = 0; vormen < VORMSETS; vormen++) {
    for (let sterkte = 0; sterkte < STERKTES.length; sterkte++) {
      for (let rol = 0; rol < ROLLEN.length; rol++) {
        lijst.push(
          Object.freeze({
            index: lijst.length,
            vormen,
            sterkte,
            rol,
            signaal: Object.freeze({
              uitbuitingsvormen: Object.freeze(vormenUit(vormen)),
              sterkte: STERKTES[sterkte] as Sterkte,
              rol: ROLLEN[rol] as Rol,
            }),
          }),
        );
      }
    }
  }
  klassen = Object.freeze(lijst);
  return klassen;
}

/** The uitbuitingsvormen of a bit set, in list order. */
export function vormenUit(bits: number): Uitbuitingsvorm[] {
  return UITBUITINGSVORMEN.filter((_, i) => (bits & (1 << i)) !== 0);
}

/** Bit i set when `lijst[i]` is among `waarden`. */
export function bitsVan(lijst: readonly string[], waarden: readonly string[]): number {
  let b = 0;
  for (const w of waarden) {
    const i = lijst.indexOf(w);
    if (i >= 0) b |= 1 << i;
  }
  return b;
}

/**
 * A Dutch description of a set of classes, such as "sterkte hard, rol slachtoffer, met
 * uitbuitingsvorm arbeidsuitbuiting". Exact: it describes this set and no other.
 */
export function beschrijfKlassen(indices: Iterable<number>): string {
  const alle = signaalklassen();
  // Per (sterkte, rol) the set of vorm bit sets present.
  const perPaar = new Map<number, Set<number>>();
  for (const i of indices) {
    const k = alle[i] as Klasse;
    const paar = k.sterkte * ROLLEN.length + k.rol;
    const set = perPaar.get(paar) ?? new Set<number>();
    set.add(k.vormen);
    perPaar.set(paar, set);
  }
  if (perPaar.size === 0) return 'geen enkel signaal';
  // Pairs with the same vormen description are described together.
  const perVormen = new Map<string, number[]>();
  for (const [paar, set] of perPaar) {
    const tekst = beschrijfVormen(set);
    perVormen.set(tekst, [...(perVormen.get(tekst) ?? []), paar]);
  }
  const delen = [...perVormen].map(([vormen, paren]) =>
    [beschrijfParen(paren), vormen].filter((d) => d !== '').join(', '),
  );
  if (delen.length === 1) return delen[0] || 'elk signaal';
  return delen.map((d) => `(${d || 'elk signaal'})`).join(' of ');
}

function beschrijfParen(paren: number[]): string {
  const sterktes = new Set(paren.map((p) => Math.floor(p / ROLLEN.length)));
  const rollen = new Set(paren.map((p) => p % ROLLEN.length));
  if (sterktes.size * rollen.size === paren.length) {
    const delen: string[] = [];
    if (sterktes.size < STERKTES.length)
      delen.push(`sterkte ${[...sterktes].map((s) => STERKTES[s]).join(' of ')}`);
    if (rollen.size < ROLLEN.length)
      delen.push(
        `rol ${[...rollen]
          .sort()
          .map((r) => ROLLEN[r])
          .join(' of ')}`,
      );
    return delen.join(', ');
  }
  return paren
    .sort((a, b) => a - b)
    .map((p) => `${STERKTES[Math.floor(p / ROLLEN.length)]} ${ROLLEN[p % ROLLEN.length]}`)
    .join(' of ');
}

/** Describes a set of vorm bit sets; '' when it holds every set. */
export function beschrijfVormen(set: ReadonlySet<number>): string {
  if (set.size === VORMSETS) return '';
  // "at least one of W": exactly the sets that intersect W.
  let w = 0;
  for (let i = 0; i < UITBUITINGSVORMEN.length; i++) if (set.has(1 << i)) w |= 1 << i;
  if (w !== 0 && gelijk(set, (m) => (m & w) !== 0)) return metVormen(w);
  // "none of X": exactly the sets that avoid X.
  const x = ALLE_VORMEN & ~[...set].reduce((a, m) => a | m, 0);
  if (x !== 0 && gelijk(set, (m) => (m & x) === 0)) return `zonder ${vormWoord(x)}`;
  if (w !== 0 && gelijk(set, (m) => m === 0 || (m & w) !== 0))
    return `zonder uitbuitingsvorm of ${metVormen(w)}`;
  const voorbeelden = [...set]
    .sort((a, b) => a - b)
    .slice(0, 4)
    .map((m) => `[${vormenUit(m).join(', ')}]`);
  return `bij ${set.size} combinaties van uitbuitingsvormen, zoals ${voorbeelden.join(', ')}`;
}

function metVormen(bits: number): string {
  const v = vormenUit(bits);
  return v.length === 1 ? `met uitbuitingsvorm ${v[0]}` : `met een van: ${v.join(', ')}`;
}

function vormWoord(bits: number): string {
  const v = vormenUit(bits);
  return v.length === 1 ? `uitbuitingsvorm ${v[0]}` : `de uitbuitingsvormen ${v.join(', ')}`;
}

function gelijk(set: ReadonlySet<number>, past: (m: number) => boolean): boolean {
  let aantal = 0;
  for (let m = 0; m < VORMSETS; m++) {
    if (!past(m)) continue;
    if (!set.has(m)) return false;
    aantal++;
  }
  return aantal === set.size;
}

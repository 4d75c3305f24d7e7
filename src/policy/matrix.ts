/**
 * @module
 * The verstrekkingsmatrix: for every source, recipient and doel, what the recipient learns,
 * for which signals, on which grondslagen and by which rules. Computed with `beslis` over the
 * whole signal space, so the matrix is what the gateway does, not what the text suggests.
 */
import type { Beleid } from './beleid.js';
import { beslis } from './beslis.js';
import type { Veld } from './categorieen.js';
import { projecties, vormMasker } from './projecties.js';
import { beschrijfKlassen, type Klasse, signaalklassen } from './signaalruimte.js';

/** One allowed disclosure and the signals it applies to. */
export interface MatrixRegel {
  bron: string;
  ontvanger: string;
  doel: string;
  /** The signals, in Dutch; exact. */
  signalen: string;
  /** Indices into `signaalklassen()`, sorted. */
  klassen: number[];
  gegevens: Veld[];
  melden: boolean;
  regels: string[];
  grondslagen: string[];
}

/** Every allowed (bron, ontvanger, doel, outcome), by bron, ontvanger and doel in catalogue order. */
export function beleidMatrix(beleid: Beleid): MatrixRegel[] {
  const klassen = signaalklassen();
  const uit: MatrixRegel[] = [];
  for (const bron of beleid.partners.keys())
    for (const ontvanger of beleid.partners.keys()) {
      if (bron === ontvanger) continue;
      for (const doel of beleid.doelen.keys()) {
        const groepen = new Map<string, Omit<MatrixRegel, 'signalen'>>();
        for (const [rep, leden] of projecties(vormMasker(beleid, bron, ontvanger, doel))) {
          const signaal = (klassen[rep] as Klasse).signaal;
          const b = beslis(beleid, { bron, ontvanger, doel, signaal });
          if (!b.toegestaan) continue;
          // Equal redenen name the same rules and outcome; gegevens and melden complete the key.
          const sleutel = `${b.reden}|${b.gegevens}|${b.melden}`;
          const g = groepen.get(sleutel) ?? {
            bron,
            ontvanger,
            doel,
            klassen: [],
            gegevens: [...b.gegevens],
            melden: b.melden,
            regels: [...b.regels],
            grondslagen: [...b.grondslagen],
          };
          g.klassen.push(...leden);
          groepen.set(sleutel, g);
        }
        for (const g of groepen.values()) {
          g.klassen.sort((a, b) => a - b);
          uit.push({ ...g, signalen: beschrijfKlassen(g.klassen) });
        }
      }
    }
  return uit;
}

/**
 * @module
 * Change impact: what two policy sets decide differently, found by deciding every question
 * (every source, recipient and doel, times every signal class) with both, not by comparing
 * text. So reordering rules or rewording an explanation shows no difference, and a new
 * recipient shows exactly the disclosures it gains.
 */

import type { Beleid, Besluit } from './beleid.js';
import { beslis } from './beslis.js';
import { VELDEN, type Veld } from './categorieen.js';
import { projecties, vormMasker } from './projecties.js';
import { beschrijfKlassen, type Klasse, signaalklassen } from './signaalruimte.js';
import { overdrachtVerschil, statusVerschil } from './verschil-na-overlap.js';
import { regieVerschil } from './verschil-regie.js';
import { VERRUIMINGEN, type Verschil, type Wijziging } from './verschil-soorten.js';

export type { Verschil, VerschilSoort, Wijziging } from './verschil-soorten.js';
export { VERRUIMINGEN } from './verschil-soorten.js';

/** Everything that differs; empty when both sets decide every question the same. */
export function beleidVerschil(oud: Beleid, nieuw: Beleid): Verschil[] {
  const partners = [...new Set([...oud.partners.keys(), ...nieuw.partners.keys()])].sort();
  const doelen = [...new Set([...oud.doelen.keys(), ...nieuw.doelen.keys()])].sort();
  const klassen = signaalklassen();
  const uit: Verschil[] = [];
  for (const bron of partners)
    for (const ontvanger of partners) {
      if (bron === ontvanger) continue;
      for (const doel of doelen) {
        const groepen = new Map<
          string,
          { v: Omit<Verschil, 'signalen' | 'aantal'>; klassen: number[] }
        >();
        // Only the vormen some rule of the cell names can change its outcome: decide one
        // representative per projection on those, and let it stand for all its classes.
        const masker =
          vormMasker(oud, bron, ontvanger, doel) | vormMasker(nieuw, bron, ontvanger, doel);
        for (const [rep, leden] of projecties(masker)) {
          const vraag = { bron, ontvanger, doel, signaal: (klassen[rep] as Klasse).signaal };
          const a = beslis(oud, vraag);
          const b = beslis(nieuw, vraag);
          if (gelijk(a, b)) continue;
          for (const v of wijzigingen(a, b)) {
            const sleutel = `${v.wijziging}|${v.gegevens}|${v.regels}|${v.grondslagen.oud}|${v.grondslagen.nieuw}`;
            const g = groepen.get(sleutel) ?? { v: { bron, ontvanger, doel, ...v }, klassen: [] };
            g.klassen.push(...leden);
            groepen.set(sleutel, g);
          }
        }
        for (const { v, klassen: ks } of groepen.values())
          uit.push({ ...v, signalen: beschrijfKlassen(ks), aantal: ks.length });
      }
    }
  uit.push(
    ...overdrachtVerschil(oud, nieuw),
    ...statusVerschil(oud, nieuw),
    ...regieVerschil(oud, nieuw),
  );
  return uit.sort((x, y) => Number(y.verruiming) - Number(x.verruiming));
}

/** Same disclosure on the same grondslagen; which rule ids decide is not a difference by itself. */
function gelijk(a: Besluit, b: Besluit): boolean {
  if (a === b) return true;
  if (a.toegestaan !== b.toegestaan) return false;
  if (!a.toegestaan) return true;
  return (
    a.melden === b.melden &&
    a.gegevens.length === b.gegevens.length &&
    a.gegevens.every((g, i) => g === b.gegevens[i]) &&
    a.grondslagen.length === b.grondslagen.length &&
    a.grondslagen.every((g, i) => g === b.grondslagen[i])
  );
}

type Deel = Pick<
  Verschil,
  'soort' | 'wijziging' | 'verruiming' | 'gegevens' | 'regels' | 'grondslagen'
>;

/** The changes between two outcomes of the same question. */
function wijzigingen(a: Besluit, b: Besluit): Deel[] {
  const grondslagen = { oud: [...a.grondslagen], nieuw: [...b.grondslagen] };
  const deel = (wijziging: Wijziging, gegevens: Veld[], regels: readonly string[]): Deel => ({
    soort: 'verstrekking',
    wijziging,
    verruiming: VERRUIMINGEN.has(wijziging),
    gegevens,
    regels: [...regels].sort(),
    grondslagen,
  });
  if (!a.toegestaan && !b.toegestaan) return [];
  if (!a.toegestaan) return [deel('nieuw-toegestaan', [...b.gegevens], b.regels)];
  if (!b.toegestaan) return [deel('nieuw-geweigerd', [...a.gegevens], a.regels)];
  const uit: Deel[] = [];
  const erbij = VELDEN.filter((v) => b.gegevens.includes(v) && !a.gegevens.includes(v));
  const eraf = VELDEN.filter((v) => a.gegevens.includes(v) && !b.gegevens.includes(v));
  if (erbij.length) uit.push(deel('meer-gegevens', erbij, b.regels));
  if (eraf.length) uit.push(deel('minder-gegevens', eraf, a.regels));
  if (!a.melden && b.melden) uit.push(deel('melden-aan', [], b.regels));
  if (a.melden && !b.melden) uit.push(deel('melden-uit', [], a.regels));
  if (a.grondslagen.join() !== b.grondslagen.join())
    uit.push(deel('andere-grondslagen', [], b.regels));
  return uit;
}

/**
 * @module
 * Change impact after the match (issue 16), decided like `beleidVerschil`: every overdracht
 * question (hander, recipient, doel, signal class) with both sets, and every status a linked
 * partner may see. A wider overdracht or more visible statuses is a verruiming; the reverse an
 * inperking. Gaining or losing `terugkoppeling` itself is a change of gegevens of the
 * verstrekking underneath, which `beleidVerschil` already reports.
 */
import type { Beleid, Vraag } from './beleid.js';
import { beslis } from './beslis.js';
import { beslisOverdracht, type OverdrachtBesluit } from './overdracht.js';
import { overdrachtCellen, overdrachtMasker, terugkoppelingCellen } from './overdracht-cellen.js';
import { OVERDRACHT_GEGEVENS } from './overdracht-woorden.js';
import { projecties, vormMasker } from './projecties.js';
import { beschrijfKlassen, type Klasse, signaalklassen } from './signaalruimte.js';
import { statusZicht } from './terugkoppeling.js';
import { STATUSSEN } from './terugkoppeling-woorden.js';
import type { Verschil } from './verschil-soorten.js';

type Deel = Omit<Verschil, 'bron' | 'ontvanger' | 'doel' | 'signalen' | 'aantal'>;

/** Every overdracht question the two sets decide differently. */
export function overdrachtVerschil(oud: Beleid, nieuw: Beleid): Verschil[] {
  const uit: Verschil[] = [];
  for (const [bron, ontvanger, doel] of cellen(oud, nieuw, (b) => overdrachtCellen(b))) {
    const masker =
      overdrachtMasker(oud, bron, ontvanger, doel) | overdrachtMasker(nieuw, bron, ontvanger, doel);
    uit.push(
      ...groepeer(bron, ontvanger, doel, masker, (vraag) =>
        overdrachtWijzigingen(beslisOverdracht(oud, vraag), beslisOverdracht(nieuw, vraag)),
      ),
    );
  }
  return uit;
}

/** Every status a linked partner sees under one set and not under the other. */
export function statusVerschil(oud: Beleid, nieuw: Beleid): Verschil[] {
  const uit: Verschil[] = [];
  for (const [bron, ontvanger, doel] of cellen(oud, nieuw, (b) => terugkoppelingCellen(b))) {
    const masker =
      vormMasker(oud, bron, ontvanger, doel) | vormMasker(nieuw, bron, ontvanger, doel);
    uit.push(
      ...groepeer(bron, ontvanger, doel, masker, (vraag) => {
        const a = beslis(oud, vraag);
        const b = beslis(nieuw, vraag);
        // Gaining or losing terugkoppeling itself is a verstrekking difference.
        if (!a.gegevens.includes('terugkoppeling') || !b.gegevens.includes('terugkoppeling'))
          return [];
        const zien = (x: Beleid) => STATUSSEN.filter((s) => statusZicht(x, vraag, s) !== undefined);
        const voor = zien(oud);
        const na = zien(nieuw);
        const erbij = na.filter((s) => !voor.includes(s));
        const eraf = voor.filter((s) => !na.includes(s));
        const uit: Deel[] = [];
        const deel = (
          wijziging: Verschil['wijziging'],
          gegevens: string[],
          regels: string[],
        ): Deel => ({
          soort: 'terugkoppeling',
          wijziging,
          verruiming: wijziging === 'meer-statussen',
          gegevens,
          regels: [...regels].sort(),
          grondslagen: { oud: [...a.grondslagen], nieuw: [...b.grondslagen] },
        });
        if (erbij.length) uit.push(deel('meer-statussen', erbij, b.regels));
        if (eraf.length) uit.push(deel('minder-statussen', eraf, a.regels));
        return uit;
      }),
    );
  }
  return uit;
}

/** Decides one representative per projection and groups equal changes over their classes. */
function groepeer(
  bron: string,
  ontvanger: string,
  doel: string,
  masker: number,
  wijzigingen: (vraag: Vraag) => Deel[],
): Verschil[] {
  const klassen = signaalklassen();
  const groepen = new Map<string, { v: Deel; klassen: number[] }>();
  for (const [rep, leden] of projecties(masker)) {
    const vraag = { bron, ontvanger, doel, signaal: (klassen[rep] as Klasse).signaal };
    for (const v of wijzigingen(vraag)) {
      const sleutel = `${v.wijziging}|${v.gegevens}|${v.regels}|${v.grondslagen.oud}|${v.grondslagen.nieuw}`;
      const g = groepen.get(sleutel) ?? { v, klassen: [] };
      g.klassen.push(...leden);
      groepen.set(sleutel, g);
    }
  }
  return [...groepen.values()].map(({ v, klassen: ks }) => ({
    bron,
    ontvanger,
    doel,
    ...v,
    signalen: beschrijfKlassen(ks),
    aantal: ks.length,
  }));
}

function overdrachtWijzigingen(a: OverdrachtBesluit, b: OverdrachtBesluit): Deel[] {
  const grondslagen = { oud: a.grondslagen, nieuw: b.grondslagen };
  const deel = (wijziging: Verschil['wijziging'], gegevens: string[], regels: string[]): Deel => ({
    soort: 'overdracht',
    wijziging,
    verruiming: wijziging === 'nieuw-toegestaan' || wijziging === 'meer-gegevens',
    gegevens,
    regels: [...regels].sort(),
    grondslagen,
  });
  if (!a.toegestaan && !b.toegestaan) return [];
  if (!a.toegestaan) return [deel('nieuw-toegestaan', b.gegevens, b.regels)];
  if (!b.toegestaan) return [deel('nieuw-geweigerd', a.gegevens, a.regels)];
  const uit: Deel[] = [];
  const erbij = OVERDRACHT_GEGEVENS.filter(
    (g) => b.gegevens.includes(g) && !a.gegevens.includes(g),
  );
  const eraf = OVERDRACHT_GEGEVENS.filter((g) => a.gegevens.includes(g) && !b.gegevens.includes(g));
  if (erbij.length) uit.push(deel('meer-gegevens', erbij, b.regels));
  if (eraf.length) uit.push(deel('minder-gegevens', eraf, a.regels));
  if (a.grondslagen.join() !== b.grondslagen.join())
    uit.push(deel('andere-grondslagen', [], b.regels));
  return uit;
}

/** The (bron, ontvanger, doel) where either set has a rule of the kind; elsewhere both refuse. */
function cellen(
  oud: Beleid,
  nieuw: Beleid,
  van: (b: Beleid) => Iterable<string>,
): Array<[string, string, string]> {
  const alle = new Set([...van(oud), ...van(nieuw)]);
  return [...alle].sort().map((s) => s.split('\u0000') as [string, string, string]);
}

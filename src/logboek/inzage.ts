/**
 * @module
 * An inzageverzoek (AVG art. 15) from the logboek: which entries about a betrokkene go in
 * the report meant for that person, which the FG must hold back and on what ground, and
 * which are only the FG's business (denials, earlier access requests).
 *
 * Held back (AVG art. 23, UAVG art. 41), each with its ground:
 * - entries about a signal its partner registered with `nietInformeren`;
 * - disclosures to (or denials for) a partner that holds such a signal on this person,
 *   since naming the ontvanger would reveal that partner's involvement;
 * - entries decided by a rule with an `inzagebeperking`;
 * - entries whose signal is no longer known, so that flag cannot be checked (fail closed).
 */
import type { Beleid } from '../policy/index.js';
import type { Actie, Entry } from './entry.js';

/** What the report needs to know of one of the betrokkene's signals. */
export interface InzageSignaal {
  id: string;
  partner: string;
  nietInformeren: boolean;
}

/** Why an entry is held back from the betrokkene. */
export interface Grond {
  soort: 'niet-informeren' | 'inzagebeperking' | 'signaal-onbekend';
  /** The partner that set `nietInformeren`. */
  partner?: string;
  /** The rule that carries the restriction. */
  regel?: string;
  grondslagen: string[];
  uitleg: string;
}

export interface Inzage {
  /** For the betrokkene: registrations, disclosures and withdrawals about them. */
  rapport: Entry[];
  /** For the FG only: entries held back from the report, each with its grounds. */
  achtergehouden: Array<{ entry: Entry; gronden: Grond[] }>;
  /** For the FG only: denials (nothing was disclosed) and earlier access requests. */
  overig: Entry[];
}

/** What a betrokkene is told about: processing of their data by the partners. */
const VOOR_BETROKKENE: ReadonlySet<Actie> = new Set<Actie>([
  'registratie',
  'verstrekking',
  'intrekking',
  'vernietiging',
  'verwijdering',
]);

/** Sorts the entries about one betrokkene into report, held back and FG-only. */
export function beoordeelInzage(
  entries: readonly Entry[],
  signalen: ReadonlyMap<string, InzageSignaal>,
  beleid: Beleid,
): Inzage {
  const stil = new Set(
    [...signalen.values()].filter((s) => s.nietInformeren).map((s) => s.partner),
  );
  const uitkomst: Inzage = { rapport: [], achtergehouden: [], overig: [] };
  for (const entry of [...entries].sort((a, b) => a.volgnummer - b.volgnummer)) {
    const gronden = grondenVoor(entry, signalen, stil, beleid);
    if (gronden.length > 0) uitkomst.achtergehouden.push({ entry, gronden });
    else if (VOOR_BETROKKENE.has(entry.actie)) uitkomst.rapport.push(entry);
    else uitkomst.overig.push(entry);
  }
  return uitkomst;
}

function grondenVoor(
  entry: Entry,
  signalen: ReadonlyMap<string, InzageSignaal>,
  stil: ReadonlySet<string>,
  beleid: Beleid,
): Grond[] {
  const gronden: Grond[] = [];
  const signaal = entry.signaal === null ? undefined : signalen.get(entry.signaal);
  if (entry.signaal !== null && signaal === undefined && entry.actie !== 'vernietiging') {
    gronden.push({
      soort: 'signaal-onbekend',
      grondslagen: [],
      uitleg:
        'Het signaal van deze regel bestaat niet meer, dus of de bron "niet informeren" had aangegeven is niet na te gaan. Beoordeel deze regel zelf.',
    });
  }
  if (signaal?.nietInformeren) gronden.push(nietInformeren(signaal.partner, 'bron'));
  if (entry.ontvanger !== null && stil.has(entry.ontvanger)) {
    gronden.push(nietInformeren(entry.ontvanger, 'ontvanger'));
  }
  for (const regel of entry.regels) {
    const beperking = beleid.inzagebeperkingen?.get(regel);
    if (beperking) {
      gronden.push({
        soort: 'inzagebeperking',
        regel,
        grondslagen: [...beperking.grondslagen],
        uitleg: beperking.uitleg,
      });
    }
  }
  return gronden;
}

function nietInformeren(partner: string, als: 'bron' | 'ontvanger'): Grond {
  const wie =
    als === 'bron'
      ? `De bron (${partner}) heeft bij registratie aangegeven dat de betrokkene niet geïnformeerd mag worden.`
      : `De ontvanger (${partner}) heeft een signaal over deze betrokkene met "niet informeren"; de verstrekking noemen zou die betrokkenheid verraden.`;
  return {
    soort: 'niet-informeren',
    partner,
    grondslagen: [],
    uitleg: `${wie} Overleg met ${partner} voordat u deze regel alsnog deelt (AVG art. 23, UAVG art. 41).`,
  };
}

/**
 * @module
 * Logboek entries for the benchmark, made from a fixed seed in the shape the gateway writes
 * them (registrations, disclosures, denials), and their canonical bytes packed into one
 * buffer so a million of them fit in memory without a million small allocations.
 */
import type { Entry, EntryConcept } from '../../src/logboek/entry.js';
import { entryBytes } from '../../src/logboek/entry.js';
import type { GeplandeEntry } from '../../src/logboek/geplande-entry.js';
import { ZAAD } from '../gegevens/signalen.js';
import { Willekeurig } from '../lib/willekeurig.js';

const PARTNERS = ['vtgv', 'vtu', 'zorgcoordinator-gv', 'tmm', 'nla-toezicht', 'gemeente-hilversum'];
const DOELEN = ['signalering', 'zorgcoordinatie', 'veiligheidsbeoordeling', 'opsporing'];
const START = Date.parse('2026-01-01T00:00:00.000Z');

/** Generates concepts of entries as the matching planner makes them. */
export class RegelGenerator {
  readonly #r: Willekeurig;
  readonly #beleid: string;

  constructor(zaad = ZAAD + 3) {
    this.#r = new Willekeurig(zaad);
    this.#beleid = Buffer.from(this.#r.bytes(32)).toString('hex');
  }

  concept(): EntryConcept {
    const r = this.#r;
    const x = r.getal();
    const actie = x < 0.8 ? 'registratie' : x < 0.92 ? 'verstrekking' : 'weigering';
    const partner = r.kies(PARTNERS);
    const ontvanger = actie === 'registratie' ? null : r.kies(PARTNERS);
    const b64 = () => Buffer.from(r.bytes(32)).toString('base64url');
    return {
      actie,
      partner,
      gebruiker: `medewerker-${1 + r.tot(50)}`,
      bron: actie === 'registratie' ? partner : r.kies(PARTNERS),
      ontvanger,
      signaal: r.uuid(),
      gegevens: actie === 'verstrekking' ? ['bestaan', 'partner', 'contact'] : [],
      doel: r.kies(DOELEN),
      grondslagen: actie === 'verstrekking' ? ['avg-6-1-e', 'wmo-4.1.1'] : [],
      regels:
        actie === 'registratie'
          ? []
          : actie === 'weigering'
            ? ['standaard-weigering']
            : ['vtgv-zorgcoordinatie'],
      beleid: this.#beleid,
      verzoek: { id: `urn:uuid:${r.uuid()}`, traceparent: null },
      betrokkene: r.kans(0.5) ? [b64()] : [b64(), b64()].sort(),
    };
  }

  /** The committed entry number `volgnummer` (1-based), one second after the previous. */
  entry(volgnummer: number): Entry {
    const tijdstip = new Date(START + volgnummer * 1000).toISOString();
    return { volgnummer, tijdstip, ...this.concept() };
  }

  /** A concept as the store's `log` takes it, with the opening of its commitments. */
  gepland(): GeplandeEntry {
    return { concept: this.concept(), opening: this.#r.bytes(16), openingVervaltOp: START };
  }
}

/** The canonical bytes of `n` entries, back to back, with their offsets. */
export interface Bladeren {
  bytes: Uint8Array;
  /** Entry i is bytes[begin[i] .. begin[i + 1]]. */
  begin: Uint32Array;
  aantal: number;
}

/** Builds `n` entries (volgnummer 1..n) and packs their canonical bytes. */
export function maakBladeren(n: number): Bladeren {
  const g = new RegelGenerator();
  let bytes = new Uint8Array(n * 700);
  const begin = new Uint32Array(n + 1);
  let plek = 0;
  for (let i = 0; i < n; i++) {
    const b = entryBytes(g.entry(i + 1));
    if (plek + b.length > bytes.length) {
      const groter = new Uint8Array(Math.ceil(bytes.length * 1.5) + b.length);
      groter.set(bytes.subarray(0, plek));
      bytes = groter;
    }
    bytes.set(b, plek);
    begin[i] = plek;
    plek += b.length;
    begin[i + 1] = plek;
  }
  return { bytes: bytes.subarray(0, plek), begin, aantal: n };
}

/** Entry i's bytes, as a view (no copy). */
export function blad(b: Bladeren, i: number): Uint8Array {
  return b.bytes.subarray(b.begin[i]!, b.begin[i + 1]!);
}

/**
 * @module
 * The benchmark's signals, made from a fixed seed: every run registers exactly the same
 * partners, categories and pseudonyms. Pseudonyms are 32 random bytes in base64url, which
 * is what a partner's HMAC pseudonym looks like; no identifier is involved at all.
 */

import type { Soort } from '../../src/identity/soorten.js';
import {
  type Rol,
  STERKTES,
  type Sterkte,
  type Uitbuitingsvorm,
} from '../../src/policy/categorieen.js';
import type { Beleid } from '../../src/policy/index.js';
import type { Registratie } from '../../src/use-cases/registreren.js';
import { Willekeurig } from '../lib/willekeurig.js';

/** The seed of all benchmark data. */
export const ZAAD = 20_261_123;

/** A partner's pseudonym as sent to the API (not yet re-keyed by the gateway): v2, 64 bytes. */
export interface Pseudoniem {
  soort: Soort;
  versie: 'v2';
  sleutel: string;
  waarde: string;
}

/** A made-up bsn pseudonym as the API takes it: v2 under the demo sleutelbewaarder's key. */
export function bsnV2(waarde: string): Pseudoniem {
  return { soort: 'bsn', versie: 'v2', sleutel: 'demo-v2', waarde };
}

export interface GegenereerdSignaal {
  partner: string;
  registratie: Registratie;
}

/** How often each soort occurs: many BSNs and phone numbers, few licence plates. */
const SOORTEN: ReadonlyArray<[Soort, number]> = [
  ['bsn', 30],
  ['persoon', 20],
  ['telefoon', 20],
  ['adres', 15],
  ['email', 5],
  ['iban', 5],
  ['kvk', 3],
  ['kenteken', 2],
];
const ROL_GEWICHT: ReadonlyArray<[Rol, number]> = [
  ['slachtoffer', 50],
  ['vermoedelijke_dader', 20],
  ['werkgever', 10],
  ['locatie', 15],
  ['overig', 5],
];
const VORM_GEWICHT: ReadonlyArray<[Uitbuitingsvorm, number]> = [
  ['seksuele_uitbuiting', 40],
  ['arbeidsuitbuiting', 35],
  ['criminele_uitbuiting', 20],
  ['gedwongen_huwelijk', 2],
  ['gedwongen_orgaanverwijdering', 1],
  ['draagmoederschap', 1],
  ['illegale_adoptie', 1],
];
/** Recent pseudonyms a new signal may share one of (overlap within the generated set). */
const RING = 20_000;

interface Profiel {
  partner: string;
  doelen: string[];
  sterktes: Sterkte[];
  gemeenten: string[];
}

/**
 * Generates registrations. With probability `overlap` a signal shares its first pseudonym
 * with an earlier one: from `eerder` when given (signals already stored), otherwise from
 * the recent signals of this generator.
 */
export class SignaalGenerator {
  readonly #r: Willekeurig;
  readonly #profielen: Profiel[];
  readonly #overlap: number;
  readonly #eerder: readonly Pseudoniem[] | undefined;
  readonly #recent: Pseudoniem[] = [];
  #n = 0;

  constructor(
    beleid: Beleid,
    zaad: number,
    opties: { overlap: number; eerder?: readonly Pseudoniem[] },
  ) {
    this.#r = new Willekeurig(zaad);
    this.#overlap = opties.overlap;
    this.#eerder = opties.eerder?.length ? opties.eerder : undefined;
    this.#profielen = profielen(beleid);
    if (this.#profielen.length === 0) throw new Error('het beleid laat geen partner registreren');
  }

  volgende(): GegenereerdSignaal {
    const r = this.#r;
    const p = r.kies(this.#profielen);
    const eerste =
      r.kans(this.#overlap) && (this.#eerder || this.#recent.length > 0)
        ? r.kies(this.#eerder ?? this.#recent)
        : this.#nieuwPseudoniem();
    let tweede = this.#nieuwPseudoniem();
    while (tweede.soort === eerste.soort && tweede.waarde === eerste.waarde)
      tweede = this.#nieuwPseudoniem();
    this.#onthoud(eerste);
    const vormen = new Set([gewogen(r, VORM_GEWICHT)]);
    if (r.kans(0.15)) vormen.add(gewogen(r, VORM_GEWICHT));
    return {
      partner: p.partner,
      registratie: {
        pseudoniemen: [eerste, tweede],
        rol: gewogen(r, ROL_GEWICHT),
        uitbuitingsvormen: [...vormen].sort(),
        sterkte: r.kans(0.3) && p.sterktes.includes('hard') ? 'hard' : p.sterktes[0]!,
        gemeente: r.kies(p.gemeenten),
        doel: r.kies(p.doelen),
        nietInformeren: r.kans(0.05),
      },
    };
  }

  #nieuwPseudoniem(): Pseudoniem {
    return {
      soort: gewogen(this.#r, SOORTEN),
      versie: 'v2',
      sleutel: 'demo-v2',
      waarde: Buffer.from(this.#r.bytes(64)).toString('base64url'),
    };
  }

  #onthoud(p: Pseudoniem) {
    if (this.#recent.length < RING) this.#recent.push(p);
    else this.#recent[this.#n % RING] = p;
    this.#n += 1;
  }
}

/** The JSON body of POST /v1/signalen for a generated signal. */
export function registratieBody(s: GegenereerdSignaal): Registratie {
  return s.registratie;
}

/** Every partner that may register: a doel it may receive for and a bewaartermijn. */
function profielen(beleid: Beleid): Profiel[] {
  const uit: Profiel[] = [];
  for (const [partner, p] of beleid.partners) {
    const doelen = [...beleid.doelen.keys()].filter((d) => beleid.magOntvangen(partner, d));
    const sterktes = STERKTES.filter((s) => beleid.bewaartermijnMaanden(partner, s) !== undefined);
    if (doelen.length === 0 || sterktes.length === 0) continue;
    const gemeenten = p.gemeenten.length > 0 ? p.gemeenten : ['GM0402'];
    uit.push({ partner, doelen, sterktes: [...sterktes], gemeenten });
  }
  return uit;
}

function gewogen<T>(r: Willekeurig, lijst: ReadonlyArray<readonly [T, number]>): T {
  let totaal = 0;
  for (const [, g] of lijst) totaal += g;
  let x = r.getal() * totaal;
  for (const [w, g] of lijst) {
    x -= g;
    if (x < 0) return w;
  }
  return lijst[lijst.length - 1]![0];
}

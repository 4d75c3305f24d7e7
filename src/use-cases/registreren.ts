/**
 * @module
 * Registering signals: check each signal against the policy, re-key its pseudonyms, and let
 * the store count the try against the partner's quota and commit signal, logboek entries and
 * notices in one step before anything is shown.
 */
import {
  type GeplandItem,
  metLogboekIds,
  planRegistratie,
  type VastgelegdItem,
} from '../matching/koppel.js';
import type { Vastgelegd } from '../matching/plan.js';
import type { Signaal } from '../matching/signaal.js';
import type { Aard, Melder, Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import { type AangeleverdPseudoniem, opgeslagenPseudoniem } from '../pseudonym/opslag.js';
import { QuotumVol, type Registratiestap, TokenAlGebruikt } from '../store/store.js';
import { plusMaanden } from './bewaartermijn.js';
import type { Aanvraag, Poort } from './context.js';
import { ApiError } from './fout.js';
import { vereisGemeente } from './gemeente.js';
import { koppelContext } from './koppel-context.js';
import { vereisHerkomst } from './pseudoniemen-herkomst.js';
import { controleerBatch, quotumVan, telPoging, weigerBovenQuotum } from './quota-tellen.js';
import { metTellingen } from './tellingen.js';

/** One signal as a partner registers it: pseudonyms and closed-list categories only. */
export interface Registratie {
  pseudoniemen: AangeleverdPseudoniem[];
  rol: Rol;
  uitbuitingsvormen: Uitbuitingsvorm[];
  sterkte: Sterkte;
  gemeente: string;
  /** Issue 19: advies, melding or signaal; absent: signaal. */
  aard?: Aard | undefined;
  /** Issue 19: who reported to the partner, as a kind; absent: professional. */
  melder?: Melder | undefined;
  /** The doel, or several (`doelen`, issue 16): exactly one of both. */
  doel?: string | undefined;
  doelen?: string[] | undefined;
  nietInformeren: boolean;
  referentie?: string | undefined;
}

/** What the registering partner is answered: its signal's id and times, and the overlap it may see. */
export interface RegistratieAntwoord {
  id: string;
  geregistreerdOp: string;
  vervaltOp: string;
  overlap: VastgelegdItem[];
}

/**
 * Registers `r` for the calling partner and returns what it may see of the overlap. Every try
 * counts against the quota, a refused one too; above a quota it throws 429 and nothing is
 * stored. The count goes with the registration's own write, so it costs no write of its own.
 */
export async function registreer(a: Aanvraag, r: Registratie): Promise<RegistratieAntwoord> {
  const aantallen = { registraties: 1, pseudoniemen: r.pseudoniemen.length };
  let stap: Stap;
  try {
    stap = bereid(a, r);
  } catch (fout) {
    // Refused before the store: counted on its own, and above a quota the answer is 429.
    await telPoging(a, aantallen);
    throw fout;
  }
  const { eenmalig } = a;
  const quotum = quotumVan(a, aantallen, stap.nu);
  let vastgelegd: Vastgelegd<GeplandItem[]>;
  try {
    vastgelegd = await a.diensten.store.registreer(
      stap.nieuw,
      stap.nu,
      stap.planner,
      eenmalig,
      quotum,
    );
  } catch (fout) {
    if (fout instanceof QuotumVol) return weigerBovenQuotum(a, fout.vol, stap.nu);
    if (fout instanceof TokenAlGebruikt) {
      // The store left no count for it: this try counts on its own.
      await telPoging(a, aantallen);
      throw tokenAlGebruikt();
    }
    throw fout;
  }
  if (eenmalig) eenmalig.vastgelegd = true;
  return antwoord(stap, vastgelegd);
}

/** The answer to a token used before (as the authentication middleware gives it). */
export function tokenAlGebruikt(): ApiError {
  return new ApiError(
    'niet-geauthenticeerd',
    'Dit token is al gebruikt. Onderteken voor elk wijzigend verzoek een nieuw token.',
  );
}

/**
 * Registers several signals in order, each as `registreer` would (a later one sees the
 * earlier ones), committed by the store in one go; per signal its answer or its error.
 * Nothing is returned, so nothing is shown, before every one is committed. The batch counts
 * against the quota as a whole: above the limit per batch (422) or a quota (429) it is
 * refused whole, and nothing is stored.
 */
export async function registreerReeks(
  a: Aanvraag,
  registraties: readonly Registratie[],
): Promise<Array<RegistratieAntwoord | Error>> {
  await controleerBatch(a, registraties.length);
  await telPoging(a, {
    registraties: registraties.length,
    pseudoniemen: registraties.reduce((n, r) => n + r.pseudoniemen.length, 0),
  });
  const stappen = registraties.map((r) => {
    try {
      return bereid(a, r);
    } catch (fout) {
      return fout instanceof Error ? fout : new Error(String(fout));
    }
  });
  const geldig = stappen.filter((s): s is Stap => !(s instanceof Error));
  const vastgelegd = await a.diensten.store.registreerReeks(geldig);
  let k = 0;
  return stappen.map((stap) => {
    if (stap instanceof Error) return stap;
    const uit = vastgelegd[k++];
    if (uit === undefined) return new Error('de store gaf minder uitkomsten dan registraties');
    return uit instanceof Error ? uit : antwoord(stap, uit);
  });
}

type Stap = Registratiestap<GeplandItem[]>;

/** Checks `r` against the policy, re-keys its pseudonyms and plans its matching; stores nothing. */
function bereid(a: Aanvraag, r: Registratie): Stap {
  const { diensten: d, identiteit } = a;
  vereisHerkomst(d.beleid.pseudoniemen, r.pseudoniemen);
  vereisGemeente(d.beleid, identiteit.partner, r.gemeente);
  const doelen = doelenVan(r);
  const nu = d.klok();
  const signaal: Signaal = {
    id: d.nieuwId(),
    partner: identiteit.partner,
    gebruiker: identiteit.gebruiker,
    rol: r.rol,
    uitbuitingsvormen: [...r.uitbuitingsvormen].sort(),
    sterkte: r.sterkte,
    gemeente: r.gemeente,
    aard: r.aard ?? 'signaal',
    melder: r.melder ?? 'professional',
    doel: doelen[0] as string,
    ...(doelen.length > 1 && { doelen }),
    nietInformeren: r.nietInformeren,
    referentie: r.referentie ?? null,
    geregistreerdOp: nu,
    vervaltOp: plusMaanden(nu, bewaartermijn(d, identiteit.partner, r, doelen)),
    ingetrokkenOp: null,
  };
  const pseudoniemen = r.pseudoniemen.map((p) => ({
    soort: p.soort,
    waarde: opgeslagenPseudoniem(d.opslagsleutels, p, d.hmac),
  }));
  return {
    nieuw: { signaal, pseudoniemen },
    nu,
    planner: metTellingen(planRegistratie(koppelContext(a), signaal), {
      ...signaal,
      partnersoort: d.beleid.partners.get(signaal.partner)?.soort ?? 'onbekend',
      aard: signaal.aard ?? 'signaal',
      melder: signaal.melder ?? 'professional',
    }),
  };
}

/**
 * The doelen of a registration: `doelen` (several, issue 16) or the one `doel`; exactly one of
 * both, each once. A signal with one doel is stored and matched exactly as before doelen existed.
 */
function doelenVan(r: Registratie): string[] {
  const doelen = r.doelen ?? (r.doel === undefined ? [] : [r.doel]);
  if ((r.doel === undefined) === (r.doelen === undefined) || doelen.length === 0) {
    throw new ApiError(
      'ongeldig-verzoek',
      'Het verzoek klopt niet: noem het doel met doel of met doelen, precies een van beide.',
    );
  }
  if (new Set(doelen).size !== doelen.length) {
    throw new ApiError('ongeldig-verzoek', 'Het verzoek klopt niet: noem elk doel maar één keer.');
  }
  return [...doelen];
}

function antwoord(stap: Stap, vastgelegd: Vastgelegd<GeplandItem[]>): RegistratieAntwoord {
  const { signaal } = stap.nieuw;
  return {
    id: signaal.id,
    geregistreerdOp: new Date(stap.nu).toISOString(),
    vervaltOp: new Date(signaal.vervaltOp).toISOString(),
    overlap: metLogboekIds(vastgelegd.antwoord, vastgelegd.blad),
  };
}

/** The bewaartermijn in months, checked against the policy: a registration the policy does not cover is refused. */
function bewaartermijn(
  d: Poort,
  partner: string,
  r: Registratie,
  doelen: readonly string[],
): number {
  for (const doel of doelen) {
    if (!d.beleid.doelen.has(doel)) {
      const bekend = [...d.beleid.doelen.keys()].join(', ');
      throw new ApiError(
        'niet-toegestaan-door-beleid',
        `Onbekend doel. Bekende doelen: ${bekend}.`,
      );
    }
    if (!d.beleid.magOntvangen(partner, doel)) {
      throw new ApiError(
        'niet-toegestaan-door-beleid',
        `Uw organisatie mag volgens het beleid geen gegevens ontvangen voor het doel '${doel}'. Kies een ander doel of vraag uw jurist het beleid aan te vullen.`,
      );
    }
  }
  const maanden = d.beleid.bewaartermijnMaanden(partner, r.sterkte);
  if (maanden === undefined) {
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      `Het beleid noemt voor uw organisatie geen bewaartermijn voor ${r.sterkte}e signalen. Vraag uw jurist die toe te voegen.`,
    );
  }
  return maanden;
}

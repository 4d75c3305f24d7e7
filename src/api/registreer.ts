/**
 * @module
 * Registering one signal: check it against the policy, re-key its pseudonyms, and let
 * the store commit signal, logboek entries and notices in one step before anything is shown.
 */
import type { Soort } from '../identity/soorten.js';
import type { Verzoek } from '../logboek/entry.js';
import { type Koppeling, planKoppeling } from '../matching/koppel.js';
import type { Rol, Sterkte, Uitbuitingsvorm } from '../policy/categorieen.js';
import { opslagPseudoniem } from '../pseudonym/opslag.js';
import type { KoppelItem, SignaalRij, Vastgelegd } from '../store/store.js';
import type { Identiteit } from './auth/rollen.js';
import type { Diensten } from './diensten.js';
import { koppelContext } from './koppel-context.js';
import { ApiError } from './problem.js';

export interface Registratie {
  pseudoniemen: Array<{ soort: Soort; waarde: string }>;
  rol: Rol;
  uitbuitingsvormen: Uitbuitingsvorm[];
  sterkte: Sterkte;
  gemeente: string;
  doel: string;
  nietInformeren: boolean;
  referentie?: string | undefined;
}

interface Context {
  diensten: Diensten;
  identiteit: Identiteit;
  verzoek: Verzoek;
}

/** Registers `r` for the calling partner and returns what it may see of the overlap. */
export async function registreer(context: Context, r: Registratie) {
  const v = bereid(context, r);
  return antwoord(
    v,
    await context.diensten.store.koppel(v.nieuw.signaal.id, v.nu, v.plan, v.nieuw),
  );
}

export type RegistratieAntwoord = Awaited<ReturnType<typeof registreer>>;

/**
 * Registers several signals in order, each as `registreer` would (a later one sees the
 * earlier ones), committed by the store in one go; per item its answer or its error.
 * Nothing is returned, so nothing is shown, before every item is committed.
 */
export async function registreerReeks(
  context: Context,
  registraties: readonly Registratie[],
): Promise<Array<RegistratieAntwoord | Error>> {
  const voorbereid = registraties.map((r) => {
    try {
      return bereid(context, r);
    } catch (fout) {
      return fout instanceof Error ? fout : new Error(String(fout));
    }
  });
  const items = voorbereid.filter((v): v is Voorbereid => !(v instanceof Error));
  const vastgelegd = await context.diensten.store.koppelReeks(items);
  let k = 0;
  return voorbereid.map((v) => {
    if (v instanceof Error) return v;
    const uit = vastgelegd[k++];
    if (uit === undefined) return new Error('de store gaf minder uitkomsten dan items');
    return uit instanceof Error ? uit : antwoord(v, uit);
  });
}

interface Voorbereid extends KoppelItem {
  koppeling: Koppeling;
}

/** Checks `r` against the policy, re-keys its pseudonyms and plans its matching; stores nothing. */
function bereid(context: Context, r: Registratie): Voorbereid {
  const { diensten: d, identiteit } = context;
  const nu = d.klok();
  const signaal: SignaalRij = {
    id: d.nieuwId(),
    partner: identiteit.partner,
    gebruiker: identiteit.gebruiker,
    rol: r.rol,
    uitbuitingsvormen: [...r.uitbuitingsvormen].sort(),
    sterkte: r.sterkte,
    gemeente: r.gemeente,
    doel: r.doel,
    nietInformeren: r.nietInformeren,
    referentie: r.referentie ?? null,
    geregistreerdOp: nu,
    vervaltOp: plusMaanden(nu, bewaartermijn(d, identiteit.partner, r)),
    ingetrokkenOp: null,
  };
  const pseudoniemen = r.pseudoniemen.map((p) => ({
    soort: p.soort,
    waarde: opslagPseudoniem(d.opslagsleutel, p.soort, p.waarde),
  }));
  const koppeling = planKoppeling(koppelContext(context), signaal, true);
  return { nu, plan: koppeling.planner, nieuw: { signaal, pseudoniemen }, koppeling };
}

function antwoord(v: Voorbereid, vastgelegd: Vastgelegd) {
  const { signaal } = v.nieuw;
  return {
    id: signaal.id,
    geregistreerdOp: new Date(v.nu).toISOString(),
    vervaltOp: new Date(signaal.vervaltOp).toISOString(),
    overlap: v.koppeling.items(vastgelegd),
  };
}

/** The bewaartermijn in months, checked against the policy: a registration the policy does not cover is refused. */
function bewaartermijn(d: Diensten, partner: string, r: Registratie): number {
  if (!d.beleid.doelen.has(r.doel)) {
    const bekend = [...d.beleid.doelen.keys()].join(', ');
    throw new ApiError('niet-toegestaan-door-beleid', `Onbekend doel. Bekende doelen: ${bekend}.`);
  }
  if (!d.beleid.magOntvangen(partner, r.doel)) {
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      `Uw organisatie mag volgens het beleid geen gegevens ontvangen voor het doel '${r.doel}'. Kies een ander doel of vraag uw jurist het beleid aan te vullen.`,
    );
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

/** Adds calendar months in UTC (31 January + 1 month = 3 March, as Date does). */
export function plusMaanden(ms: number, maanden: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() + maanden);
  return d.getTime();
}

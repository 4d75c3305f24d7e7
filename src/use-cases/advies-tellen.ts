/**
 * @module
 * A counting-only advies (issue 19): a professional asked the partner for advice and the
 * partner counts it for the figures without any pseudonym, so it never matches. Logged as an
 * `advies` entry; its counters are written in the same transaction.
 */
import { registratieTellingen } from '../cijfers/tellingen.js';
import { adviesEntry } from '../logboek/geplande-entry.js';
import { bladVan } from '../matching/plan.js';
import type { Melder } from '../policy/categorieen.js';
import { type Aanvraag, entryContext } from './context.js';
import { vereisGemeente } from './gemeente.js';
import { telPoging } from './quota-tellen.js';

/** An advies as counted: the gemeente it is about and who asked, as a kind. */
export interface Advies {
  gemeente: string;
  melder: Melder;
}

/** Counts advies `r` for the calling partner; returns when it was counted (ms). */
export async function telAdvies(a: Aanvraag, r: Advies): Promise<number> {
  const { diensten: d, identiteit } = a;
  vereisGemeente(d.beleid, identiteit.partner, r.gemeente);
  await telPoging(a, { registraties: 1, pseudoniemen: 0 });
  const nu = d.klok();
  const tellingen = registratieTellingen(
    {
      partner: identiteit.partner,
      partnersoort: d.beleid.partners.get(identiteit.partner)?.soort ?? 'onbekend',
      gemeente: r.gemeente,
      aard: 'advies',
      melder: r.melder,
      uitbuitingsvormen: [],
      sterkte: null,
      geregistreerdOp: nu,
    },
    false,
  );
  const blad = bladVan([adviesEntry(entryContext(a))], d.beleid.partners.keys(), d.willekeurig);
  await d.store.legVast(nu, { ...blad, tellingen });
  return nu;
}

/**
 * @module
 * The casussen of an own signal as its partner sees them (issue 17): each with who leads, as
 * far as the regisseur's rule toward the caller allows. Every try counts against the partner's
 * quota of overlapvragen, like an overlap read. Every regie shown is a disclosure: it is
 * committed to the logboek first, in one leaf per request whatever it shows, except that a
 * read answered and logged exactly so before (same employee, same disclosures under the same
 * policy) answers with that leaf: a partner polling an unchanged casus does not grow the log.
 */
import { regieEntry } from '../logboek/regie-entry.js';
import type { Casus } from '../matching/casus.js';
import { bladVan, type Plan } from '../matching/plan.js';
import type { Signaal } from '../matching/signaal.js';
import { regieZicht } from '../policy/regie-zicht.js';
import { vingerafdruk } from './casus-vingerafdruk.js';
import { zichtbareCasussen } from './casus-zoeken.js';
import { type Aanvraag, entryContext } from './context.js';
import { telPoging } from './quota-tellen.js';

/** One casus as the caller sees it. */
export interface CasusWeergave {
  id: string;
  /** Absent where nobody leads, or where the regisseur's rule toward the caller grants nothing. */
  regie?: {
    belegd: true;
    /** Only where the regisseur's rule toward the caller grants `partner` (or it is the caller). */
    regisseur?: { id: string; naam: string };
    contact?: { email?: string; telefoon?: string };
    doel?: string;
  };
}

/** The casussen of own signal `signaalId` the caller sees, each with its visible regie. */
export async function leesCasussen(
  a: Aanvraag,
  signaalId: string,
): Promise<{ signaal: string; casussen: CasusWeergave[]; logboekId: number }> {
  const d = a.diensten;
  // Every try counts, also one for an id that is not the caller's (it is answered 404 below).
  await telPoging(a, { overlapvragen: 1 });
  const { eigen, casussen } = await zichtbareCasussen(a, signaalId);
  const plan = bladVan([], d.beleid.partners.keys(), d.willekeurig);
  const weergaven: CasusWeergave[] = [];
  for (const c of casussen) {
    const regie = await d.store.regie(c.id);
    weergaven.push(
      regie
        ? { id: c.id, ...toonRegie(a, plan, c, eigen, regie.regisseur, regie.doel) }
        : { id: c.id },
    );
  }
  const afdruk = vingerafdruk(d.beleid.hash, a.identiteit.gebruiker, weergaven, plan.entries);
  const vorige = await d.store.casusinzage(eigen.id);
  if (vorige?.vingerafdruk === afdruk) {
    return { signaal: eigen.id, casussen: weergaven, logboekId: vorige.blad };
  }
  plan.casusinzage = { signaal: eigen.id, vingerafdruk: afdruk };
  const { blad } = await d.store.legVast(d.klok(), plan);
  return { signaal: eigen.id, casussen: weergaven, logboekId: blad };
}

/** The regie of `c` as the owner of `eigen` may see it, logged in `plan` when shown. */
function toonRegie(
  a: Aanvraag,
  plan: Plan,
  c: Casus,
  eigen: Signaal,
  regisseur: string,
  doel: string,
): Pick<CasusWeergave, 'regie'> {
  const p = a.diensten.beleid.partners.get(regisseur);
  const naam = { id: regisseur, naam: p?.naam ?? regisseur };
  if (regisseur === eigen.partner) {
    return { regie: { belegd: true, regisseur: naam, contact: { ...(p?.contact ?? {}) }, doel } };
  }
  const van = c.leden.find((s) => s.partner === regisseur);
  const zicht = van && regieZicht(a.diensten.beleid, van, eigen);
  if (!van || !zicht) return {};
  plan.entries.push(
    regieEntry(entryContext(a), {
      over: van,
      ontvanger: eigen.partner,
      doel: zicht.doel,
      gegevens: ['regie', ...zicht.gegevens.filter((g) => g !== 'bestaan')],
      regels: zicht.regels,
      grondslagen: zicht.grondslagen,
    }),
  );
  return {
    regie: {
      belegd: true,
      ...(zicht.gegevens.includes('partner') && { regisseur: naam }),
      ...(zicht.gegevens.includes('contact') && { contact: { ...(p?.contact ?? {}) } }),
    },
  };
}

/**
 * @module
 * Answering an inzageverzoek: find every logboek entry about the betrokkene through the
 * index of stored pseudonyms kept beside the openings (checked against the commitments), add the entries of the signals found, sort them for the
 * report, and log the inzage itself before the answer leaves the gateway.
 */
import { betrokkeneCommitment } from '../logboek/betrokkene.js';
import type { Entry } from '../logboek/entry.js';
import { inzageEntry } from '../logboek/geplande-entry.js';
import { beoordeelInzage, type Inzage, inzageVoorPartner } from '../logboek/inzage.js';
import { binnenBereik, fgBereik, fgWeergave } from '../logboek/zoeken.js';
import { bladVan } from '../matching/plan.js';
import type { Signaal } from '../matching/signaal.js';
import {
  type AangeleverdPseudoniem,
  opgeslagenPseudoniem,
  opslagGeneraties,
} from '../pseudonym/opslag.js';
import type { Store } from '../store/store.js';
import { type Aanvraag, entryContext } from './context.js';
import { vereisHerkomst } from './pseudoniemen-herkomst.js';

/** Signals read between two yields to the event loop. */
const SIGNALEN_PER_STAP = 50;

/** The inzage for the betrokkene with these (partner-side) pseudonyms, within the FG's scope. */
export async function beantwoordInzage(
  a: Aanvraag,
  pseudoniemen: readonly AangeleverdPseudoniem[],
) {
  const { diensten: d, identiteit } = a;
  vereisHerkomst(d.beleid.pseudoniemen, pseudoniemen);
  const opgeslagen = [
    ...new Set(pseudoniemen.map((p) => opgeslagenPseudoniem(d.opslagsleutels, p, d.hmac))),
  ];
  // Entries logged before a storage key rotation commit to an earlier generation's value,
  // and the index keeps the value each entry committed to.
  const generaties = [
    ...new Set(pseudoniemen.flatMap((p) => opslagGeneraties(d.opslagsleutels, p, d.hmac))),
  ];
  const gevonden = await viaIndex(d.store, generaties);
  await geefVoorrang();
  const ids = [...new Set(gevonden.flatMap((e) => (e.signaal ? [e.signaal] : [])))];
  const signalen = new Map<string, Signaal>();
  for (const [i, id] of ids.entries()) {
    const s = await d.store.signaal(id);
    if (s) signalen.set(id, s);
    if ((i + 1) % SIGNALEN_PER_STAP === 0) await geefVoorrang();
  }
  // Withdrawals and purges carry no commitments: found through the signal they are about.
  for (let i = 0; i < ids.length; i += SIGNALEN_PER_STAP) {
    gevonden.push(...(await d.store.logboekVanSignalen(ids.slice(i, i + SIGNALEN_PER_STAP))));
    await geefVoorrang();
  }
  const uniek = [...new Map(gevonden.map((e) => [e.volgnummer, e])).values()];
  const bereik = fgBereik(identiteit.partner);
  // Assessed on every entry found (a ground may lie outside this FG's scope), then narrowed
  // to its scope and shown as this FG may see it.
  const beoordeeld = beoordeelInzage(uniek, signalen, d.beleid);
  const inzage = alsFgZiet(inzageVoorPartner(beoordeeld, bereik), bereik);
  await geefVoorrang();
  const nu = d.klok();
  // The inzage entry stays linkable to the person exactly as long as the signals this FG may
  // see do: another partner's signal would keep it findable longer only when that partner
  // holds the person, which a partner's FG may not learn (issue 11).
  const opening = d.willekeurig(16);
  const eigen = [...signalen.values()].filter((s) => bereik === undefined || s.partner === bereik);
  const vervaltOp = Math.max(nu, ...eigen.map((s) => s.vervaltOp));
  const entry = inzageEntry(entryContext(a), opgeslagen, opening, vervaltOp);
  const { blad } = await d.store.legVast(
    nu,
    bladVan([entry], d.beleid.partners.keys(), d.willekeurig),
  );
  return { ...inzage, signalen, logboekId: blad, bereik: bereik ?? null };
}

/** The inzage within the scope of an FG of `partij`, every entry through `fgWeergave`. */
function alsFgZiet(inzage: Inzage, partij: string | undefined): Inzage {
  const binnen = (e: Entry) => binnenBereik(e, partij);
  const zie = (e: Entry) => fgWeergave(e, partij);
  return {
    rapport: inzage.rapport.filter(binnen).map(zie),
    overig: inzage.overig.filter(binnen).map(zie),
    achtergehouden: inzage.achtergehouden
      .filter(({ entry }) => binnen(entry))
      .map(({ entry, gronden }) => ({ entry: zie(entry), gronden })),
  };
}

/**
 * Every entry whose commitments open to one of `opgeslagen`: found through the index kept
 * beside the openings, and each checked against its commitment (the index says where to
 * look, the commitment proves it).
 */
async function viaIndex(store: Store, opgeslagen: readonly string[]): Promise<Entry[]> {
  const gevonden = new Map<number, Entry>();
  for (const { entry, opening, waarde } of await store.logboekOverPseudoniemen(opgeslagen)) {
    if (entry.betrokkene.includes(betrokkeneCommitment(opening, waarde))) {
      gevonden.set(entry.volgnummer, entry);
    }
  }
  return [...gevonden.values()];
}

/**
 * Lets other requests run: an inzage reads many rows, and on a synchronous store (SQLite)
 * nothing else is served until it yields to the event loop.
 */
function geefVoorrang(): Promise<void> {
  return new Promise((klaar) => setTimeout(klaar, 0));
}

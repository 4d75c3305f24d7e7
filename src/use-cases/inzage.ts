/**
 * @module
 * Answering an inzageverzoek: find every logboek entry about the betrokkene through the
 * commitments and their openings, add the entries of the signals found, sort them for the
 * report, and log the inzage itself before the answer leaves the gateway.
 */
import { betrokkeneCommitment } from '../logboek/betrokkene.js';
import type { Entry } from '../logboek/entry.js';
import { inzageEntry } from '../logboek/geplande-entry.js';
import { beoordeelInzage, type Inzage } from '../logboek/inzage.js';
import { afgeschermdVoor, binnenBereik, fgBereik, fgWeergave } from '../logboek/zoeken.js';
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

const PAGINA = 1000;

/** The inzage for the betrokkene with these (partner-side) pseudonyms, within the FG's scope. */
export async function beantwoordInzage(
  a: Aanvraag,
  pseudoniemen: readonly AangeleverdPseudoniem[],
) {
  const { diensten: d, identiteit } = a;
  vereisHerkomst(d.beleid.pseudoniemen, pseudoniemen);
  const opgeslagen = [
    ...new Set(pseudoniemen.map((p) => opgeslagenPseudoniem(d.opslagsleutels, p))),
  ];
  // Entries logged before a storage key rotation commit to an earlier generation's value.
  const generaties = [
    ...new Set(pseudoniemen.flatMap((p) => opslagGeneraties(d.opslagsleutels, p))),
  ];
  const gevonden = await viaCommitments(d.store, generaties);
  const signalen = new Map<string, Signaal>();
  for (const id of new Set(gevonden.flatMap((e) => (e.signaal ? [e.signaal] : [])))) {
    const s = await d.store.signaal(id);
    if (s) signalen.set(id, s);
    for (const e of await alleVanSignaal(d.store, id)) gevonden.push(e);
  }
  const uniek = [...new Map(gevonden.map((e) => [e.volgnummer, e])).values()];
  const bereik = fgBereik(identiteit.partner);
  // Assessed on the entries as they are, then shown as this FG may see them.
  const inzage = alsFgZiet(
    beoordeelInzage(
      uniek.filter((e) => binnenBereik(e, bereik)),
      signalen,
      d.beleid,
    ),
    bereik,
  );
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

/**
 * The inzage as an FG of `partij` may read it: every entry through `fgWeergave`; a ground for
 * withholding a verstrekking to a shielded recipient does not name that recipient.
 */
function alsFgZiet(inzage: Inzage, partij: string | undefined): Inzage {
  const zie = (e: Entry) => fgWeergave(e, partij);
  return {
    rapport: inzage.rapport.map(zie),
    overig: inzage.overig.map(zie),
    achtergehouden: inzage.achtergehouden.map(({ entry, gronden }) => ({
      entry: zie(entry),
      gronden: afgeschermdVoor(entry, partij)
        ? gronden.map(({ partner: _, ...g }) => ({
            ...g,
            uitleg:
              'De ontvanger is voor uw organisatie afgeschermd. De FG van de poort beoordeelt of deze regel gemeld mag worden.',
          }))
        : gronden,
    })),
  };
}

/** Every entry whose commitments open to one of `opgeslagen`. */
async function viaCommitments(store: Store, opgeslagen: readonly string[]): Promise<Entry[]> {
  const gevonden: Entry[] = [];
  for (let na = 0; ; ) {
    const pagina = await store.logboekMetOpening(na, PAGINA);
    for (const { entry, opening } of pagina) {
      if (entry.betrokkene.length === 0) continue;
      const commitments = new Set(entry.betrokkene);
      if (opgeslagen.some((p) => commitments.has(betrokkeneCommitment(opening, p)))) {
        gevonden.push(entry);
      }
    }
    if (pagina.length < PAGINA) return gevonden;
    na = pagina.at(-1)?.entry.volgnummer ?? na;
  }
}

/** Every entry naming signal `id` (withdrawals and purges carry no commitments). */
async function alleVanSignaal(store: Store, id: string): Promise<Entry[]> {
  const alle: Entry[] = [];
  for (let na = 0; ; ) {
    const pagina = await store.zoekLogboek({ signaal: id }, na, PAGINA);
    alle.push(...pagina);
    if (pagina.length < PAGINA) return alle;
    na = pagina.at(-1)?.volgnummer ?? na;
  }
}

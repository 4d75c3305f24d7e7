/**
 * @module
 * Quotas on every try. Before a registration or an overlap read registers or discloses
 * anything, the try is counted against the partner's quota (quota.yaml) in one atomic
 * statement of the store. Above a limit it is refused whole with 429 and Retry-After: nothing
 * is registered, disclosed or logged in the logboek, and the FG of the gateway and of the
 * partner get a warning (kept apart from the logboek, whose size every partner can read).
 *
 * A registration (POST /v1/signalen) is counted by the store in its own write
 * (`Store.registreer` with `quotum`): in SQLite in the registration's transaction, so it costs
 * no commit and no turn of the event loop of its own (issue 13); in D1, which has no
 * interactive transactions and whose batch rolls back only on an error, in one statement just
 * before it. A try refused before the store (422) or for a token used before is counted here,
 * on its own: every try counts, not only a success. One difference remains: when the store
 * itself fails after counting (a storage error, nothing answered but a 5xx), SQLite rolls the
 * count back with the registration and D1 keeps it.
 */
import type { Signaal } from '../matching/signaal.js';
import { batchWaarschuwing, waarschuwingVoor } from '../policy/fg-waarschuwing.js';
import {
  opnieuwNa,
  type QuotumTeller,
  type Telling,
  tellingen,
  vensterVan,
} from '../policy/quota.js';
import type { Aanvraag } from './context.js';
import { ApiError } from './fout.js';

const NAMEN: Record<QuotumTeller, string> = {
  registraties: 'registraties',
  pseudoniemen: 'pseudoniemen',
  overlapvragen: 'overlapvragen',
};

/**
 * Counts a try of the caller that adds `aantallen`; above a quota it warns the FG and throws
 * 429 with the seconds until the full window ends. Without quota.yaml nothing is counted.
 */
export async function telPoging(
  a: Aanvraag,
  aantallen: Partial<Record<QuotumTeller, number>>,
): Promise<void> {
  const nu = a.diensten.klok();
  const quotum = quotumVan(a, aantallen, nu);
  if (quotum === undefined) return;
  const vol = await a.diensten.store.reserveer(quotum);
  if (vol.length > 0) await weigerBovenQuotum(a, vol, nu);
}

/**
 * The counters a try of the caller that adds `aantallen` at `nu` must fit in, for a store
 * that counts them with its own write (`Store.registreer`); undefined without quota.yaml.
 */
export function quotumVan(
  a: Aanvraag,
  aantallen: Partial<Record<QuotumTeller, number>>,
  nu: number,
): Telling[] | undefined {
  const quota = a.diensten.beleid.quota(a.identiteit.partner);
  return quota === undefined ? undefined : tellingen(a.identiteit.partner, quota, aantallen, nu);
}

/** A try above the full counters `vol`: warns the FG of the gateway and the partner, then throws 429. */
export async function weigerBovenQuotum(
  a: Aanvraag,
  vol: readonly Telling[],
  nu: number,
): Promise<never> {
  await a.diensten.store.waarschuw(
    vol.map((t) => waarschuwingVoor(t, a.identiteit.gebruiker)),
    nu,
  );
  throw teVeel(vol, nu);
}

/** Refuses, whole and uncounted, a batch of more signals than the caller's quota allows per batch. */
export async function controleerBatch(a: Aanvraag, aantal: number): Promise<void> {
  const { diensten: d, identiteit } = a;
  const limiet = d.beleid.quota(identiteit.partner)?.batch;
  if (limiet === undefined || aantal <= limiet) return;
  const nu = d.klok();
  await d.store.waarschuw(
    [batchWaarschuwing(identiteit.partner, identiteit.gebruiker, limiet, nu)],
    nu,
  );
  throw new ApiError(
    'niet-toegestaan-door-beleid',
    `Uw organisatie mag hoogstens ${limiet} signalen in één batch sturen; deze batch heeft er ${aantal}. Er is niets geregistreerd: stuur de signalen in delen.`,
  );
}

/**
 * Counts the withdrawal of `s` when it comes within the policy's minutes of its registration;
 * past the number a day allows without notice, the FG is warned. The withdrawal itself is never
 * refused. Decided from the caller's own signal and clock only, never from any match.
 */
export async function telIntrekking(a: Aanvraag, s: Signaal): Promise<void> {
  const { diensten: d, identiteit } = a;
  const drempel = d.beleid.waarschuwingDrempels?.intrekkingen;
  const nu = d.klok();
  if (drempel === undefined || nu - s.geregistreerdOp > drempel.minuten * 60_000) return;
  const t: Telling = {
    partner: identiteit.partner,
    teller: 'intrekkingen',
    venster: 'dag',
    ...vensterVan('dag', nu),
    aantal: 1,
    limiet: drempel.aantal,
  };
  const vol = await d.store.reserveer([t]);
  if (vol.length > 0) await d.store.waarschuw([waarschuwingVoor(t, identiteit.gebruiker)], nu);
}

/** The 429 for a try above the full counters `vol`, naming the first and when to try again. */
function teVeel(vol: readonly Telling[], nu: number): ApiError {
  const na = opnieuwNa(vol, nu);
  const t = vol.find((x) => x.aantal > x.limiet) ?? vol[0];
  const per = t?.venster === 'uur' ? 'uur' : 'dag';
  const wat = t && t.teller !== 'intrekkingen' ? NAMEN[t.teller] : 'pogingen';
  const detail =
    t && t.aantal > t.limiet
      ? `Dit verzoek vraagt ${t.aantal} ${wat}, meer dan het quotum van uw organisatie (${t.limiet} per ${per}). Er is niets geregistreerd of verstrekt: stuur minder tegelijk.`
      : `Uw organisatie heeft het quotum van ${t?.limiet} ${wat} per ${per} bereikt. Er is niets geregistreerd of verstrekt; probeer het over ${na} seconden opnieuw.`;
  return new ApiError('te-veel-verzoeken', detail, { opnieuwNa: na });
}

/**
 * @module
 * Vraag terugkoppeling (issue 16): a partner that handed a signal over, or was told of one as
 * a match, asks its owner for feedback by a date. The request reaches the owner only where
 * the owner's rule toward the asker grants `terugkoppeling` (the same rule that lets the
 * asker see statuses); from then on the asker is linked to the signal for its statuses. The
 * deadline itself is enforced by the casus issue's termijnen.
 */
import { terugkoppelingEntry } from '../logboek/geplande-entry.js';
import { bladVan } from '../matching/plan.js';
import type { Terugkoppelingsvraag } from '../matching/terugkoppeling.js';
import { beslis } from '../policy/index.js';
import { type Aanvraag, entryContext } from './context.js';
import { ApiError } from './fout.js';

/** About which signal: the caller's overdracht, or the leaf of a verstrekking to it. */
export type VraagOver = { overdracht: string } | { verstrekking: number };

interface Doelwit {
  signaal: string;
  doel: string;
  /** The owner may learn who asks. */
  genoemd: boolean;
}

/** Asks for terugkoppeling by `gevraagdVoor` (`YYYY-MM-DD`); returns how many owners were asked. */
export async function vraagTerugkoppeling(
  a: Aanvraag,
  over: VraagOver,
  gevraagdVoor: string,
): Promise<{ gevraagd: number; gevraagdVoor: string; logboekId: number }> {
  const d = a.diensten;
  const partner = a.identiteit.partner;
  const nu = d.klok();
  const datum = Date.parse(`${gevraagdVoor}T00:00:00.000Z`);
  if (Number.isNaN(datum) || datum < nu - 24 * 3600 * 1000) {
    throw new ApiError(
      'ongeldig-verzoek',
      'Het verzoek klopt niet: gevraagdVoor is een datum (JJJJ-MM-DD) vanaf vandaag.',
    );
  }
  const plan = bladVan([], d.beleid.partners.keys(), d.willekeurig);
  const ctx = entryContext(a);
  const vragen: Terugkoppelingsvraag[] = [];
  for (const doel of await doelwitten(a, over)) {
    const s = await d.store.signaal(doel.signaal);
    if (!s || s.ingetrokkenOp !== null || s.vervaltOp <= nu) continue;
    const besluit = beslis(d.beleid, {
      bron: s.partner,
      ontvanger: partner,
      doel: doel.doel,
      signaal: s,
    });
    if (!besluit.toegestaan || !besluit.gegevens.includes('terugkoppeling')) continue;
    const id = d.nieuwId();
    plan.entries.push(
      terugkoppelingEntry(
        ctx,
        {
          over: s,
          ontvanger: s.partner,
          doel: doel.doel,
          gegevens: doel.genoemd ? ['vraag', 'partner'] : ['vraag'],
          regels: besluit.regels,
          grondslagen: besluit.grondslagen,
        },
        'terugkoppelingsvraag',
      ),
    );
    const naam = d.beleid.partners.get(partner)?.naam ?? partner;
    plan.meldingen.push({
      partner: s.partner,
      signaalId: s.id,
      inhoud: {
        bericht: 'terugkoppelingsvraag',
        vraag: id,
        signaal: s.id,
        ...(doel.genoemd && { van: { id: partner, naam } }),
        gevraagdVoor,
      },
      entry: plan.entries.length - 1,
    });
    vragen.push({
      id,
      signaal: s.id,
      van: partner,
      aan: s.partner,
      doel: doel.doel,
      gevraagdVoor: datum,
      aangemaaktOp: nu,
    });
  }
  if (vragen.length === 0) {
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      'Het beleid geeft uw organisatie geen terugkoppeling over dit signaal; er is niets gevraagd. Vraag uw jurist als dat wel zou moeten.',
    );
  }
  plan.vragen = vragen;
  const { blad } = await d.store.legVast(nu, plan);
  return { gevraagd: vragen.length, gevraagdVoor, logboekId: blad };
}

/** The signals the request is about, each with the caller's doel toward it. */
async function doelwitten(a: Aanvraag, over: VraagOver): Promise<Doelwit[]> {
  const { store } = a.diensten;
  const partner = a.identiteit.partner;
  if ('overdracht' in over) {
    const o = await store.overdracht(over.overdracht);
    if (!o || o.van !== partner) {
      throw new ApiError('niet-gevonden', 'Er is geen overdracht van uw organisatie met dit id.');
    }
    if (o.signaalNaar === null) {
      throw new ApiError(
        'niet-gevonden',
        'Deze overdracht is (nog) niet aangenomen; terugkoppeling vraagt u na aanneming.',
      );
    }
    const origineel = await store.signaal(o.signaal);
    // The owner took the signal on from the caller: it knows who asks.
    return [{ signaal: o.signaalNaar, doel: origineel?.doel ?? o.doel, genoemd: true }];
  }
  const entries = await store.zoekLogboek(
    { blad: over.verstrekking, ontvanger: partner, actie: 'verstrekking' },
    0,
    100,
  );
  if (entries.length === 0) {
    throw new ApiError(
      'niet-gevonden',
      'In dit blad van het logboek is uw organisatie niets verstrekt.',
    );
  }
  return entries.flatMap((e) =>
    e.signaal && e.doel
      ? [{ signaal: e.signaal, doel: e.doel, genoemd: e.bronZicht === 'volledig' }]
      : [],
  );
}

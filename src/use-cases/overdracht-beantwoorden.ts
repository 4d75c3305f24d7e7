/**
 * @module
 * The recipient of an overdracht answers it (issue 16): `aangenomen` (it holds its own
 * signal on the same stored pseudonyms from now on, matched as its own registration),
 * `niet_voor_ons` with a reason from a closed list, or `doorgezet` to a next partner under
 * both keys. The partner that handed over always learns the answer, in its inbox.
 */
import { type GeplandItem, metLogboekIds, planRegistratie } from '../matching/koppel.js';
import { type Overdracht, OverdrachtAlBeantwoord } from '../matching/overdracht.js';
import {
  type Beantwoording,
  type PlanContext,
  planOverdracht,
  voegAntwoordToe,
} from '../matching/overdracht-plan.js';
import { bladVan, type Planner } from '../matching/plan.js';
import type { Signaal } from '../matching/signaal.js';
import { beslis, beslisOverdracht } from '../policy/index.js';
import type { NietVoorOnsReden } from '../policy/overdracht-woorden.js';
import { plusMaanden } from './bewaartermijn.js';
import { type Aanvraag, entryContext } from './context.js';
import { ApiError } from './fout.js';
import { koppelContext } from './koppel-context.js';
import type { RegistratieAntwoord } from './registreren.js';

/** An answer as the recipient gives it. */
export type OverdrachtReactie =
  | { antwoord: 'aangenomen' }
  | { antwoord: 'niet_voor_ons'; reden: NietVoorOnsReden }
  | { antwoord: 'doorgezet'; naar: string };

/** What the recipient is answered. */
export interface ReactieAntwoord {
  overdracht: string;
  status: OverdrachtReactie['antwoord'];
  logboekId: number;
  /** Of `aangenomen`: its own new signal, with the overlap it may see. */
  signaal?: RegistratieAntwoord;
  /** Of `doorgezet`: the new overdracht to the next partner. */
  doorgezet?: string;
}

/** Answers overdracht `id` to the caller's organisation as `r` says. */
export async function beantwoordOverdracht(
  a: Aanvraag,
  id: string,
  r: OverdrachtReactie,
): Promise<ReactieAntwoord> {
  const d = a.diensten;
  const o = await d.store.overdracht(id);
  if (!o || o.naar !== a.identiteit.partner) {
    throw new ApiError('niet-gevonden', 'Er is geen overdracht aan uw organisatie met dit id.');
  }
  if (o.status !== 'open') {
    throw new ApiError('al-beantwoord', `Deze overdracht is al beantwoord (${o.status}).`);
  }
  const s = await d.store.signaal(o.signaal);
  const nu = d.klok();
  if (!s || s.ingetrokkenOp !== null || s.vervaltOp <= nu) {
    throw new ApiError(
      'niet-gevonden',
      'Het overgedragen signaal is ingetrokken of verlopen; de overdracht kan niet meer worden beantwoord.',
    );
  }
  const ctx: PlanContext = { beleid: d.beleid, entry: entryContext(a), willekeurig: d.willekeurig };
  try {
    switch (r.antwoord) {
      case 'niet_voor_ons': {
        const plan = bladVan([], d.beleid.partners.keys(), d.willekeurig);
        voegAntwoordToe(ctx, plan, o, { antwoord: 'niet_voor_ons', reden: r.reden }, { nu });
        const { blad } = await d.store.legVast(nu, plan);
        return { overdracht: o.id, status: r.antwoord, logboekId: blad };
      }
      case 'doorgezet':
        return await zetDoor(a, ctx, o, s, r.naar, nu);
      case 'aangenomen':
        return await neemAan(a, ctx, o, s, nu);
    }
  } catch (fout) {
    // Another answer committed between our read and our write: the store wrote nothing.
    if (fout instanceof OverdrachtAlBeantwoord) {
      throw new ApiError(
        'al-beantwoord',
        'Deze overdracht is intussen al beantwoord, door een ander antwoord van uw organisatie. Uw antwoord is niet vastgelegd; bekijk het antwoord in uw berichten.',
      );
    }
    throw fout;
  }
}

/**
 * Passes the signal on to `naar`: the owner's `overdragen` rule and `naar`'s `ontvangen` for
 * the doel must both allow it, else the weigering is logged and 422 follows.
 */
async function zetDoor(
  a: Aanvraag,
  ctx: PlanContext,
  o: Overdracht,
  s: Signaal,
  naar: string,
  nu: number,
): Promise<ReactieAntwoord> {
  const d = a.diensten;
  if (!d.beleid.partners.has(naar)) {
    throw new ApiError(
      'niet-gevonden',
      'Onbekende ontvanger: die partner staat niet in het beleid.',
    );
  }
  if (naar === a.identiteit.partner || naar === o.van) {
    throw new ApiError(
      'ongeldig-verzoek',
      'Het verzoek klopt niet: zet een overdracht door naar een andere partner dan uzelf of de overdrager.',
    );
  }
  const besluit = beslisOverdracht(d.beleid, {
    bron: s.partner,
    ontvanger: naar,
    doel: o.doel,
    signaal: s,
  });
  const pseudoniemen = (await d.store.pseudoniemen(s.id)).map((p) => p.waarde);
  const volgende = { id: d.nieuwId(), signaal: s, pseudoniemen, nu };
  const { plan, overdracht } = planOverdracht(
    ctx,
    { ...volgende, van: a.identiteit.partner, naar, doel: o.doel, referentie: o.referentie },
    besluit,
  );
  if (!overdracht) {
    await d.store.legVast(nu, plan);
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      `${besluit.reden} De weigering staat in het logboek; de overdracht blijft open.`,
    );
  }
  const beantwoording: Beantwoording = { antwoord: 'doorgezet' };
  const genoemd = genoemdAan(a, o, s, naar);
  if (genoemd) beantwoording.genoemd = genoemd;
  voegAntwoordToe(ctx, plan, o, beantwoording, { nu, doorgezetNaar: overdracht.id });
  const { blad } = await d.store.legVast(nu, plan);
  return { overdracht: o.id, status: 'doorgezet', logboekId: blad, doorgezet: overdracht.id };
}

/**
 * The next partner as the one that handed over may see it: only where the next partner's
 * own rule toward it, for its doel, grants `partner`.
 */
function genoemdAan(a: Aanvraag, o: Overdracht, s: Signaal, naar: string) {
  const { beleid } = a.diensten;
  const besluit = beslis(beleid, {
    bron: naar,
    ontvanger: o.van,
    doel: o.van === s.partner ? s.doel : o.doel,
    signaal: s,
  });
  if (!besluit.toegestaan || !besluit.gegevens.includes('partner')) return undefined;
  return { id: naar, naam: beleid.partners.get(naar)?.naam ?? naar };
}

/**
 * Takes the signal on: the caller holds its own signal on the same stored pseudonyms, for the
 * overdracht's doel, with its own bewaartermijn counted from now. Matched exactly as the
 * caller's registration, except against the signal it was handed as.
 */
async function neemAan(
  a: Aanvraag,
  ctx: PlanContext,
  o: Overdracht,
  s: Signaal,
  nu: number,
): Promise<ReactieAntwoord> {
  const d = a.diensten;
  const { partner, gebruiker } = a.identiteit;
  const maanden = d.beleid.bewaartermijnMaanden(partner, s.sterkte);
  if (maanden === undefined || !d.beleid.magOntvangen(partner, o.doel)) {
    throw new ApiError(
      'niet-toegestaan-door-beleid',
      `Het beleid noemt voor uw organisatie geen bewaartermijn voor ${s.sterkte}e signalen of geen ontvangst voor doel '${o.doel}'. Vraag uw jurist dat aan te vullen.`,
    );
  }
  const eigen: Signaal = {
    id: d.nieuwId(),
    partner,
    gebruiker,
    rol: s.rol,
    uitbuitingsvormen: [...s.uitbuitingsvormen],
    sterkte: s.sterkte,
    gemeente: s.gemeente,
    doel: o.doel,
    nietInformeren: s.nietInformeren,
    referentie: null,
    geregistreerdOp: nu,
    vervaltOp: plusMaanden(nu, maanden),
    ingetrokkenOp: null,
    herkomst: s.id,
  };
  const registratie = planRegistratie(koppelContext(a), eigen);
  const planner: Planner<GeplandItem[]> = (kandidaten, pseudoniemen, staat) => {
    const { plan, antwoord } = registratie(kandidaten, pseudoniemen, staat);
    voegAntwoordToe(ctx, plan, o, { antwoord: 'aangenomen' }, { nu, signaalNaar: eigen.id });
    return { plan, antwoord };
  };
  const pseudoniemen = await d.store.pseudoniemen(s.id);
  const vastgelegd = await d.store.registreer({ signaal: eigen, pseudoniemen }, nu, planner);
  return {
    overdracht: o.id,
    status: 'aangenomen',
    logboekId: vastgelegd.blad,
    signaal: {
      id: eigen.id,
      geregistreerdOp: new Date(nu).toISOString(),
      vervaltOp: new Date(eigen.vervaltOp).toISOString(),
      overlap: metLogboekIds(vastgelegd.antwoord, vastgelegd.blad),
    },
  };
}

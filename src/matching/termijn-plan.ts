/**
 * @module
 * The plan of one run of the termijn watch (issue 17): for every open overdracht, regie
 * proposal and request for terugkoppeling whose termijn (in werkdagen, src/policy/werkdagen.ts)
 * has passed, a notice to the partner that waits and one to the policy's escalation partner
 * only under two keys, the waiting side's rule and the late side's (src/matching/escalatie.ts);
 * and for every casus without regie past its termijn, the notices of
 * src/matching/casus-termijn.ts. Each is reported once (`termijnmeldingen`). Pure.
 */

import type { EntryContext } from '../logboek/geplande-entry.js';
import type { Beleid } from '../policy/index.js';
import { beginVanDag, verstrijkt } from '../policy/werkdagen.js';
import { type CasusStand, planCasusTermijnen } from './casus-termijn.js';
import { escaleer, type Sleutel } from './escalatie.js';
import type { Overdracht } from './overdracht.js';
import { bladVan, type Plan } from './plan.js';
import type { Regievoorstel } from './regie.js';
import type { Signaal } from './signaal.js';
import type { Termijnmelding, TermijnSoort } from './termijn.js';
import { iso, notitie, watchContext } from './termijn-notitie.js';
import type { Terugkoppelingsvraag } from './terugkoppeling.js';

/** What the run found open, with the signals the overdrachten are about, and the casussen. */
export interface OpenTermijnen extends CasusStand {
  overdrachten: ReadonlyArray<{ o: Overdracht; signaal: Signaal | undefined }>;
  voorstellen: readonly Regievoorstel[];
  vragen: readonly Terugkoppelingsvraag[];
}

/** The plan of the termijnen passed at `nu`; undefined when none passed (nothing is written). */
export function planTermijnen(
  beleid: Beleid,
  open: OpenTermijnen,
  nu: number,
  willekeurig: (lengte: number) => Uint8Array,
): Plan | undefined {
  const t = beleid.termijnen;
  if (!t) return undefined;
  const plan = bladVan([], beleid.partners.keys(), willekeurig);
  const ctx = watchContext(beleid);
  const meldingen: Termijnmelding[] = [];
  const meld = (soort: TermijnSoort, id: string, verstrekenOp: number) =>
    meldingen.push({ onderwerp: `${soort}:${id}`, soort, verstrekenOp, gemeldOp: nu });
  const casus = new Map(open.casussen.map((c) => [c.id, c]));
  for (const { o, signaal } of open.overdrachten) {
    if (t.overdracht === undefined || !signaal) continue;
    const op = verstrijkt(o.aangemaaktOp, t.overdracht, t.gelijkgesteld);
    if (nu < op) continue;
    meld('overdracht', o.id, op);
    const inhoud = { bericht: 'termijn', soort: 'overdracht', overdracht: o.id, doel: o.doel };
    notitie(plan, ctx, {
      ontvanger: o.van,
      signaal,
      doel: o.doel,
      inhoud: { ...inhoud, verstrekenOp: iso(op) },
    });
    if (t.escalatie === null || t.escalatie === o.van) continue;
    // The late recipient's rule about the owner's signal is the second key.
    escaleerNaar(plan, ctx, 'overdracht', op, {
      beleid,
      doel: o.doel,
      van: { bron: o.bron, signalen: [signaal] },
      naar: { bron: o.naar, signalen: [signaal] },
    });
  }
  for (const v of open.voorstellen) {
    if (t.regie === undefined) continue;
    const op = verstrijkt(v.aangemaaktOp, t.regie, t.gelijkgesteld);
    if (nu < op) continue;
    meld('regie', v.id, op);
    // The proposer hears it whether or not the proposed partner was told: it may not learn that.
    const inhoud = {
      bericht: 'termijn',
      soort: 'regie',
      voorstel: v.id,
      casus: v.casus,
      verstrekenOp: iso(op),
    };
    notitie(plan, ctx, { ontvanger: v.van, signaal: undefined, doel: v.doel, inhoud });
    // Only a proposal that reached the proposed partner escalates: else there is no late one.
    const c = casus.get(v.casus);
    if (!c || v.naarSignaal === null) continue;
    escaleerNaar(plan, ctx, 'regie', op, {
      beleid,
      doel: v.doel,
      van: { bron: v.van, signalen: c.leden.filter((s) => s.partner === v.van) },
      naar: { bron: v.naar, signalen: c.leden.filter((s) => s.id === v.naarSignaal) },
    });
  }
  for (const v of open.vragen) {
    const dag = new Date(v.gevraagdVoor + 24 * 3600 * 1000).toISOString().slice(0, 10);
    const op = beginVanDag(dag);
    if (nu < op) continue;
    meld('terugkoppeling', v.id, op);
    const inhoud = {
      bericht: 'termijn',
      soort: 'terugkoppeling',
      vraag: v.id,
      verstrekenOp: iso(op),
    };
    notitie(plan, ctx, {
      ontvanger: v.van,
      signaal: undefined,
      doel: v.doel,
      inhoud,
      signaalId: v.signaal,
    });
    const c = open.casussen.find(
      (k) => k.leden.some((s) => s.id === v.signaal) && k.leden.some((s) => s.partner === v.van),
    );
    if (!c) continue;
    escaleerNaar(plan, ctx, 'terugkoppeling', op, {
      beleid,
      doel: v.doel,
      van: { bron: v.van, signalen: c.leden.filter((s) => s.partner === v.van) },
      naar: { bron: v.aan, signalen: c.leden.filter((s) => s.id === v.signaal) },
    });
  }
  planCasusTermijnen(beleid, ctx, plan, open, nu, (id, op) => meld('casus', id, op));
  if (meldingen.length === 0) return undefined;
  plan.termijnmeldingen = meldingen;
  return plan;
}

/** The matter of an escalation: the waiting side `van` and the late side `naar`, for `doel`. */
interface Zaak {
  beleid: Beleid;
  doel: string;
  van: Sleutel;
  naar: Sleutel;
}

/** The escalation of a passed termijn to the policy's escalation partner, under two keys. */
function escaleerNaar(plan: Plan, ctx: EntryContext, soort: TermijnSoort, op: number, z: Zaak) {
  const ontvanger = z.beleid.termijnen?.escalatie;
  if (!ontvanger) return;
  const e = escaleer(z.beleid, ontvanger, z.doel, z.van, z.naar);
  if (!e) return;
  notitie(plan, ctx, {
    ontvanger,
    signaal: e.signaal,
    doel: z.doel,
    regels: e.regels,
    grondslagen: e.grondslagen,
    noemtPartner: e.van !== undefined || e.naar !== undefined,
    inhoud: {
      bericht: 'escalatie',
      soort,
      doel: z.doel,
      verstrekenOp: iso(op),
      ...(e.van && { van: e.van }),
      ...(e.naar && { naar: e.naar }),
    },
  });
}

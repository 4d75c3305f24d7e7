/**
 * @module
 * The plan of one run of the termijn watch (issue 17): for every open overdracht, regie
 * proposal and request for terugkoppeling whose termijn (in werkdagen, src/policy/werkdagen.ts)
 * has passed, a notice to the partner that waits and, for an overdracht, one to the policy's
 * escalation partner only under two keys: the owner's rule and the late recipient's rule must
 * each let it know. Each is reported once (`termijnmeldingen`). Pure.
 */

import type { EntryContext } from '../logboek/geplande-entry.js';
import { gepland } from '../logboek/geplande-entry.js';
import { type Beleid, beslis } from '../policy/index.js';
import { beginVanDag, verstrijkt } from '../policy/werkdagen.js';
import type { Overdracht } from './overdracht.js';
import { bladVan, type Plan } from './plan.js';
import type { Regievoorstel } from './regie.js';
import type { Signaal } from './signaal.js';
import type { Termijnmelding, TermijnSoort } from './termijn.js';
import type { Terugkoppelingsvraag } from './terugkoppeling.js';

/** What the run found open, with the signals the overdrachten and requests are about. */
export interface OpenTermijnen {
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
  const ctx: EntryContext = {
    partner: 'ketenpoort',
    gebruiker: null,
    beleid: beleid.hash,
    verzoek: null,
  };
  const meldingen: Termijnmelding[] = [];
  const meld = (soort: TermijnSoort, id: string, verstrekenOp: number) =>
    meldingen.push({ onderwerp: `${soort}:${id}`, soort, verstrekenOp, gemeldOp: nu });
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
    const e = t.escalatie;
    if (e === null || e === o.van || e === o.naar || e === o.bron) continue;
    const vraag = { ontvanger: e, doel: o.doel, signaal };
    const eigenaar = beslis(beleid, { bron: o.bron, ...vraag });
    const ontvanger = beslis(beleid, { bron: o.naar, ...vraag });
    if (!eigenaar.toegestaan || !ontvanger.toegestaan) continue;
    const naam = (p: string) => ({ id: p, naam: beleid.partners.get(p)?.naam ?? p });
    notitie(plan, ctx, {
      ontvanger: e,
      signaal,
      doel: o.doel,
      regels: [...eigenaar.regels, ...ontvanger.regels],
      grondslagen: [...new Set([...eigenaar.grondslagen, ...ontvanger.grondslagen])].sort(),
      inhoud: {
        bericht: 'escalatie',
        soort: 'overdracht',
        doel: o.doel,
        verstrekenOp: iso(op),
        ...(eigenaar.gegevens.includes('partner') && { van: naam(o.bron) }),
        ...(ontvanger.gegevens.includes('partner') && { naar: naam(o.naar) }),
      },
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
  }
  if (meldingen.length === 0) return undefined;
  plan.termijnmeldingen = meldingen;
  return plan;
}

interface Notitie {
  ontvanger: string;
  signaal: Signaal | undefined;
  doel: string;
  inhoud: Record<string, unknown>;
  regels?: string[];
  grondslagen?: string[];
  /** The signal the notice hangs on when no Signaal is at hand. */
  signaalId?: string;
}

/** One notice with its `termijn` entry by the gateway itself. */
function notitie(plan: Plan, ctx: EntryContext, n: Notitie): void {
  const signaalId = n.signaal?.id ?? n.signaalId ?? String(n.inhoud.voorstel);
  plan.entries.push({
    ...gepland(ctx, {
      actie: 'termijn',
      bron: n.signaal?.partner ?? null,
      ontvanger: n.ontvanger,
      signaal: n.signaal?.id ?? null,
      gegevens: ['termijn', ...(n.inhoud.van ? ['partner'] : [])],
      doel: n.doel,
      regels: n.regels ?? [],
      grondslagen: n.grondslagen ?? [],
    }),
    bronZicht: 'geen',
  });
  plan.meldingen.push({
    partner: n.ontvanger,
    signaalId,
    inhoud: n.inhoud,
    entry: plan.entries.length - 1,
  });
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

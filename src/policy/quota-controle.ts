/**
 * @module
 * Checks quota.yaml against the rest of the set and resolves each partner's quota: every
 * afwijking names known partners, a partner has at most one afwijking, and no limit contradicts
 * another (an hour above its day, a batch that never fits in an hour).
 */
import type { BeleidMelding, Positie } from './beleid-fout.js';
import type { Model, QuotaModel } from './model.js';
import type { GeparsdBestand } from './posities.js';
import { QUOTUM_TELLERS, type Quota } from './quota.js';
import type { Afwijking, QuotaBestand } from './schema-quota.js';
import { bedoeltU } from './suggestie.js';

type Pad = readonly PropertyKey[];

/** The quota of every partner from quota.yaml; errors go to `fouten`. */
export function leesQuota(
  model: Model,
  c: { b: GeparsdBestand; w: QuotaBestand },
  fouten: BeleidMelding[],
): QuotaModel {
  const fout = (pad: Pad, melding: string, sleutel = false) =>
    fouten.push({ ...c.b.positie(pad, sleutel), melding });
  const standaard = bevroren(c.w.standaard);
  controleerLimieten(standaard, ['standaard'], fout);
  const perPartner = new Map<string, Quota>();
  const plekken = new Map<string, Positie>();
  c.w.afwijkingen?.forEach((a, i) => {
    const quota = metAfwijking(standaard, a);
    controleerLimieten(quota, ['afwijkingen', i], fout);
    for (const { partner, pad } of partnersVan(a, i, fout)) {
      if (!model.partners.has(partner)) {
        fout(
          pad,
          `Onbekende partner '${partner}'.${bedoeltU(partner, model.partners.keys())} Partners staan in partners.yaml.`,
        );
        continue;
      }
      const eerder = plekken.get(partner);
      if (eerder) {
        fout(
          pad,
          `Partner '${partner}' heeft al een afwijking op regel ${eerder.regel}; noem een partner in één afwijking.`,
        );
        continue;
      }
      plekken.set(partner, c.b.positie(pad));
      perPartner.set(partner, quota);
    }
  });
  const { intrekkingen, bewaartermijn } = c.w.waarschuwingen;
  return {
    standaard,
    perPartner,
    waarschuwingen: Object.freeze({
      intrekkingen: Object.freeze({ ...intrekkingen }),
      bewaartermijn,
    }),
  };
}

/** The default with what the afwijking names instead. */
function metAfwijking(standaard: Quota, a: Afwijking): Quota {
  const quota: Quota = { ...standaard, batch: a.batch ?? standaard.batch };
  for (const t of QUOTUM_TELLERS) quota[t] = { ...standaard[t], ...a[t] };
  return bevroren(quota);
}

/** A frozen copy: the compiled Beleid hands it out and must stay immutable. */
function bevroren(q: Quota): Quota {
  const kopie: Quota = { ...q };
  for (const t of QUOTUM_TELLERS) kopie[t] = Object.freeze({ ...q[t] });
  return Object.freeze(kopie);
}

function partnersVan(
  a: Afwijking,
  i: number,
  fout: (pad: Pad, melding: string, sleutel?: boolean) => void,
): Array<{ partner: string; pad: Pad }> {
  if (a.partner !== undefined && a.partners !== undefined) {
    fout(['afwijkingen', i, 'partners'], "Gebruik 'partner:' of 'partners:', niet allebei.", true);
    return [];
  }
  if (a.partner !== undefined) return [{ partner: a.partner, pad: ['afwijkingen', i, 'partner'] }];
  if (a.partners !== undefined)
    return a.partners.map((p, j) => ({ partner: p, pad: ['afwijkingen', i, 'partners', j] }));
  fout(
    ['afwijkingen', i],
    "Noem met 'partner:' voor welke partner deze afwijking geldt, of met 'partners:' voor een groep.",
  );
  return [];
}

/** Limits that contradict each other: an hour allowing more than its day, a batch above an hour. */
function controleerLimieten(
  q: Quota,
  pad: Pad,
  fout: (pad: Pad, melding: string, sleutel?: boolean) => void,
): void {
  for (const t of QUOTUM_TELLERS) {
    if (q[t].uur <= q[t].dag) continue;
    fout(
      [...pad, t],
      `${t} per uur (${q[t].uur}) is hoger dan per dag (${q[t].dag}); per uur kan dan nooit worden gehaald. Maak 'uur' hoogstens ${q[t].dag}.`,
    );
  }
  if (q.batch > q.registraties.uur) {
    fout(
      [...pad, 'batch'],
      `Een batch van ${q.batch} signalen past nooit binnen ${q.registraties.uur} registraties per uur. Maak 'batch' hoogstens ${q.registraties.uur}.`,
    );
  }
}

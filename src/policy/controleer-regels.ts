/**
 * @module
 * Cross-reference checks of one regels/ file: every partner, doel, grondslag and recipient
 * must exist, rule ids are unique across the set, and retention is defined once per partner.
 */
import type { BeleidMelding, Positie } from './beleid-fout.js';
import { PARTNERSOORTEN } from './categorieen.js';
import type { Model } from './model.js';
import type { GeparsdBestand } from './posities.js';
import type { RegelsBestand, VerbodRegel, VerstrekRegel } from './schema.js';
import type { OverdraagRegel } from './schema-overdracht.js';
import { bedoeltU } from './suggestie.js';
import { STANDAARD_WEIGERING } from './tabel.js';

/** State shared by the checks of all regels/ files. */
export interface RegelsContext {
  model: Model;
  fouten: BeleidMelding[];
  regelIds: Map<string, Positie>;
  bewaarPlek: Map<string, Positie>;
  ontvangPlek: Map<string, Positie>;
}

type Pad = readonly PropertyKey[];

/** Checks one regels/ file and adds its retention, receiving keys and rules to the model. */
export function controleerEntrys(ctx: RegelsContext, b: GeparsdBestand, r: RegelsBestand): void {
  const fout = (pad: Pad, melding: string, sleutel = false) =>
    ctx.fouten.push({ ...b.positie(pad, sleutel), melding });
  const bronnen = bronnenVan(ctx, b, r, fout);
  bewaartermijnen(ctx, b, r, bronnen, fout);
  ontvangen(ctx, b, r, bronnen, fout);
  r.verstrekken?.forEach((regel, i) => {
    const ontvangers = regelKop(ctx, b, 'verstrekken', i, regel, fout);
    ctx.model.verstrekken.push({
      bronnen,
      ontvangers,
      regel,
      positie: b.positie(['verstrekken', i, 'id']),
      bestand: b,
      pad: ['verstrekken', i],
    });
  });
  r.verboden?.forEach((regel, i) => {
    const ontvangers = regelKop(ctx, b, 'verboden', i, regel, fout);
    ctx.model.verboden.push({
      bronnen,
      ontvangers,
      regel,
      positie: b.positie(['verboden', i, 'id']),
      bestand: b,
      pad: ['verboden', i],
    });
  });
  r.overdragen?.forEach((regel, i) => {
    const ontvangers = regelKop(ctx, b, 'overdragen', i, regel, fout);
    ctx.model.overdragen.push({
      bronnen,
      ontvangers,
      regel,
      positie: b.positie(['overdragen', i, 'id']),
      bestand: b,
      pad: ['overdragen', i],
    });
  });
}

type Fout = (pad: Pad, melding: string, sleutel?: boolean) => void;

/** Retention per sterkte; a partner gets it from one file only, so it is never ambiguous. */
function bewaartermijnen(
  ctx: RegelsContext,
  b: GeparsdBestand,
  r: RegelsBestand,
  bronnen: readonly string[],
  fout: Fout,
): void {
  const termijnen = r.bewaartermijnen;
  if (!termijnen) return;
  if (termijnen.zacht === undefined && termijnen.hard === undefined) {
    fout(
      ['bewaartermijnen'],
      "Noem onder 'bewaartermijnen' minstens 'zacht:' of 'hard:' met een aantal maanden.",
    );
  }
  for (const p of bronnen) {
    const eerder = ctx.bewaarPlek.get(p);
    if (eerder) {
      fout(
        ['bewaartermijnen'],
        `Partner '${p}' heeft al bewaartermijnen in ${plek(eerder)}; noem ze maar op een plek.`,
        true,
      );
    } else {
      ctx.bewaarPlek.set(p, b.positie(['bewaartermijnen'], true));
      ctx.model.bewaartermijnen.set(p, termijnen);
    }
  }
}

/** The second key: for which doelen, on which grondslagen, each partner may receive. */
function ontvangen(
  ctx: RegelsContext,
  b: GeparsdBestand,
  r: RegelsBestand,
  bronnen: readonly string[],
  fout: Fout,
): void {
  r.ontvangen?.forEach((o, i) => {
    if (!bestaatDoel(ctx, o.doel, ['ontvangen', i, 'doel'], fout)) return;
    grondslagenBestaan(ctx, o.grondslagen, ['ontvangen', i, 'grondslagen'], fout);
    for (const p of bronnen) {
      const sleutel = `${p}\u0000${o.doel}`;
      const eerder = ctx.ontvangPlek.get(sleutel);
      if (eerder) {
        fout(
          ['ontvangen', i, 'doel'],
          `Partner '${p}' mag al ontvangen voor doel '${o.doel}' volgens ${plek(eerder)}; voeg de grondslagen daar samen.`,
        );
        continue;
      }
      ctx.ontvangPlek.set(sleutel, b.positie(['ontvangen', i, 'doel']));
      const perDoel = ctx.model.ontvangen.get(p) ?? new Map<string, readonly string[]>();
      perDoel.set(o.doel, o.grondslagen);
      ctx.model.ontvangen.set(p, perDoel);
    }
  });
}

/** The partners a file speaks for: `partner: x` or, for a group, `partners: [x, y]`. */
function bronnenVan(ctx: RegelsContext, b: GeparsdBestand, r: RegelsBestand, fout: Fout): string[] {
  if (r.partner !== undefined && r.partners !== undefined) {
    fout(['partners'], "Gebruik 'partner:' of 'partners:', niet allebei.", true);
    return [];
  }
  if (r.partner === undefined && r.partners === undefined) {
    fout(
      [],
      "Noem met 'partner:' voor welke partner dit bestand geldt, of met 'partners:' voor een groep.",
    );
    return [];
  }
  const lijst = r.partner !== undefined ? [r.partner] : (r.partners ?? []);
  const bronnen: string[] = [];
  lijst.forEach((p, i) => {
    const pad = r.partner !== undefined ? ['partner'] : ['partners', i];
    if (!bestaatPartner(ctx, p, pad, fout)) return;
    if (bronnen.includes(p)) fout(pad, `Partner '${p}' staat twee keer in deze lijst.`);
    else bronnen.push(p);
    if (!ctx.model.bronPlek.has(p)) ctx.model.bronPlek.set(p, b.positie(pad));
  });
  return bronnen;
}

/** Checks id, recipients, doelen and grondslagen of one rule; returns its recipients. */
function regelKop(
  ctx: RegelsContext,
  b: GeparsdBestand,
  lijst: 'verstrekken' | 'verboden' | 'overdragen',
  i: number,
  regel: VerstrekRegel | VerbodRegel | OverdraagRegel,
  fout: Fout,
): string[] {
  const eerder = ctx.regelIds.get(regel.id);
  if (regel.id === STANDAARD_WEIGERING) {
    fout(
      [lijst, i, 'id'],
      `Het id '${STANDAARD_WEIGERING}' is gereserveerd voor de standaardweigering; kies een ander id.`,
    );
  } else if (eerder) {
    fout(
      [lijst, i, 'id'],
      `Regel-id '${regel.id}' bestaat al in ${plek(eerder)}; elk regel-id moet uniek zijn in het hele beleid.`,
    );
  } else {
    ctx.regelIds.set(regel.id, b.positie([lijst, i, 'id']));
  }
  regel.doelen?.forEach((d, j) => {
    bestaatDoel(ctx, d, [lijst, i, 'doelen', j], fout);
  });
  grondslagenBestaan(ctx, regel.grondslagen, [lijst, i, 'grondslagen'], fout);
  const beperking = ('inzagebeperking' in regel && regel.inzagebeperking?.grondslagen) || [];
  grondslagenBestaan(ctx, beperking, [lijst, i, 'inzagebeperking', 'grondslagen'], fout);
  const ontvangers = new Set<string>();
  regel.aan.forEach((a, j) => {
    for (const p of ontvangersVan(ctx, a, lijst === 'verboden', [lijst, i, 'aan', j], fout))
      ontvangers.add(p);
  });
  return [...ontvangers];
}

/** Resolves one `aan` entry: a partner id, `soort:<partnersoort>`, or (in verboden) '*'. */
function ontvangersVan(
  ctx: RegelsContext,
  aan: string,
  ster: boolean,
  pad: Pad,
  fout: Fout,
): string[] {
  const partners = ctx.model.partners;
  if (aan === '*') {
    if (ster) return [...partners.keys()];
    fout(
      pad,
      "'*' (iedereen) mag alleen in een verbod staan; noem bij een verstrekking de ontvangers of een groep als 'soort:gemeente'.",
    );
    return [];
  }
  if (aan.startsWith('soort:')) {
    const soort = aan.slice('soort:'.length);
    if (!(PARTNERSOORTEN as readonly string[]).includes(soort)) {
      fout(
        pad,
        `Onbekende partnersoort '${soort}'.${bedoeltU(soort, PARTNERSOORTEN)} Kies uit: ${PARTNERSOORTEN.join(', ')}.`,
      );
      return [];
    }
    return [...partners.values()].filter((p) => p.soort === soort).map((p) => p.id);
  }
  return bestaatPartner(ctx, aan, pad, fout) ? [aan] : [];
}

function bestaatPartner(ctx: RegelsContext, id: string, pad: Pad, fout: Fout): boolean {
  if (ctx.model.partners.has(id)) return true;
  fout(
    pad,
    `Onbekende partner '${id}'.${bedoeltU(id, ctx.model.partners.keys())} Partners staan in partners.yaml.`,
  );
  return false;
}

function bestaatDoel(ctx: RegelsContext, id: string, pad: Pad, fout: Fout): boolean {
  if (ctx.model.doelen.has(id)) return true;
  fout(
    pad,
    `Onbekend doel '${id}'.${bedoeltU(id, ctx.model.doelen.keys())} Doelen staan in doelen.yaml: ${[...ctx.model.doelen.keys()].join(', ')}.`,
  );
  return false;
}

function grondslagenBestaan(
  ctx: RegelsContext,
  ids: readonly string[],
  pad: Pad,
  fout: Fout,
): void {
  ids.forEach((g, j) => {
    if (ctx.model.grondslagen.has(g)) return;
    fout(
      [...pad, j],
      `Onbekende grondslag '${g}'.${bedoeltU(g, ctx.model.grondslagen.keys())} Voeg hem toe aan grondslagen.yaml of kies een bestaande.`,
    );
  });
}

/** `bestand:regelnummer` of an earlier definition, for "already defined in ..." messages. */
function plek(p: Positie): string {
  return `${p.bestand}:${p.regel}`;
}

/**
 * @module
 * Compiles a checked model into the Beleid the gateway uses: rules become bit-set
 * conditions in one cell per (bron, ontvanger, doel), so a decision is three map
 * look-ups and, after the first time, a cached frozen Besluit.
 */
import type { Beleid, BeleidRegel, BestandInfo, Wanneer } from './beleid.js';
import { geenRegels } from './besluit.js';
import { ROLLEN, STERKTES, type Sterkte, UITBUITINGSVORMEN, VELDEN } from './categorieen.js';
import type { Model } from './model.js';
import { overdrachtRegels } from './overdracht-regels.js';
import type { Inzagebeperking } from './schema-fg.js';
import {
  type Cel,
  TABEL,
  type Tabel,
  type Toestemming,
  type Verbod,
  type Voorwaarde,
} from './tabel.js';

/** Builds the immutable Beleid for `model`, whose files hash to `hash`. */
export function compileer(
  model: Model,
  hash: string,
  bestanden: readonly BestandInfo[] = [],
): Beleid {
  const tabel: Tabel = {
    cellen: new Map(),
    partners: model.partners,
    doelen: model.doelen,
    ontvangen: model.ontvangen,
  };
  for (const { bronnen, ontvangers, regel, positie } of model.verstrekken) {
    const t: Toestemming = Object.freeze({
      id: regel.id,
      titel: regel.titel,
      uitleg: regel.uitleg,
      ...voorwaarde(regel.wanneer),
      gegevens: bits(VELDEN, regel.gegevens),
      melden: regel.melden === true,
      grondslagen: Object.freeze([...regel.grondslagen]),
      positie,
    });
    for (const cel of cellen(tabel, bronnen, ontvangers, regel.doelen)) cel.toestaan.push(t);
  }
  for (const { bronnen, ontvangers, regel, positie } of model.verboden) {
    const v: Verbod = Object.freeze({
      id: regel.id,
      titel: regel.titel,
      uitleg: regel.uitleg,
      ...voorwaarde(regel.wanneer),
      grondslagen: Object.freeze([...regel.grondslagen]),
      positie,
    });
    const doelen = regel.doelen ?? [...model.doelen.keys()];
    for (const cel of cellen(tabel, bronnen, ontvangers, doelen)) cel.verbieden.push(v);
  }
  const bewaar = model.bewaartermijnen;
  const beleid = {
    hash,
    bestanden: Object.freeze([...bestanden]),
    partners: model.partners,
    ketenrollen: model.ketenrollen,
    regio: model.regio,
    regisseurs: model.regisseurs,
    termijnen: model.termijnen,
    stapelregels: model.stapelregels,
    doelen: model.doelen,
    grondslagen: model.grondslagen,
    uitgesloten: Object.freeze([...model.uitgesloten]),
    pseudoniemen: model.pseudoniemen,
    regels: Object.freeze(regels(model)),
    overdragen: Object.freeze(overdrachtRegels(model)),
    ontvangen: model.ontvangen,
    bewaartermijnMaanden: (partner: string, sterkte: Sterkte) => bewaar.get(partner)?.[sterkte],
    magOntvangen: (partner: string, doel: string) =>
      model.ontvangen.get(partner)?.has(doel) === true,
    inzagebeperkingen: inzagebeperkingen(model),
    logboekBewaartermijnMaanden: model.logboekBewaartermijn,
    quota: (partner: string) => model.quota?.perPartner.get(partner) ?? model.quota?.standaard,
    waarschuwingDrempels: model.quota?.waarschuwingen,
    [TABEL]: tabel,
  };
  return Object.freeze(beleid);
}

/** The rules as written, frozen, in file order: verstrekken then verboden per file. */
function regels(model: Model): BeleidRegel[] {
  const lijst = [
    ...model.verstrekken.map((g) => ({ g, soort: 'verstrekken' as const })),
    ...model.verboden.map((g) => ({ g, soort: 'verboden' as const })),
  ];
  lijst.sort(
    (a, b) =>
      (a.g.positie.bestand < b.g.positie.bestand
        ? -1
        : a.g.positie.bestand > b.g.positie.bestand
          ? 1
          : 0) || a.g.positie.regel - b.g.positie.regel,
  );
  return lijst.map(({ g, soort }) => {
    const r = g.regel;
    const w = r.wanneer;
    const wanneer: Wanneer = Object.freeze({
      ...(w?.uitbuitingsvormen && { uitbuitingsvormen: Object.freeze([...w.uitbuitingsvormen]) }),
      ...(w?.sterkte && { sterkte: Object.freeze([...w.sterkte]) }),
      ...(w?.rol && { rol: Object.freeze([...w.rol]) }),
    });
    return Object.freeze({
      soort,
      id: r.id,
      titel: r.titel,
      uitleg: r.uitleg,
      bronnen: Object.freeze([...g.bronnen]),
      aan: Object.freeze([...r.aan]),
      ontvangers: Object.freeze([...g.ontvangers]),
      doelen: r.doelen ? Object.freeze([...r.doelen]) : undefined,
      wanneer,
      gegevens: Object.freeze('gegevens' in r ? [...r.gegevens] : []),
      grondslagen: Object.freeze([...r.grondslagen]),
      melden: 'melden' in r && r.melden === true,
      ...('statussen' in r && r.statussen && { statussen: Object.freeze([...r.statussen]) }),
      positie: g.positie,
    });
  });
}

/** Rule id -> restriction of the right of access, for the rules that carry one. */
function inzagebeperkingen(model: Model): ReadonlyMap<string, Inzagebeperking> {
  const map = new Map<string, Inzagebeperking>();
  for (const { regel } of [...model.verstrekken, ...model.verboden]) {
    const b = regel.inzagebeperking;
    if (b) map.set(regel.id, Object.freeze({ grondslagen: [...b.grondslagen], uitleg: b.uitleg }));
  }
  return map;
}

/** The cell for (bron, ontvanger, doel), created empty (and decided: nothing allowed) on first use. */
export function cel(tabel: Tabel, bron: string, ontvanger: string, doel: string): Cel {
  let perOntvanger = tabel.cellen.get(bron);
  if (!perOntvanger) {
    perOntvanger = new Map();
    tabel.cellen.set(bron, perOntvanger);
  }
  let perDoel = perOntvanger.get(ontvanger);
  if (!perDoel) {
    perDoel = new Map();
    perOntvanger.set(ontvanger, perDoel);
  }
  let c = perDoel.get(doel);
  if (!c) {
    c = {
      bron,
      ontvanger,
      doel,
      toestaan: [],
      verbieden: [],
      ontvangst: tabel.ontvangen.get(ontvanger)?.get(doel),
      vast: undefined,
      cache: undefined,
      uniek: undefined,
    };
    c.vast = geenRegels(c);
    perDoel.set(doel, c);
  }
  return c;
}

/** The cells a rule lands in; a source never discloses to itself, so that cell is skipped. */
function* cellen(
  tabel: Tabel,
  bronnen: readonly string[],
  ontvangers: readonly string[],
  doelen: readonly string[],
): Generator<Cel> {
  for (const bron of bronnen) {
    for (const ontvanger of ontvangers) {
      if (ontvanger === bron) continue;
      for (const doel of doelen) {
        const c = cel(tabel, bron, ontvanger, doel);
        // The cell now holds a rule, so its outcome depends on the signal.
        c.vast = undefined;
        yield c;
      }
    }
  }
}

function voorwaarde(
  w: { uitbuitingsvormen?: string[]; sterkte?: string[]; rol?: string[] } | undefined,
): Voorwaarde {
  return {
    vormen: bits(UITBUITINGSVORMEN, w?.uitbuitingsvormen),
    sterktes: bits(STERKTES, w?.sterkte),
    rollen: bits(ROLLEN, w?.rol),
  };
}

/** Bit i is set when `lijst[i]` is in `waarden`; no list (absent condition) gives 0, "any". */
function bits(lijst: readonly string[], waarden: readonly string[] | undefined): number {
  let b = 0;
  for (const w of waarden ?? []) b |= 1 << lijst.indexOf(w);
  return b;
}

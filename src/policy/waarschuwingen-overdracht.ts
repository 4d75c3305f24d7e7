/**
 * @module
 * Warnings about the after-the-match rules (issue 16): an `overdragen` rule that can never
 * apply (it names only the hander itself, a sterkte the hander never registers, a recipient
 * without `ontvangen` for its doelen, or a verbod wins for every signal it would allow), and a
 * `verstrekken` rule whose `terugkoppeling` or `statussen` never reach anyone. Decided over the
 * finite signal space, so a warning is exact.
 */
import type { BeleidMelding } from './beleid-fout.js';
import { past } from './besluit.js';
import { ROLLEN, STERKTES, type Sterkte, UITBUITINGSVORMEN } from './categorieen.js';
import type { GeplaatsteRegel, Model } from './model.js';
import type { VerbodRegel, VerstrekRegel } from './schema.js';
import type { OverdraagRegel } from './schema-overdracht.js';
import { bitsVan, signaalklassen } from './signaalruimte.js';
import type { Voorwaarde } from './tabel.js';

type Melder = (pad: readonly PropertyKey[], melding: string) => void;

/** Every warning about `overdragen` rules and about `terugkoppeling` in `verstrekken` rules. */
export function overdrachtWaarschuwingen(model: Model, uit: BeleidMelding[]): void {
  for (const g of model.overdragen) {
    const w: Melder = (pad, melding) =>
      uit.push({ ...g.bestand.positie([...g.pad, ...pad]), melding });
    overdrachtNooit(model, g, w);
  }
  ketenrollen(model, uit);
  for (const g of model.verstrekken) {
    const w: Melder = (pad, melding) =>
      uit.push({ ...g.bestand.positie([...g.pad, ...pad]), melding });
    terugkoppelingNooit(model, g, w);
  }
}

function overdrachtNooit(model: Model, g: GeplaatsteRegel<OverdraagRegel>, w: Melder): void {
  if (g.bronnen.every((b) => g.ontvangers.every((o) => o === b))) {
    w(
      ['aan'],
      "Deze overdrachtsregel geldt nooit: 'aan' wijst geen andere partner aan dan de overdrager zelf. Noem de ontvangers of een groep die partners heeft.",
    );
    return;
  }
  const sterktes = g.regel.wanneer?.sterkte ?? STERKTES;
  if (!g.bronnen.some((b) => sterktes.some((s) => registreert(model, b, s)))) {
    w(
      g.regel.wanneer?.sterkte ? ['wanneer', 'sterkte'] : [],
      `Deze overdrachtsregel geldt nooit: ${lijst(g.bronnen)} registreert geen signalen${g.regel.wanneer?.sterkte ? ` met sterkte ${sterktes.join(' of ')}` : ''} (er is geen bewaartermijn voor), dus er is niets over te dragen. Voeg de bewaartermijn toe of pas de voorwaarde aan.`,
    );
    return;
  }
  const doelen = g.regel.doelen;
  const kan = (o: string) => doelen.some((d) => magOntvangen(model, o, d));
  const ontvangers = g.ontvangers.filter((o) => !g.bronnen.every((b) => b === o));
  if (!ontvangers.some(kan)) {
    const voorbeelden = ontvangers
      .slice(0, 4)
      .map((o) => `'${o}' mag ontvangen voor: ${ontvangDoelen(model, o)}`);
    w(
      ['doelen'],
      `Deze overdrachtsregel geldt nooit: geen ontvanger mag ontvangen voor ${lijst(doelen)} (tweede sleutel), dus elke overdracht wordt geweigerd. ${voorbeelden.join('; ')}. Kies een doel waarvoor de ontvanger mag ontvangen, of voeg het doel toe onder 'ontvangen' in het bestand van de ontvanger.`,
    );
    return;
  }
  g.regel.aan.forEach((a, j) => {
    for (const o of leden(model, a)) {
      if (kan(o) || g.bronnen.includes(o)) continue;
      const via = a.startsWith('soort:') ? ` (via '${a}')` : '';
      w(
        ['aan', j],
        `'${o}'${via} mag voor geen van de doelen van deze overdrachtsregel ontvangen (${doelen.join(', ')}), dus een overdracht aan '${o}' wordt altijd geweigerd. '${o}' mag ontvangen voor: ${ontvangDoelen(model, o)}. Haal '${o}' weg of voeg het doel toe onder 'ontvangen' van '${o}'.`,
      );
    }
  });
  overschaduwd(model, g, w);
}

/** Warns when, for every overdracht the rule would allow, a verbod of the hander wins. */
function overschaduwd(model: Model, g: GeplaatsteRegel<OverdraagRegel>, w: Melder): void {
  const regel = voorwaarde(g.regel.wanneer);
  const winnaars = new Set<string>();
  let getoetst = false;
  for (const b of g.bronnen)
    for (const o of g.ontvangers) {
      if (o === b) continue;
      for (const d of g.regel.doelen) {
        if (!magOntvangen(model, o, d)) continue;
        const verboden = model.verboden.filter(
          (v) =>
            v.bronnen.includes(b) &&
            v.ontvangers.includes(o) &&
            (v.regel.doelen === undefined || v.regel.doelen.includes(d)),
        );
        for (const k of signaalklassen()) {
          if (!registreert(model, b, STERKTES[k.sterkte] as Sterkte)) continue;
          if (!past(regel, k.vormen, 1 << k.sterkte, 1 << k.rol)) continue;
          getoetst = true;
          const v = verboden.find((x) =>
            past(voorwaarde(x.regel.wanneer), k.vormen, 1 << k.sterkte, 1 << k.rol),
          );
          if (!v) return;
          winnaars.add(v.regel.id);
        }
      }
    }
  if (!getoetst) return;
  const plekken = [...winnaars].map((id) => {
    const v = model.verboden.find((x) => x.regel.id === id);
    return v ? `'${id}' (${v.positie.bestand}:${v.positie.regel})` : `'${id}'`;
  });
  const meer = plekken.length > 1;
  w(
    ['id'],
    `Deze overdrachtsregel geldt nooit: ${meer ? 'de verboden' : 'het verbod'} ${plekken.join(', ')} ${meer ? 'gaan' : 'gaat'} bij elke overdracht waarvoor de regel zou gelden voor. Pas de regel of het verbod aan, of verwijder de regel.`,
  );
}

/**
 * `terugkoppeling` reaches a recipient only for a doel it may receive for; `statussen` mean
 * something only next to `terugkoppeling`.
 */
function terugkoppelingNooit(model: Model, g: GeplaatsteRegel<VerstrekRegel>, w: Melder): void {
  const r = g.regel;
  const i = r.gegevens.indexOf('terugkoppeling');
  if (i < 0) {
    if (r.statussen !== undefined)
      w(
        ['statussen'],
        "'statussen' zonder 'terugkoppeling' in 'gegevens' doet niets: de ontvanger ziet geen enkele status. Voeg 'terugkoppeling' toe aan 'gegevens', of haal 'statussen' weg.",
      );
    return;
  }
  const ontvangers = g.ontvangers.filter((o) => !g.bronnen.includes(o));
  for (const o of ontvangers) {
    const niet = r.doelen.filter((d) => !magOntvangen(model, o, d));
    // A recipient that may receive for none of the doelen is already warned about.
    if (niet.length === 0 || niet.length === r.doelen.length) continue;
    w(
      ['gegevens', i],
      `'terugkoppeling' bereikt '${o}' nooit voor ${lijst(niet)}: '${o}' mag voor dat doel niet ontvangen (tweede sleutel), dus krijgt daar geen status en kan er geen terugkoppeling vragen. '${o}' mag ontvangen voor: ${ontvangDoelen(model, o)}. Haal het doel weg of voeg het toe onder 'ontvangen' van '${o}'.`,
    );
  }
}

function voorwaarde(w: VerbodRegel['wanneer'] | OverdraagRegel['wanneer'] | undefined): Voorwaarde {
  return {
    vormen: bitsVan(UITBUITINGSVORMEN, w?.uitbuitingsvormen ?? []),
    sterktes: bitsVan(STERKTES, w?.sterkte ?? []),
    rollen: bitsVan(ROLLEN, w?.rol ?? []),
  };
}

function registreert(model: Model, partner: string, sterkte: Sterkte): boolean {
  return model.bewaartermijnen.get(partner)?.[sterkte] !== undefined;
}

function magOntvangen(model: Model, partner: string, doel: string): boolean {
  return model.ontvangen.get(partner)?.has(doel) === true;
}

function leden(model: Model, aan: string): string[] {
  if (!aan.startsWith('soort:')) return model.partners.has(aan) ? [aan] : [];
  const soort = aan.slice('soort:'.length);
  return [...model.partners.values()].filter((p) => p.soort === soort).map((p) => p.id);
}

function ontvangDoelen(model: Model, partner: string): string {
  const doelen = [...(model.ontvangen.get(partner)?.keys() ?? [])];
  return doelen.length > 0 ? doelen.join(', ') : 'geen enkel doel';
}

function lijst(ids: readonly string[]): string {
  return ids.map((i) => `'${i}'`).join(', ');
}

/**
 * A ketenrol (partners.yaml) nobody fills, or filled by a partner no overdrachtsregel names:
 * an overdracht to that role is always refused.
 */
function ketenrollen(model: Model, uit: BeleidMelding[]): void {
  const b = model.catalogi.partners;
  for (const [rol, partner] of model.ketenrollen ?? new Map<string, string | null>()) {
    const plek = b.positie(['ketenrollen', rol]);
    if (partner === null) {
      uit.push({
        ...plek,
        melding: `Niemand vervult de ketenrol '${rol}': een overdracht aan deze rol wordt geweigerd. Vul de partner in die de rol vervult, of haal de rol weg.`,
      });
      continue;
    }
    if (model.overdragen.some((g) => g.ontvangers.includes(partner))) continue;
    uit.push({
      ...plek,
      melding: `Geen overdrachtsregel noemt '${partner}', die de ketenrol '${rol}' vervult: een overdracht aan deze rol wordt altijd geweigerd. Voeg bij de partners die aan de rol overdragen een regel onder 'overdragen:' toe met '${partner}' in 'aan'.`,
    });
  }
}

/**
 * @module
 * Warnings about rules that can never apply: no recipient but the source itself, a sterkte
 * the source never registers, recipients that may never receive for the rule's doelen, or
 * a verbod that wins for every signal the rule would allow. Decided over the finite signal
 * space on the compiled table, so a warning is exact, not a guess from the text.
 */
import type { BeleidMelding } from './beleid-fout.js';
import { past } from './besluit.js';
import { STERKTES, type Sterkte } from './categorieen.js';
import type { GeplaatsteRegel, Model } from './model.js';
import type { VerbodRegel, VerstrekRegel } from './schema.js';
import { signaalklassen } from './signaalruimte.js';
import type { Tabel } from './tabel.js';

type Regel = GeplaatsteRegel<VerstrekRegel> | GeplaatsteRegel<VerbodRegel>;

/** Warnings for one rule; `verstrekken` rules are also checked against both keys and verboden. */
export function regelNooit(
  model: Model,
  tabel: Tabel,
  g: Regel,
  soort: 'verstrekken' | 'verboden',
  uit: BeleidMelding[],
): void {
  const w = (pad: readonly PropertyKey[], melding: string) =>
    uit.push({ ...g.bestand.positie([...g.pad, ...pad]), melding });
  const woord = soort === 'verstrekken' ? 'Deze regel' : 'Dit verbod';
  if (g.bronnen.every((b) => g.ontvangers.every((o) => o === b))) {
    w(
      ['aan'],
      `${woord} geldt nooit: 'aan' wijst geen andere partner aan dan de bron zelf. Noem de ontvangers of een groep die partners heeft.`,
    );
    return;
  }
  const sterktes = g.regel.wanneer?.sterkte ?? STERKTES;
  const levend = g.bronnen.filter((b) => sterktes.some((s) => registreert(model, b, s)));
  if (levend.length === 0) {
    const wat = g.regel.wanneer?.sterkte
      ? `signalen met sterkte ${sterktes.join(' of ')}`
      : 'signalen';
    w(
      g.regel.wanneer?.sterkte ? ['wanneer', 'sterkte'] : [],
      `${woord} geldt nooit: ${lijst(g.bronnen)} registreert geen ${wat} (er is geen bewaartermijn voor). Voeg de bewaartermijn toe of pas de voorwaarde aan.`,
    );
    return;
  }
  if (soort === 'verstrekken') tweedeSleutel(model, g as GeplaatsteRegel<VerstrekRegel>, w);
  if (soort === 'verstrekken') overschaduwd(model, tabel, g as GeplaatsteRegel<VerstrekRegel>, w);
}

function registreert(model: Model, partner: string, sterkte: Sterkte): boolean {
  return model.bewaartermijnen.get(partner)?.[sterkte] !== undefined;
}

function magOntvangen(model: Model, partner: string, doel: string): boolean {
  return model.ontvangen.get(partner)?.has(doel) === true;
}

/** The whole rule, or one partner named in `aan`, that may never receive for its doelen. */
function tweedeSleutel(
  model: Model,
  g: GeplaatsteRegel<VerstrekRegel>,
  w: (pad: readonly PropertyKey[], melding: string) => void,
): void {
  const doelen = g.regel.doelen;
  const kan = (o: string) => doelen.some((d) => magOntvangen(model, o, d));
  const ontvangers = g.ontvangers.filter((o) => !g.bronnen.every((b) => b === o));
  if (!ontvangers.some(kan)) {
    const voorbeelden = ontvangers
      .slice(0, 4)
      .map((o) => `'${o}' mag ontvangen voor: ${ontvangDoelen(model, o)}`);
    w(
      ['doelen'],
      `Deze regel geldt nooit: geen ontvanger mag ontvangen voor ${lijst(doelen)} (tweede sleutel). ${voorbeelden.join('; ')}. Kies een doel waarvoor de ontvanger mag ontvangen, of voeg het doel toe onder 'ontvangen' in het bestand van de ontvanger.`,
    );
    return;
  }
  g.regel.aan.forEach((a, j) => {
    const groep = a.startsWith('soort:');
    for (const o of leden(model, a)) {
      if (kan(o) || g.bronnen.includes(o)) continue;
      const via = groep ? ` (via '${a}')` : '';
      const weg = groep
        ? `Noem in plaats van '${a}' alleen de partners die mogen ontvangen,`
        : `Haal '${o}' weg`;
      w(
        ['aan', j],
        `'${o}'${via} mag voor geen van de doelen van deze regel ontvangen (${doelen.join(', ')}), dus voor '${o}' geldt de regel nooit. '${o}' mag ontvangen voor: ${ontvangDoelen(model, o)}. ${weg} of voeg het doel toe onder 'ontvangen' van '${o}'.`,
      );
    }
  });
}

/** The partners one `aan` entry names: itself, or every partner of a `soort:` group. */
function leden(model: Model, aan: string): string[] {
  if (!aan.startsWith('soort:')) return model.partners.has(aan) ? [aan] : [];
  const soort = aan.slice('soort:'.length);
  return [...model.partners.values()].filter((p) => p.soort === soort).map((p) => p.id);
}

/** Warns when, wherever the rule could allow something, some verbod wins. */
function overschaduwd(
  model: Model,
  tabel: Tabel,
  g: GeplaatsteRegel<VerstrekRegel>,
  w: (pad: readonly PropertyKey[], melding: string) => void,
): void {
  const winnaars = new Set<string>();
  let getoetst = false;
  for (const b of g.bronnen) {
    for (const o of g.ontvangers) {
      if (o === b) continue;
      for (const d of g.regel.doelen) {
        if (!magOntvangen(model, o, d)) continue;
        const cel = tabel.cellen.get(b)?.get(o)?.get(d);
        const t = cel?.toestaan.find((x) => x.id === g.regel.id);
        if (!cel || !t) continue;
        for (const k of signaalklassen()) {
          if (!registreert(model, b, STERKTES[k.sterkte] as Sterkte)) continue;
          if (!past(t, k.vormen, 1 << k.sterkte, 1 << k.rol)) continue;
          getoetst = true;
          const v = cel.verbieden.find((x) => past(x, k.vormen, 1 << k.sterkte, 1 << k.rol));
          if (!v) return;
          winnaars.add(v.id);
        }
      }
    }
  }
  if (!getoetst) return;
  const plekken = [...winnaars].map((id) => {
    const v = model.verboden.find((x) => x.regel.id === id);
    return v ? `'${id}' (${v.positie.bestand}:${v.positie.regel})` : `'${id}'`;
  });
  w(
    ['id'],
    `Deze regel geldt nooit: ${plekken.length > 1 ? 'de verboden' : 'het verbod'} ${plekken.join(', ')} ${plekken.length > 1 ? 'gaan' : 'gaat'} bij elk signaal waarvoor de regel zou gelden voor. Pas de regel of het verbod aan, of verwijder de regel.`,
  );
}

function ontvangDoelen(model: Model, partner: string): string {
  const doelen = [...(model.ontvangen.get(partner)?.keys() ?? [])];
  return doelen.length > 0 ? doelen.join(', ') : 'geen enkel doel';
}

function lijst(ids: readonly string[]): string {
  return ids.map((i) => `'${i}'`).join(', ');
}

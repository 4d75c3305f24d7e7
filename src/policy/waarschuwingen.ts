/**
 * @module
 * Warnings: the set loads, but something in it is probably not what the jurist meant. Each
 * names the file, line and column and says in Dutch what to change. Warnings never stop the
 * gateway; `ketenpoort beleid check --streng` lets CI treat them as errors.
 */
import type { BeleidMelding } from './beleid-fout.js';
import type { GeplaatsteRegel, Model } from './model.js';
import type { GeparsdBestand } from './posities.js';
import type { VerbodRegel, VerstrekRegel } from './schema.js';
import type { OverdraagRegel } from './schema-overdracht.js';
import type { Tabel } from './tabel.js';
import { overdrachtWaarschuwingen } from './waarschuwingen-overdracht.js';
import { regelNooit } from './waarschuwingen-regels.js';
import { regieWaarschuwingen } from './waarschuwingen-regie.js';

/** Every warning for a checked model and its compiled table. */
export function waarschuwingen(model: Model, tabel: Tabel): BeleidMelding[] {
  const uit: BeleidMelding[] = [];
  for (const g of model.verstrekken) {
    dubbel(g, uit);
    contactZonderPartner(g, uit);
    regelNooit(model, tabel, g, 'verstrekken', uit);
  }
  for (const g of model.verboden) {
    dubbel(g, uit);
    regelNooit(model, tabel, g, 'verboden', uit);
  }
  for (const g of model.overdragen) dubbel(g, uit);
  overdrachtWaarschuwingen(model, uit);
  regieWaarschuwingen(model, uit);
  ongebruikteGrondslagen(model, uit);
  partnersZonderRegels(model, uit);
  links(model, uit);
  geenQuota(model, uit);
  return uit;
}

/** Without quota.yaml nothing bounds how often a partner tries: the gateway loads, but warns. */
function geenQuota(model: Model, uit: BeleidMelding[]): void {
  if (model.quota) return;
  uit.push({
    bestand: 'quota.yaml',
    regel: 1,
    kolom: 1,
    melding:
      "Er is geen quota.yaml: niets begrenst hoe vaak een partner registreert, pseudoniemen aanbiedt of overlap opvraagt, en de FG krijgt geen waarschuwingen. Maak quota.yaml aan met 'standaard:' en 'waarschuwingen:'.",
  });
}

/** `contact` names a functional mailbox of the source, so it gives the partner away too. */
function contactZonderPartner(g: GeplaatsteRegel<VerstrekRegel>, uit: BeleidMelding[]): void {
  const gegevens = g.regel.gegevens;
  if (!gegevens.includes('contact') || gegevens.includes('partner')) return;
  uit.push({
    ...g.bestand.positie([...g.pad, 'gegevens']),
    melding:
      "'contact' zonder 'partner': het functionele contact verraadt welke partner het signaal heeft. Voeg 'partner' toe aan 'gegevens', of laat 'contact' weg.",
  });
}

/** A value twice in one list of a rule: harmless, but a sign of a copy-and-paste mistake. */
function dubbel(
  g:
    | GeplaatsteRegel<VerstrekRegel>
    | GeplaatsteRegel<VerbodRegel>
    | GeplaatsteRegel<OverdraagRegel>,
  uit: BeleidMelding[],
): void {
  const r = g.regel;
  const lijsten: Array<[readonly PropertyKey[], readonly string[] | undefined]> = [
    [['aan'], r.aan],
    [['doelen'], r.doelen],
    [['grondslagen'], r.grondslagen],
    [['gegevens'], 'gegevens' in r ? r.gegevens : undefined],
    [['statussen'], 'statussen' in r ? r.statussen : undefined],
    [['wanneer', 'uitbuitingsvormen'], r.wanneer?.uitbuitingsvormen],
    [['wanneer', 'sterkte'], r.wanneer?.sterkte],
    [['wanneer', 'rol'], r.wanneer?.rol],
  ];
  for (const [pad, waarden] of lijsten) {
    waarden?.forEach((w, i) => {
      if (waarden.indexOf(w) === i) return;
      uit.push({
        ...g.bestand.positie([...g.pad, ...pad, i]),
        melding: `'${w}' staat twee keer in deze lijst; verwijder er een.`,
      });
    });
  }
}

function ongebruikteGrondslagen(model: Model, uit: BeleidMelding[]): void {
  const gebruikt = new Set<string>();
  for (const g of [...model.verstrekken, ...model.verboden, ...model.overdragen])
    for (const id of g.regel.grondslagen) gebruikt.add(id);
  for (const perDoel of model.ontvangen.values())
    for (const ids of perDoel.values()) for (const id of ids) gebruikt.add(id);
  for (const id of model.grondslagen.keys()) {
    if (gebruikt.has(id)) continue;
    uit.push({
      ...plekIn(model.catalogi.grondslagen, 'grondslagen', id),
      melding: `Grondslag '${id}' wordt door geen enkele regel gebruikt. Verwijder hem uit de catalogus, of noem hem bij de regel die erop steunt.`,
    });
  }
}

function partnersZonderRegels(model: Model, uit: BeleidMelding[]): void {
  const bronnen = new Set(
    [...model.verstrekken, ...model.verboden, ...model.overdragen].flatMap((g) => [...g.bronnen]),
  );
  for (const id of model.partners.keys()) {
    const plek = plekIn(model.catalogi.partners, 'partners', id);
    const ontvangt = (model.ontvangen.get(id)?.size ?? 0) > 0;
    const termijnen = model.bewaartermijnen.get(id);
    let melding: string | undefined;
    if (!model.bronPlek.has(id)) {
      melding = `Partner '${id}' staat in geen enkel bestand in regels/: hij kan geen signalen registreren, deelt niets en ontvangt niets. Maak regels/${id}.yaml aan, of neem hem op onder 'partners:' in een groepsbestand.`;
    } else if (!bronnen.has(id) && !ontvangt) {
      melding = `Partner '${id}' heeft geen regels: geen 'verstrekken', geen 'verboden' en geen 'ontvangen'. Zonder 'ontvangen' kan hij ook geen signalen registreren.`;
    } else if (!ontvangt) {
      melding = `Partner '${id}' mag voor geen enkel doel ontvangen en kan daarom geen signalen registreren (het doel van een signaal moet onder 'ontvangen' staan). Voeg 'ontvangen' toe.`;
    } else if (termijnen?.zacht === undefined && termijnen?.hard === undefined) {
      melding = `Partner '${id}' heeft geen bewaartermijnen: de gateway weigert elk signaal van hem. Voeg 'bewaartermijnen' toe in het bestand in regels/.`;
    }
    if (melding) uit.push({ ...plek, melding });
  }
}

/** A link to wetten.overheid.nl must name the regulation, so it still works after a renumbering. */
function links(model: Model, uit: BeleidMelding[]): void {
  for (const g of model.grondslagen.values()) {
    const url = new URL(g.link);
    if (url.hostname !== 'wetten.overheid.nl' || /\/BWBR\d{7}/.test(url.pathname)) continue;
    const i = indexIn(model.catalogi.grondslagen, 'grondslagen', g.id);
    uit.push({
      ...model.catalogi.grondslagen.positie(['grondslagen', i, 'link']),
      melding: `De link van '${g.id}' noemt geen BWB-id. Gebruik de vaste vorm https://wetten.overheid.nl/BWBR<zeven cijfers>/, te vinden op de pagina van de regeling.`,
    });
  }
}

function plekIn(b: GeparsdBestand, lijst: string, id: string) {
  return b.positie([lijst, indexIn(b, lijst, id), 'id']);
}

function indexIn(b: GeparsdBestand, lijst: string, id: string): number {
  const items = (b.data as Record<string, Array<{ id?: unknown }>>)[lijst] ?? [];
  return items.findIndex((x) => x.id === id);
}

/**
 * @module
 * Explain one decision the way a jurist reads it: which rules of the source apply and, for
 * each that does not, which condition fails; which verbod wins; whether the recipient holds
 * the second key; and the grondslagen. The outcome is always `beslis`'s own.
 */
import type { Beleid, BeleidRegel, Besluit, Grondslag, Vraag } from './beleid.js';
import type { Positie } from './beleid-fout.js';
import { beslis } from './beslis.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from './categorieen.js';
import type { Reden } from './reden.js';
import { bedoeltU } from './suggestie.js';

/** One rule of the source tested against the question. */
export interface RegelToets {
  id: string;
  titel: string;
  uitleg: string;
  positie: Positie;
  past: boolean;
  /** Each condition that fails, in Dutch; empty when the rule applies. */
  waarom: string[];
  gegevens: readonly string[];
  grondslagen: readonly string[];
  melden: boolean;
}

/** The full explanation of one decision. */
export interface Uitleg {
  vraag: Vraag;
  besluit: Besluit;
  /** Why it is denied; undefined when allowed. */
  reden: Reden | undefined;
  /** The source's verstrekken rules (first key), applying ones first. */
  toestemmingen: RegelToets[];
  /** The source's verboden, applying ones first; any that applies wins. */
  verboden: RegelToets[];
  /** The second key: may the recipient receive for this doel, and on which grondslagen. */
  ontvangst: { mag: boolean; grondslagen: readonly string[] };
  /** The grondslagen of the outcome, in full. */
  grondslagen: Grondslag[];
}

/**
 * Dutch problems with a question (unknown partner, doel or category), each with a suggestion
 * that names only a known value. `noemWaarde: false` (the API) leaves the given value out: an
 * answer never repeats what a client typed, which could be anything, a BSN included.
 */
export function controleerVraag(
  beleid: Beleid,
  vraag: Vraag,
  { noemWaarde = true }: { noemWaarde?: boolean } = {},
): string[] {
  const fouten: string[] = [];
  const onbekend = (wat: string, w: string, bekend: Iterable<string>) => {
    const lijst = [...bekend];
    const genoemd = noemWaarde ? ` '${w}'` : '';
    fouten.push(`${wat}${genoemd}.${bedoeltU(w, lijst)} Kies uit: ${lijst.join(', ')}.`);
  };
  if (!beleid.partners.has(vraag.bron))
    onbekend('Onbekende bron', vraag.bron, beleid.partners.keys());
  if (!beleid.partners.has(vraag.ontvanger))
    onbekend('Onbekende ontvanger', vraag.ontvanger, beleid.partners.keys());
  if (!beleid.doelen.has(vraag.doel)) onbekend('Onbekend doel', vraag.doel, beleid.doelen.keys());
  for (const v of vraag.signaal.uitbuitingsvormen)
    if (!(UITBUITINGSVORMEN as readonly string[]).includes(v))
      onbekend('Onbekende uitbuitingsvorm', v, UITBUITINGSVORMEN);
  if (!(STERKTES as readonly string[]).includes(vraag.signaal.sterkte))
    onbekend('Onbekende sterkte', vraag.signaal.sterkte, STERKTES);
  if (!(ROLLEN as readonly string[]).includes(vraag.signaal.rol))
    onbekend('Onbekende rol', vraag.signaal.rol, ROLLEN);
  return fouten;
}

/** Explains `beslis(beleid, vraag)`. Check the question with `controleerVraag` first. */
export function uitleg(beleid: Beleid, vraag: Vraag): Uitleg {
  const besluit = beslis(beleid, vraag);
  const eigen = beleid.regels.filter((r) => r.bronnen.includes(vraag.bron));
  const toets = (soort: BeleidRegel['soort']) =>
    eigen
      .filter((r) => r.soort === soort)
      .map((r) => toetsRegel(r, vraag))
      .sort((a, b) => Number(b.past) - Number(a.past));
  const toestemmingen = toets('verstrekken');
  const verboden = toets('verboden');
  const ontvangst = beleid.ontvangen.get(vraag.ontvanger)?.get(vraag.doel);
  return {
    vraag,
    besluit: { ...besluit },
    reden: redenVan(vraag, besluit, toestemmingen, verboden, ontvangst !== undefined),
    toestemmingen,
    verboden,
    ontvangst: { mag: ontvangst !== undefined, grondslagen: ontvangst ?? [] },
    grondslagen: besluit.grondslagen.flatMap((id) => beleid.grondslagen.get(id) ?? []),
  };
}

function redenVan(
  vraag: Vraag,
  besluit: Besluit,
  toestemmingen: RegelToets[],
  verboden: RegelToets[],
  ontvangst: boolean,
): Reden | undefined {
  if (besluit.toegestaan) return undefined;
  if (vraag.bron === vraag.ontvanger) return 'eigen-signaal';
  if (verboden.some((v) => v.past)) return 'verbod';
  if (!toestemmingen.some((t) => t.past)) return ontvangst ? 'eerste-sleutel' : 'beide-sleutels';
  return 'tweede-sleutel';
}

/** What `toetsRegel` reads of a rule: a verstrekken rule, a verbod or an `overdragen` rule. */
export type ToetsbareRegel = Pick<
  BeleidRegel,
  | 'id'
  | 'titel'
  | 'uitleg'
  | 'positie'
  | 'aan'
  | 'ontvangers'
  | 'doelen'
  | 'wanneer'
  | 'grondslagen'
> & { gegevens: readonly string[]; melden?: boolean };

/** Tests one rule; every failing condition is named, not only the first. */
export function toetsRegel(r: ToetsbareRegel, vraag: Vraag): RegelToets {
  const waarom: string[] = [];
  const { ontvanger, doel, signaal } = vraag;
  if (!r.ontvangers.includes(ontvanger) || ontvanger === vraag.bron)
    waarom.push(`'aan' (${r.aan.join(', ')}) omvat ${ontvanger} niet`);
  if (r.doelen !== undefined && !r.doelen.includes(doel))
    waarom.push(`doel '${doel}' staat niet in 'doelen' (${r.doelen.join(', ')})`);
  const { uitbuitingsvormen: vormen, sterkte, rol } = r.wanneer;
  if (vormen && !vormen.some((v) => signaal.uitbuitingsvormen.includes(v))) {
    const heeft = signaal.uitbuitingsvormen.length
      ? `heeft ${signaal.uitbuitingsvormen.join(', ')}`
      : 'heeft geen uitbuitingsvorm';
    waarom.push(`het signaal ${heeft}, de regel vraagt een van: ${vormen.join(', ')}`);
  }
  if (sterkte && !sterkte.includes(signaal.sterkte))
    waarom.push(`sterkte ${signaal.sterkte}, de regel vraagt ${sterkte.join(' of ')}`);
  if (rol && !rol.includes(signaal.rol))
    waarom.push(`rol ${signaal.rol}, de regel vraagt ${rol.join(' of ')}`);
  return {
    id: r.id,
    titel: r.titel,
    uitleg: r.uitleg,
    positie: r.positie,
    past: waarom.length === 0,
    waarom,
    gegevens: r.gegevens,
    grondslagen: r.grondslagen,
    melden: r.melden ?? false,
  };
}

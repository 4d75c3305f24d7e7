/**
 * @module
 * The two-key decision: a disclosure is allowed only when a rule of the source allows it
 * AND the recipient may receive for that doel; a matching verbod overrides both; anything
 * else is denied. Runs for every match in both directions, so it allocates nothing once warm.
 */
import type { Beleid, Besluit, Vraag } from './beleid.js';
import { besluitVoor, weigering } from './besluit.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from './categorieen.js';
import { cel } from './compileer.js';
import { TABEL, type Tabel } from './tabel.js';

const VORM_BIT = new Map<string, number>(UITBUITINGSVORMEN.map((v, i) => [v, 1 << i]));
const STERKTE_NR = new Map<string, number>(STERKTES.map((s, i) => [s, i]));
const ROL_NR = new Map<string, number>(ROLLEN.map((r, i) => [r, i]));
const CACHE_GROOTTE = (1 << UITBUITINGSVORMEN.length) * STERKTES.length * ROLLEN.length;

const ONBEKENDE_PARTNER = weigering(
  'Geweigerd: de bron of de ontvanger staat niet in partners.yaml.',
);
const ONBEKEND_DOEL = weigering('Geweigerd: het doel staat niet in doelen.yaml.');
const ZELF = weigering('Geweigerd: een partner krijgt geen verstrekking over zijn eigen signalen.');
const ONBEKEND_SIGNAAL = weigering('Geweigerd: het signaal heeft een onbekende sterkte of rol.');

/**
 * Decides what `vraag.ontvanger` may learn, for `vraag.doel`, about a signal of `vraag.bron`.
 * The Besluit is frozen and shared between calls: copy its arrays before changing them.
 */
export function beslis(beleid: Beleid, vraag: Vraag): Besluit {
  const tabel = (beleid as Beleid & { [TABEL]?: Tabel })[TABEL];
  // Fail closed on a Beleid not made by laadBeleid: there are no rules to allow anything.
  if (tabel === undefined) throw new Error('beslis: dit beleid is niet met laadBeleid geladen');
  const { bron, ontvanger, doel, signaal } = vraag;
  if (bron === ontvanger) return tabel.partners.has(bron) ? ZELF : ONBEKENDE_PARTNER;
  const c =
    tabel.cellen.get(bron)?.get(ontvanger)?.get(doel) ?? nieuweCel(tabel, bron, ontvanger, doel);
  if (c === undefined)
    return tabel.partners.has(bron) && tabel.partners.has(ontvanger)
      ? ONBEKEND_DOEL
      : ONBEKENDE_PARTNER;
  if (c.vast !== undefined) return c.vast;
  const s = STERKTE_NR.get(signaal.sterkte);
  const r = ROL_NR.get(signaal.rol);
  if (s === undefined || r === undefined) return ONBEKEND_SIGNAAL;
  let vormen = 0;
  const lijst = signaal.uitbuitingsvormen;
  for (let i = 0; i < lijst.length; i++) vormen |= VORM_BIT.get(lijst[i] as string) ?? 0;
  const plek = (vormen * STERKTES.length + s) * ROLLEN.length + r;
  let cache = c.cache;
  if (cache === undefined) {
    cache = new Array<Besluit | undefined>(CACHE_GROOTTE);
    c.cache = cache;
  }
  let besluit = cache[plek];
  if (besluit === undefined) {
    besluit = besluitVoor(c, vormen, 1 << s, 1 << r);
    cache[plek] = besluit;
  }
  return besluit;
}

/** A cell for a known combination no rule mentions; undefined for unknown partners or doelen. */
function nieuweCel(tabel: Tabel, bron: string, ontvanger: string, doel: string) {
  if (!tabel.partners.has(bron) || !tabel.partners.has(ontvanger) || !tabel.doelen.has(doel))
    return undefined;
  return cel(tabel, bron, ontvanger, doel);
}

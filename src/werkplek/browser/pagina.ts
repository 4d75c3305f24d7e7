/**
 * @module
 * The script of the werkplek's pages that pseudonymise on the employee's device (registering a
 * signal, the FG's inzage), served as a file of the gateway (no inline script under its CSP).
 * It reads identifiers from fields without a name outside any form, shows their canonical
 * form locally, blinds them with the browser module (`window.KetenpoortPseudoniemen`), has
 * them evaluated at the sleutelbewaarder with the browser's own token, checks the proof
 * against the pinned key, and only then posts the pseudonyms (never an identifier) to the
 * gateway in a form it builds at that moment, so nothing can be sent without this script.
 */

import type { Soort } from '../../identity/soorten.js';
import type * as Module from '../../pseudonym/browser.js';
import { leesCode, type TokenInstellingen, type Tokens, vraagCode } from './token.js';

type K = typeof Module;

interface Instellingen extends TokenInstellingen {
  sleutelbewaarder: string;
  sleutel: string;
  publiek: string;
  actie: string;
  csrf: string;
}

const wortel = document.querySelector<HTMLElement>('[data-pseudonimiseer]');
const K = (window as unknown as { KetenpoortPseudoniemen?: K }).KetenpoortPseudoniemen;
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-afdrukken]')) {
  b.addEventListener('click', () => window.print());
}
/** Identifiers read from a chosen file (the FG's inzage): `soort;gegeven` per line. */
let uitBestand: Array<{ soort: Soort; invoer: string }> = [];
if (wortel && K) void start(wortel, K);

async function start(w: HTMLElement, k: K) {
  const i = w.dataset as unknown as Instellingen;
  const melding = w.querySelector<HTMLElement>('[data-melding]')!;
  const knop = w.querySelector<HTMLButtonElement>('[data-verstuur]')!;
  knop.disabled = true;
  for (const veld of w.querySelectorAll<HTMLElement>('[data-soort]')) {
    veld.addEventListener('input', () => toonVoorbeeld(k, veld));
  }
  w.querySelector<HTMLInputElement>('[data-bestand]')?.addEventListener(
    'change',
    (e) => void leesBestand(e.target as HTMLInputElement, melding),
  );
  let tokens: Tokens | undefined;
  try {
    tokens = await leesCode(i);
  } catch (fout) {
    toon(melding, (fout as Error).message, true);
  }
  if (!tokens && !melding.textContent) {
    await vraagCode(i);
    return;
  }
  knop.disabled = !tokens;
  knop.addEventListener('click', () => {
    if (tokens) void verstuur(w, k, i, tokens, melding, knop);
  });
}

/** The field group's raw input: its parts joined with `|` (persoon, adres), or '' when empty. */
function invoer(veld: HTMLElement): string {
  const delen = [...veld.querySelectorAll<HTMLInputElement>('input')].map((x) => x.value.trim());
  return delen.join('|').replace(/\|+$/, '');
}

async function leesBestand(x: HTMLInputElement, melding: HTMLElement) {
  const tekst = (await x.files?.[0]?.text()) ?? '';
  uitBestand = tekst
    .split(/\r?\n/)
    .map((r) => r.split(/[;,\t]/))
    .filter(([soort, ...rest]) => soort && rest.join('').trim())
    .map(([soort, ...rest]) => ({ soort: soort!.trim() as Soort, invoer: rest.join(';').trim() }));
  toon(
    melding,
    `${uitBestand.length} gegevens uit het bestand gelezen; ze blijven op dit apparaat.`,
  );
}

function toonVoorbeeld(k: K, veld: HTMLElement) {
  const uit = veld.querySelector<HTMLElement>('[data-voorbeeld]')!;
  const tekst = invoer(veld);
  if (!tekst) {
    uit.textContent = '';
    return;
  }
  try {
    uit.textContent = `Wordt vergeleken als: ${k.normaliseer(veld.dataset.soort as Soort, tekst)}`;
  } catch (fout) {
    uit.textContent = (fout as Error).message;
  }
}

function toon(el: HTMLElement, tekst: string, fout = false) {
  el.textContent = tekst;
  el.className = fout ? 'utrecht-alert utrecht-alert--error' : 'utrecht-alert utrecht-alert--info';
  el.hidden = false;
}

async function verstuur(
  w: HTMLElement,
  k: K,
  i: Instellingen,
  tokens: Tokens,
  melding: HTMLElement,
  knop: HTMLButtonElement,
) {
  const velden = [...w.querySelectorAll<HTMLElement>('[data-soort]')].filter((v) => invoer(v));
  const gegevens = [
    ...velden.map((v) => ({ soort: v.dataset.soort as Soort, invoer: invoer(v) })),
    ...uitBestand,
  ];
  if (gegevens.length === 0) return toon(melding, 'Vul minstens één gegeven in.', true);
  let items: ReturnType<K['blindeerInvoer']>[];
  try {
    items = gegevens.map((g) => k.blindeerInvoer(g.soort, g.invoer));
  } catch (fout) {
    return toon(melding, (fout as Error).message, true);
  }
  knop.disabled = true;
  toon(melding, 'Bezig: de gegevens worden op dit apparaat versleuteld.');
  try {
    const r = await fetch(`${i.sleutelbewaarder}/v1/evaluaties`, {
      method: 'POST',
      credentials: 'omit',
      headers: {
        authorization: `Bearer ${await tokens.volgende()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        sleutel: i.sleutel,
        elementen: items.map((x) => k.base64url(x.geblindeerd)),
      }),
    });
    if (!r.ok)
      throw new Error(`De sleutelbewaarder weigerde (${r.status}). Laad de pagina opnieuw.`);
    const a = (await r.json()) as { sleutel: string; elementen: string[]; bewijs: string };
    const waarden = k.voltooi(
      items,
      {
        sleutel: a.sleutel,
        elementen: a.elementen.map(k.vanBase64url),
        bewijs: k.vanBase64url(a.bewijs),
      },
      { id: i.sleutel, publiek: k.vanBase64url(i.publiek) },
    );
    const pseudoniemen = items.map((x, n) => ({
      soort: x.soort,
      versie: 'v2',
      sleutel: i.sleutel,
      waarde: waarden[n],
    }));
    for (const v of velden) for (const x of v.querySelectorAll('input')) x.value = '';
    uitBestand = [];
    stuurFormulier(w, i, pseudoniemen);
  } catch (fout) {
    knop.disabled = false;
    toon(melding, (fout as Error).message, true);
  }
}

/** Posts the pseudonyms and the page's categories (fields with a name) to the gateway. */
function stuurFormulier(w: HTMLElement, i: Instellingen, pseudoniemen: unknown[]) {
  const f = document.createElement('form');
  f.method = 'post';
  f.action = i.actie;
  f.hidden = true;
  const voeg = (naam: string, waarde: string) => {
    const x = document.createElement('input');
    x.type = 'hidden';
    x.name = naam;
    x.value = waarde;
    f.append(x);
  };
  voeg('csrf', i.csrf);
  voeg('pseudoniemen', JSON.stringify(pseudoniemen));
  for (const x of w.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    if (
      x instanceof HTMLInputElement &&
      (x.type === 'checkbox' || x.type === 'radio') &&
      !x.checked
    )
      continue;
    voeg(x.name, x.value);
  }
  document.body.append(f);
  f.submit();
}

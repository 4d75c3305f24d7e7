/**
 * @module
 * Builds the frozen Besluit for one cell and one kind of signal. Runs once per cache slot,
 * so clarity wins over speed here; the hot path is in beslis.ts.
 */
import type { Besluit } from './beleid.js';
import { VELDEN, type Veld } from './categorieen.js';
import { type Cel, STANDAARD_WEIGERING, type Voorwaarde } from './tabel.js';

/** A frozen denial; default denials name `standaard-weigering` and no grondslag. */
export function weigering(
  reden: string,
  regels = [STANDAARD_WEIGERING],
  grondslagen: string[] = [],
): Besluit {
  return Object.freeze({
    toegestaan: false,
    gegevens: Object.freeze([]) as unknown as Veld[],
    melden: false,
    regels: Object.freeze(regels) as string[],
    grondslagen: Object.freeze(grondslagen) as string[],
    reden,
  });
}

/** The outcome when a cell has no rule at all, whatever the signal. */
export function geenRegels(cel: Cel): Besluit {
  return weigering(redenZonderToestemming(cel));
}

/**
 * The shared Besluit for `cel` and this signal. The reden names the outcome and every rule
 * that led to it, so equal redenen mean equal besluiten and one object can serve both.
 */
export function besluitVoor(cel: Cel, vormen: number, sterkte: number, rol: number): Besluit {
  const nieuw = bereken(cel, vormen, sterkte, rol);
  const uniek = cel.uniek ?? new Map<string, Besluit>();
  cel.uniek = uniek;
  const bekend = uniek.get(nieuw.reden);
  if (bekend) return bekend;
  uniek.set(nieuw.reden, nieuw);
  return nieuw;
}

/** True when rule `r` applies to a signal given as bit sets: an absent condition (0) always holds. */
export function past(r: Voorwaarde, vormen: number, sterkte: number, rol: number): boolean {
  return (
    (r.vormen === 0 || (r.vormen & vormen) !== 0) &&
    (r.sterktes === 0 || (r.sterktes & sterkte) !== 0) &&
    (r.rollen === 0 || (r.rollen & rol) !== 0)
  );
}

/** Decides `cel` for a signal given as bit sets (one bit each for sterkte and rol). */
export function bereken(cel: Cel, vormen: number, sterkte: number, rol: number): Besluit {
  const geldt = (r: Voorwaarde) => past(r, vormen, sterkte, rol);
  const verboden = cel.verbieden.filter(geldt);
  if (verboden.length > 0) {
    const ids = verboden.map((v) => v.id);
    const eerste = verboden[0]!;
    return weigering(
      `Geweigerd: ${ids.length > 1 ? 'de verboden' : 'het verbod'} ${lijst(ids)} van ${cel.bron} ('${eerste.titel}') ${ids.length > 1 ? 'gaan' : 'gaat'} voor elke toestemming.`,
      ids,
      uniek(verboden.flatMap((v) => v.grondslagen)),
    );
  }
  const toe = cel.toestaan.filter(geldt);
  if (toe.length === 0) return weigering(redenZonderToestemming(cel));
  const ids = toe.map((t) => t.id);
  if (cel.ontvangst === undefined) {
    return weigering(
      `Geweigerd: ${regelWoord(ids)} van ${cel.bron} ${ids.length > 1 ? 'staan' : 'staat'} het toe, maar ${cel.ontvanger} mag volgens het beleid niet ontvangen voor doel '${cel.doel}' (tweede sleutel ontbreekt).`,
    );
  }
  let velden = 1; // 'bestaan' is implied by any disclosure
  for (const t of toe) velden |= t.gegevens;
  return Object.freeze({
    toegestaan: true,
    gegevens: Object.freeze(VELDEN.filter((_, i) => (velden & (1 << i)) !== 0)) as Veld[],
    melden: toe.some((t) => t.melden),
    regels: Object.freeze(ids) as string[],
    grondslagen: Object.freeze(
      uniek([...toe.flatMap((t) => t.grondslagen), ...cel.ontvangst]),
    ) as string[],
    reden: `Toegestaan: ${regelWoord(ids)} van ${cel.bron} ${ids.length > 1 ? 'staan' : 'staat'} verstrekking aan ${cel.ontvanger} toe en ${cel.ontvanger} mag ontvangen voor doel '${cel.doel}'.`,
  });
}

function redenZonderToestemming(cel: Cel): string {
  const basis = `Geweigerd: geen regel van ${cel.bron} staat verstrekking aan ${cel.ontvanger} voor doel '${cel.doel}' toe bij dit signaal`;
  return cel.ontvangst === undefined
    ? `${basis}, en ${cel.ontvanger} mag voor dat doel ook niet ontvangen (beide sleutels ontbreken).`
    : `${basis} (eerste sleutel ontbreekt).`;
}

function regelWoord(ids: readonly string[]): string {
  return `${ids.length > 1 ? 'de regels' : 'regel'} ${lijst(ids)}`;
}

function lijst(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ');
}

function uniek(waarden: readonly string[]): string[] {
  return [...new Set(waarden)].sort();
}

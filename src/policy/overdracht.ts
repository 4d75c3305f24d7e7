/**
 * @module
 * The two-key decision on an overdracht (issue 16): partner A may hand its own signal to B
 * for a doel only when an `overdragen` rule of A allows it AND B may receive for that doel;
 * a matching verbod of A wins over both; anything else is refused. Overdrachten are rare, so
 * this reads the rules as written instead of a compiled table.
 */
import type { Beleid, Vraag, Wanneer } from './beleid.js';
import { OVERDRACHT_GEGEVENS, type OverdrachtGegeven } from './overdracht-woorden.js';
import { STANDAARD_WEIGERING } from './tabel.js';

/** The outcome of one overdracht question. */
export interface OverdrachtBesluit {
  toegestaan: boolean;
  /** What the recipient sees besides who hands over and its contact, in list order. */
  gegevens: OverdrachtGegeven[];
  /** The allowing rules, the verboden that won, or ['standaard-weigering']. */
  regels: string[];
  /** Sorted unique grondslagen: of the rules and of the recipient's `ontvangen`. */
  grondslagen: string[];
  /** One Dutch sentence explaining the outcome. */
  reden: string;
}

/** Decides whether `vraag.bron` may hand its signal to `vraag.ontvanger` for `vraag.doel`. */
export function beslisOverdracht(beleid: Beleid, vraag: Vraag): OverdrachtBesluit {
  const { bron, ontvanger, doel, signaal } = vraag;
  if (!beleid.partners.has(bron) || !beleid.partners.has(ontvanger)) {
    return weiger('Geweigerd: de overdrager of de ontvanger staat niet in partners.yaml.');
  }
  if (!beleid.doelen.has(doel)) return weiger('Geweigerd: het doel staat niet in doelen.yaml.');
  if (bron === ontvanger) {
    return weiger('Geweigerd: een partner draagt een signaal niet aan zichzelf over.');
  }
  const geldt = (r: {
    bronnen: readonly string[];
    ontvangers: readonly string[];
    doelen: readonly string[] | undefined;
    wanneer: Wanneer;
  }) =>
    r.bronnen.includes(bron) &&
    r.ontvangers.includes(ontvanger) &&
    (r.doelen === undefined || r.doelen.includes(doel)) &&
    past(r.wanneer, signaal);
  const verboden = beleid.regels.filter((r) => r.soort === 'verboden' && geldt(r));
  if (verboden.length > 0) {
    const ids = verboden.map((v) => v.id);
    return weiger(
      `Geweigerd: het verbod ${lijst(ids)} van ${bron} gaat voor elke overdracht.`,
      ids,
      uniek(verboden.flatMap((v) => v.grondslagen)),
    );
  }
  const toe = (beleid.overdragen ?? []).filter(geldt);
  if (toe.length === 0) {
    return weiger(
      `Geweigerd: geen overdrachtsregel van ${bron} staat overdracht aan ${ontvanger} voor doel '${doel}' toe bij dit signaal.`,
    );
  }
  const ids = toe.map((t) => t.id);
  const ontvangst = beleid.ontvangen.get(ontvanger)?.get(doel);
  if (ontvangst === undefined) {
    return weiger(
      `Geweigerd: ${lijst(ids)} van ${bron} staat het toe, maar ${ontvanger} mag volgens het beleid niet ontvangen voor doel '${doel}' (tweede sleutel ontbreekt).`,
    );
  }
  const gegevens = new Set(toe.flatMap((t) => t.gegevens));
  return {
    toegestaan: true,
    gegevens: OVERDRACHT_GEGEVENS.filter((g) => gegevens.has(g)),
    regels: ids,
    grondslagen: uniek([...toe.flatMap((t) => t.grondslagen), ...ontvangst]),
    reden: `Toegestaan: ${lijst(ids)} van ${bron} staat overdracht aan ${ontvanger} toe en ${ontvanger} mag ontvangen voor doel '${doel}'.`,
  };
}

function past(w: Wanneer, s: Vraag['signaal']): boolean {
  return (
    (w.uitbuitingsvormen === undefined ||
      s.uitbuitingsvormen.some((v) => w.uitbuitingsvormen?.includes(v))) &&
    (w.sterkte === undefined || w.sterkte.includes(s.sterkte)) &&
    (w.rol === undefined || w.rol.includes(s.rol))
  );
}

function weiger(
  reden: string,
  regels = [STANDAARD_WEIGERING],
  grondslagen: string[] = [],
): OverdrachtBesluit {
  return { toegestaan: false, gegevens: [], regels, grondslagen, reden };
}

function lijst(ids: readonly string[]): string {
  return ids.map((id) => `'${id}'`).join(', ');
}

function uniek(waarden: readonly string[]): string[] {
  return [...new Set(waarden)].sort();
}

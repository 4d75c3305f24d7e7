/**
 * @module
 * Errors in a policy set, each tied to the file, line and column a jurist must change.
 */

/**
 * A place in a policy file; line and column are 1-based. `bestand` is relative to policies/.
 * `regel` is the line number (regelnummer, see docs/woorden.md); it is part of the API's `positie`.
 */
export interface Positie {
  bestand: string;
  regel: number;
  kolom: number;
}

/** One problem in a policy file, in Dutch: what is wrong and how to fix it. */
export interface BeleidMelding extends Positie {
  melding: string;
}

/** Formats one melding as `bestand:regelnummer:kolom melding`, the form editors and CI logs link to. */
export function formatteerMelding(m: BeleidMelding): string {
  return `${m.bestand}:${m.regel}:${m.kolom} ${m.melding}`;
}

/** Thrown by `laadBeleid` when the policy set is broken; holds every problem found, in file order. */
export class BeleidFout extends Error {
  readonly fouten: BeleidMelding[];

  constructor(fouten: BeleidMelding[]) {
    const gesorteerd = [...fouten].sort(
      (a, b) =>
        (a.bestand < b.bestand ? -1 : a.bestand > b.bestand ? 1 : 0) ||
        a.regel - b.regel ||
        a.kolom - b.kolom,
    );
    super(gesorteerd.map(formatteerMelding).join('\n'));
    this.name = 'BeleidFout';
    this.fouten = gesorteerd;
  }
}

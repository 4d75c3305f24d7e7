/**
 * @module
 * The `overdragen` rules of a checked model as the Beleid holds them: frozen, in file order.
 */
import type { OverdrachtRegel, Wanneer } from './beleid.js';
import type { Model } from './model.js';

/** Every `overdragen` rule of `model`, frozen, sorted by file and line. */
export function overdrachtRegels(model: Model): OverdrachtRegel[] {
  const lijst = [...model.overdragen].sort(
    (a, b) =>
      a.positie.bestand.localeCompare(b.positie.bestand) || a.positie.regel - b.positie.regel,
  );
  return lijst.map(({ regel: r, bronnen, ontvangers, positie }) => {
    const w = r.wanneer;
    const wanneer: Wanneer = Object.freeze({
      ...(w?.uitbuitingsvormen && { uitbuitingsvormen: Object.freeze([...w.uitbuitingsvormen]) }),
      ...(w?.sterkte && { sterkte: Object.freeze([...w.sterkte]) }),
      ...(w?.rol && { rol: Object.freeze([...w.rol]) }),
    });
    return Object.freeze({
      id: r.id,
      titel: r.titel,
      uitleg: r.uitleg,
      bronnen: Object.freeze([...bronnen]),
      aan: Object.freeze([...r.aan]),
      ontvangers: Object.freeze([...ontvangers]),
      doelen: Object.freeze([...r.doelen]),
      wanneer,
      gegevens: Object.freeze([...r.gegevens]),
      grondslagen: Object.freeze([...r.grondslagen]),
      positie,
    });
  });
}

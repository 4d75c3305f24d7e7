/**
 * @module
 * A Worker var or secret that holds JSON (INLOGGEN, BEZORGADRESSEN, their secrets): parsed, or
 * an error that names the setting and not its content (a secret must not reach a log).
 */

/** The JSON of setting `naam`; `{}` when it is not set. */
export function jsonInstelling(naam: string, tekst: string | undefined): unknown {
  try {
    return JSON.parse(tekst ?? '{}');
  } catch {
    throw new Error(`Ongeldige Worker-configuratie: ${naam} is geen JSON`);
  }
}

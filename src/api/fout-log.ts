/**
 * @module
 * What the server log may say about an unexpected error: its name, message and stack, never
 * a value that is not an Error. Storage errors arrive translated by the store (no query
 * parameters: `src/store/opslag-fout.ts`).
 */

/** A log line for `fout` that carries no data values. */
export function foutVoorLog(fout: unknown): string {
  if (!(fout instanceof Error)) return `Fout zonder Error-object (${typeof fout})`;
  const plek = (fout.stack ?? '').split('\n').filter((r) => r.trimStart().startsWith('at '));
  return [`${fout.name}: ${fout.message}`, ...plek].join('\n');
}

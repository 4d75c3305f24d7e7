/**
 * @module
 * What the server log may say about an unexpected error. Never the bound parameters of a
 * query (drizzle puts them in its error message, and they are stored pseudonyms), never a
 * value that is not an Error: only names, messages of the underlying cause, and the stack.
 */
import { DrizzleQueryError } from 'drizzle-orm/errors';

/** A log line for `fout` that carries no data values. */
export function foutVoorLog(fout: unknown): string {
  if (!(fout instanceof Error)) return `Fout zonder Error-object (${typeof fout})`;
  const kern = fout instanceof DrizzleQueryError ? fout.cause : fout;
  const oorzaak =
    kern instanceof Error ? `${kern.name}: ${kern.message}` : 'databasefout zonder oorzaak';
  const plek = (fout.stack ?? '').split('\n').filter((r) => r.trimStart().startsWith('at '));
  const soort = fout instanceof DrizzleQueryError ? 'Query mislukt (parameters weggelaten) – ' : '';
  return [`${soort}${oorzaak}`, ...plek].join('\n');
}

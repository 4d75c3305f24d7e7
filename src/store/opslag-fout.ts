/**
 * @module
 * Storage errors, translated where they arise. drizzle puts the bound values of a failed
 * query in its error message, and those are stored pseudonyms: an error that leaves the
 * store names the driver's cause, never the query's parameters.
 */
import { DrizzleQueryError } from 'drizzle-orm/errors';

/** A failed storage step; its message carries no data values. */
export class OpslagFout extends Error {
  override readonly name = 'OpslagFout';
}

/** `fout` as it may leave the store: a failed query becomes an {@link OpslagFout}. */
export function vertaalOpslagFout(fout: unknown): unknown {
  if (!(fout instanceof DrizzleQueryError)) return fout;
  const oorzaak = fout.cause;
  const tekst =
    oorzaak instanceof Error
      ? `${oorzaak.name}: ${oorzaak.message}`
      : 'databasefout zonder oorzaak';
  const vertaald = new OpslagFout(`Query mislukt (parameters weggelaten) – ${tekst}`);
  // Keep where it failed, without drizzle's first line (which holds the parameters).
  const plek = (fout.stack ?? '').split('\n').filter((r) => r.trimStart().startsWith('at '));
  vertaald.stack = [`${vertaald.name}: ${vertaald.message}`, ...plek].join('\n');
  return vertaald;
}

/**
 * `doel` with every method's errors translated, synchronous and asynchronous alike. The
 * adapters return themselves through this, so no caller sees an untranslated error.
 */
export function metVertaaldeFouten<T extends object>(doel: T): T {
  return new Proxy(doel, {
    get(t, sleutel, ontvanger) {
      const waarde = Reflect.get(t, sleutel, ontvanger);
      if (typeof waarde !== 'function') return waarde;
      // Called on the target itself, so the adapter's calls to its own methods stay direct:
      // errors are translated once, where they leave the store.
      return (...args: unknown[]) => {
        try {
          const uit = waarde.apply(t, args);
          return uit instanceof Promise
            ? uit.catch((fout: unknown) => {
                throw vertaalOpslagFout(fout);
              })
            : uit;
        } catch (fout) {
          throw vertaalOpslagFout(fout);
        }
      };
    },
  });
}

/** `fout` as an Error: a thrown value that is none becomes one with its text. */
export function alsFout(fout: unknown): Error {
  return fout instanceof Error ? fout : new Error(String(fout));
}

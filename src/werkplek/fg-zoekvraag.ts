/**
 * @module
 * The FG's search form as a query: the filters of GET /v1/logboek, typed the way a person
 * fills in a form (empty fields are absent, times are Amsterdam wall-clock). An unknown
 * filter is an error, never silently ignored: a search that drops a condition shows more
 * than was asked for, and the FG would not see it.
 */
import { z } from 'zod';
import { ACTIES } from '../logboek/entry.js';
import type { LogboekFilter } from '../logboek/zoeken.js';
import { vanAmsterdamseTijd } from './tijd.js';

export const FILTERS = [
  'van',
  'tot',
  'actie',
  'partner',
  'bron',
  'ontvanger',
  'doel',
  'grondslag',
  'regel',
  'na',
] as const;

const leegIsWeg = (v: unknown) => (v === '' ? undefined : v);
const tekst = z.preprocess(leegIsWeg, z.string().max(200).optional());
const tijd = (naam: string) =>
  z.preprocess(
    leegIsWeg,
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return undefined;
        const ms = vanAmsterdamseTijd(v);
        if (ms === undefined) {
          ctx.addIssue({ code: 'custom', message: `${naam} is geen bestaande datum en tijd` });
          return z.NEVER;
        }
        return ms;
      }),
  );

const Zoekvraag = z.strictObject({
  van: tijd('Vanaf'),
  tot: tijd('Tot'),
  actie: z.preprocess(leegIsWeg, z.enum(ACTIES, { message: 'onbekende actie' }).optional()),
  partner: tekst,
  bron: tekst,
  ontvanger: tekst,
  doel: tekst,
  grondslag: tekst,
  regel: tekst,
  na: z.preprocess(leegIsWeg, z.coerce.number().int().min(0).default(0)),
});

/** What the form asks: the filter, the cursor, and the values to show back in the form. */
export interface FgZoekvraag {
  filter: Omit<LogboekFilter, 'partij' | 'naBlad' | 'blad'>;
  na: number;
  invoer: Readonly<Record<string, string>>;
}

/** Reads the query; returns the Dutch reasons when it is not a valid search. */
export function leesFgZoekvraag(
  query: Record<string, string>,
): { vraag: FgZoekvraag } | { fouten: string[] } {
  const r = Zoekvraag.safeParse(query);
  if (!r.success) {
    return {
      fouten: r.error.issues.map((i) =>
        i.code === 'unrecognized_keys'
          ? `Onbekend filter: ${i.keys.map((k) => k.slice(0, 40)).join(', ')}`
          : `${String(i.path[0] ?? 'zoekvraag')}: ${i.message}`,
      ),
    };
  }
  const { na, ...filter } = r.data;
  const invoer = Object.fromEntries(
    FILTERS.filter((f) => f !== 'na').map((f) => [f, query[f] ?? '']),
  );
  return { vraag: { filter, na, invoer } };
}

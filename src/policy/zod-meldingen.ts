/**
 * @module
 * Turns zod issues into Dutch meldingen at the YAML node they concern. zod's own
 * messages are English and generic; a jurist needs to know what to write instead.
 */
import { z } from 'zod';
import type { BeleidMelding } from './beleid-fout.js';
import type { GeparsdBestand } from './posities.js';
import { bedoeltU } from './suggestie.js';

/** How to name an unknown value of an enum, by the key it stands under ('het veld', so no -e). */
const ONBEKEND: Record<string, string> = {
  uitbuitingsvormen: 'Onbekende uitbuitingsvorm',
  sterkte: 'Onbekende sterkte',
  rol: 'Onbekende rol',
  gegevens: 'Onbekend veld',
  soort: 'Onbekende soort',
};

const TYPEN: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst (regels die beginnen met een streepje, of [a, b])',
  object: 'een map (sleutels met een dubbele punt)',
};

/** Validates `bestand.data` against `schema`; returns the value or the meldingen. */
export function valideer<T>(
  schema: z.ZodType<T>,
  bestand: GeparsdBestand,
): { waarde: T } | { fouten: BeleidMelding[] } {
  const r = schema.safeParse(bestand.data);
  if (r.success) return { waarde: r.data };
  return { fouten: r.error.issues.flatMap((i) => meldingen(schema, bestand, i)) };
}

function meldingen(
  schema: z.ZodType,
  bestand: GeparsdBestand,
  issue: z.core.$ZodIssue,
): BeleidMelding[] {
  const pad = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const bekend = sleutelsVan(schemaOp(schema, pad));
    return issue.keys.map((k) => ({
      ...bestand.positie([...pad, k], true),
      melding: `Onbekende sleutel '${k}'.${bedoeltU(k, bekend)} Toegestaan: ${bekend.join(', ')}.`,
    }));
  }
  const waarde = waardeOp(bestand.data, pad);
  const laatste = pad[pad.length - 1];
  if (issue.code === 'invalid_type' && waarde === undefined && typeof laatste === 'string') {
    return [
      {
        ...bestand.positie(pad.slice(0, -1)),
        melding: `Verplichte sleutel '${laatste}' ontbreekt; voeg '${laatste}:' toe.`,
      },
    ];
  }
  return [{ ...bestand.positie(pad), melding: tekst(issue, pad, waarde) }];
}

function tekst(issue: z.core.$ZodIssue, pad: readonly PropertyKey[], waarde: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Verwacht ${TYPEN[issue.expected] ?? issue.expected}, maar hier staat ${beschrijf(waarde)}.`;
    case 'invalid_value': {
      const sleutel = [...pad].reverse().find((p): p is string => typeof p === 'string') ?? '';
      const woord = ONBEKEND[sleutel] ?? 'Onbekende waarde';
      const opties = issue.values.map(String);
      return `${woord} '${String(waarde)}'.${bedoeltU(String(waarde), opties)} Kies uit: ${opties.join(', ')}.`;
    }
    case 'too_small':
      if (issue.origin === 'array') return 'Deze lijst mag niet leeg zijn.';
      if (issue.origin === 'string') return 'Deze tekst mag niet leeg zijn.';
      return `Te klein: de kleinste toegestane waarde is ${issue.minimum}.`;
    case 'too_big':
      return `Te groot: de grootste toegestane waarde is ${issue.maximum}.`;
    case 'invalid_format':
    case 'custom':
    case 'not_multiple_of':
      // These carry the Dutch message written in schema.ts.
      return issue.message;
    default:
      return `Ongeldige waarde (${issue.code}).`;
  }
}

function beschrijf(waarde: unknown): string {
  if (waarde === null || waarde === undefined) return 'niets';
  if (Array.isArray(waarde)) return 'een lijst';
  if (typeof waarde === 'object') return 'een map';
  return `'${String(waarde)}'`;
}

function waardeOp(data: unknown, pad: readonly PropertyKey[]): unknown {
  let v = data;
  for (const stap of pad) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[stap];
  }
  return v;
}

/** Finds the sub-schema at `pad` to list the keys a map there may have. */
function schemaOp(schema: z.ZodType, pad: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const stap of pad) {
    s = kaal(s);
    if (s instanceof z.ZodObject) s = s.shape[String(stap)] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else return undefined;
  }
  return s;
}

function kaal(s: z.ZodType | undefined): z.ZodType | undefined {
  let huidig = s;
  while (huidig instanceof z.ZodOptional) huidig = huidig.unwrap() as z.ZodType;
  return huidig;
}

function sleutelsVan(s: z.ZodType | undefined): string[] {
  const k = kaal(s);
  return k instanceof z.ZodObject ? Object.keys(k.shape) : [];
}

/**
 * fast-check arbitraries from the gateway's own OpenAPI document (issue 13 item 3): a value
 * that fits a JSON schema (with the schema's `example` as a likely pick, so many requests get
 * past validation), and the same value bent around the schema (a key dropped, an unknown key,
 * a wrong type, a deep value replaced).
 */
import fc from 'fast-check';

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  example?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

/** Any JSON value, small: what a hostile client may put where a field is expected. */
export const eenJsonWaarde: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

/** A value that fits `schema`, resolving `$ref` in `componenten`. */
export function volgensSchema(
  schema: Schema,
  componenten: Record<string, Schema>,
  diepte = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const naam = schema.$ref.replace('#/components/schemas/', '');
    const doel = componenten[naam];
    if (!doel) throw new Error(`onbekend schema ${schema.$ref}`);
    return volgensSchema(doel, componenten, diepte);
  }
  const basis = kern(schema, componenten, diepte);
  const metVoorbeeld =
    schema.example === undefined ? basis : fc.oneof(fc.constant(schema.example), basis);
  return schema.nullable ? fc.option(metVoorbeeld, { nil: null, freq: 10 }) : metVoorbeeld;
}

function kern(schema: Schema, componenten: Record<string, Schema>, diepte: number) {
  const onder = (s: Schema) => volgensSchema(s, componenten, diepte + 1);
  const keuze = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (keuze) return fc.oneof(...keuze.map(onder));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return tekst(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(schema.items ? onder(schema.items) : eenJsonWaarde, {
        minLength: schema.minItems ?? 0,
        // Batches may hold 1000 items: a fuzz request holds a few.
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object': {
      const eigenschappen = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, s]) => [k, onder(s)]),
      );
      return fc.record(eigenschappen, { requiredKeys: schema.required ?? [] });
    }
    default:
      return eenJsonWaarde;
  }
}

function tekst(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? 40 });
}

/** `waarde` bent around its schema: one of the ways a client gets a body wrong. */
export function verbogen(waarde: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: waarde },
    fc.tuple(waarde, fc.nat()).map(([w, i]) => zonderSleutel(w, i)),
    fc
      .tuple(waarde, fc.string({ minLength: 1, maxLength: 12 }), eenJsonWaarde)
      .map(([w, k, v]) => (isObject(w) ? { ...w, [k]: v } : w)),
    fc.tuple(waarde, fc.nat(), eenJsonWaarde).map(([w, i, v]) => vervangDiep(w, i, v)),
    eenJsonWaarde,
  );
}

const isObject = (w: unknown): w is Record<string, unknown> =>
  typeof w === 'object' && w !== null && !Array.isArray(w);

function zonderSleutel(w: unknown, i: number): unknown {
  if (!isObject(w)) return w;
  const sleutels = Object.keys(w);
  if (sleutels.length === 0) return w;
  const { [sleutels[i % sleutels.length] as string]: _weg, ...rest } = w;
  return rest;
}

/** Replaces one value somewhere in `w` (walking down by `i`) with `v`. */
function vervangDiep(w: unknown, i: number, v: unknown): unknown {
  if (Array.isArray(w) && w.length > 0) {
    const j = i % w.length;
    return w.map((x, k) => (k === j ? vervangDiep(x, Math.floor(i / 7), v) : x));
  }
  if (isObject(w)) {
    const sleutels = Object.keys(w);
    if (sleutels.length === 0) return v;
    const k = sleutels[i % sleutels.length] as string;
    return i % 3 === 0 ? { ...w, [k]: v } : { ...w, [k]: vervangDiep(w[k], Math.floor(i / 5), v) };
  }
  return v;
}

/**
 * @module
 * The detail of a validation failure, in words the schema knows. A client's keys and values
 * never come back: an unknown key can itself be a name or a BSN ("Jan Jansen 111222333"), and
 * an error body ends up in logs and tickets. A path segment is named only if it is a field of
 * the schema or an array index; an unknown body field is "onbekend veld"; an unknown query
 * parameter is named only when it looks like one (`[a-z]{1,32}`); a suggestion ("bedoelt u
 * ...?") only ever names a field or parameter of the schema.
 */
import { suggestie } from '../policy/suggestie.js';

/** A zod issue, as far as a detail reads it. */
export interface Issue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
}

/** Where the input came from: body fields, or query parameters. */
export type Invoer = 'veld' | 'parameter';

/** The zod internals the walk reads: each schema's `_zod.def`. */
interface Schema {
  _zod: { def: Def };
}
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: readonly Schema[];
  left?: Schema;
  right?: Schema;
}

const MAX_ISSUES = 10;
const PARAMETERNAAM = /^[a-z]{1,32}$/;
/** Longer keys get no suggestion: the edit distance is quadratic, and no field is this long. */
const MAX_SUGGESTIE = 64;

/**
 * Describes `issues` of `schema` without a key or value of the client.
 * @example
 * validatieDetail(fout.issues, RegistratieSchema, 'veld') // "(body): onbekend veld"
 */
export function validatieDetail(
  issues: readonly Issue[],
  schema: unknown,
  invoer: Invoer,
  voor: readonly (string | number)[] = [],
): string {
  return issues
    .slice(0, MAX_ISSUES)
    .map((issue) => {
      const { delen, object } = benoem(alsSchema(schema), issue.path);
      const waar = [...voor, ...delen].join('.') || (invoer === 'veld' ? '(body)' : 'query');
      const wat =
        issue.code === 'unrecognized_keys'
          ? onbekend(issue.keys ?? [], object, invoer)
          : issue.message;
      return `${waar}: ${wat}`;
    })
    .join('; ');
}

/** The path in known words: fields of the schema and indexes; it stops at the first other. */
function benoem(schema: Schema | undefined, pad: readonly PropertyKey[]) {
  const delen: string[] = [];
  let huidig = schema;
  for (const deel of pad) {
    const kind = huidig && kindVan(huidig, deel);
    if (typeof deel !== 'number' && kind === undefined) {
      delen.push('(onbekend veld)');
      return { delen, object: undefined };
    }
    delen.push(String(deel));
    huidig = kind;
  }
  return { delen, object: huidig };
}

function onbekend(sleutels: readonly string[], object: Schema | undefined, invoer: Invoer) {
  const bekend = object ? concreet(object).flatMap((s) => Object.keys(s._zod.def.shape ?? {})) : [];
  return sleutels
    .slice(0, MAX_ISSUES)
    .map((sleutel) => {
      const naam = invoer === 'parameter' && PARAMETERNAAM.test(sleutel) ? ` '${sleutel}'` : '';
      const s = sleutel.length <= MAX_SUGGESTIE ? suggestie(sleutel, bekend) : undefined;
      const hint = s === undefined ? '' : ` (bedoelt u '${s}'?)`;
      return `${invoer === 'veld' ? 'onbekend veld' : 'onbekende parameter'}${naam}${hint}`;
    })
    .join(', ');
}

function kindVan(schema: Schema, deel: PropertyKey): Schema | undefined {
  for (const s of concreet(schema)) {
    const { type, element, shape } = s._zod.def;
    if (typeof deel === 'number' && type === 'array') return element;
    if (typeof deel === 'string' && type === 'object' && shape && Object.hasOwn(shape, deel))
      return shape[deel];
  }
  return undefined;
}

/** The schemas a value is checked against, through wrappers, pipes, unions and intersections. */
function concreet(schema: Schema, diepte = 0): Schema[] {
  const d = schema._zod.def;
  const verder = (...s: Array<Schema | undefined>) =>
    diepte > 16 ? [] : s.flatMap((x) => (x ? concreet(x, diepte + 1) : []));
  if (d.innerType) return verder(d.innerType);
  if (d.type === 'pipe') return verder(d.in);
  if (d.type === 'union') return verder(...(d.options ?? []));
  if (d.type === 'intersection') return verder(d.left, d.right);
  return [schema];
}

function alsSchema(x: unknown): Schema | undefined {
  return typeof x === 'object' && x !== null && '_zod' in x ? (x as Schema) : undefined;
}

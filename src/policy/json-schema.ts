/**
 * @module
 * JSON Schema (draft-07, what the YAML extension of VS Code reads best) for every kind of policy
 * file, generated from the zod schemas. The files in schemas/ are this output; a test fails
 * when they are out of date, and `ketenpoort beleid schema` rewrites them.
 */
import { z } from 'zod';
import { ScenarioBestandSchema } from './scenario-schema.js';
import {
  DoelenBestandSchema,
  GrondslagenBestandSchema,
  PartnersBestandSchema,
  RegelsBestandSchema,
  UitgeslotenBestandSchema,
} from './schema.js';
import { LogboekBestandSchema } from './schema-fg.js';
import { PseudoniemenBestandSchema } from './schema-pseudoniemen.js';
import { QuotaBestandSchema } from './schema-quota.js';
import { StapelregelsBestandSchema } from './schema-stapelregels.js';
import { TermijnenBestandSchema } from './schema-termijnen.js';

/** Which schema file belongs to which policy files. */
const SCHEMAS = [
  { naam: 'partners.schema.json', schema: PartnersBestandSchema, past: /^partners\.ya?ml$/ },
  { naam: 'doelen.schema.json', schema: DoelenBestandSchema, past: /^doelen\.ya?ml$/ },
  {
    naam: 'grondslagen.schema.json',
    schema: GrondslagenBestandSchema,
    past: /^grondslagen\.ya?ml$/,
  },
  {
    naam: 'uitgesloten.schema.json',
    schema: UitgeslotenBestandSchema,
    past: /^uitgesloten\.ya?ml$/,
  },
  { naam: 'logboek.schema.json', schema: LogboekBestandSchema, past: /^logboek\.ya?ml$/ },
  { naam: 'quota.schema.json', schema: QuotaBestandSchema, past: /^quota\.ya?ml$/ },
  {
    naam: 'pseudoniemen.schema.json',
    schema: PseudoniemenBestandSchema,
    past: /^pseudoniemen\.ya?ml$/,
  },
  {
    naam: 'stapelregels.schema.json',
    schema: StapelregelsBestandSchema,
    past: /^stapelregels\.ya?ml$/,
  },
  { naam: 'termijnen.schema.json', schema: TermijnenBestandSchema, past: /^termijnen\.ya?ml$/ },
  { naam: 'regels.schema.json', schema: RegelsBestandSchema, past: /^regels\/.+\.ya?ml$/ },
  { naam: 'scenarios.schema.json', schema: ScenarioBestandSchema, past: /^tests\/.+\.ya?ml$/ },
] as const;

/** The schema files as they belong in schemas/: name and exact text (2-space JSON, final newline). */
export function jsonSchemas(): Array<{ naam: string; tekst: string }> {
  return SCHEMAS.map(({ naam, schema }) => ({
    naam,
    tekst: `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }), null, 2)}\n`,
  }));
}

/** The schema file name for a policy path relative to policies/, e.g. 'regels/vtgv.yaml'. */
export function schemaVoor(pad: string): string | undefined {
  return SCHEMAS.find((s) => s.past.test(pad))?.naam;
}

/**
 * The first line a policy file should carry so that the editor validates it, assuming
 * schemas/ is a sibling of policies/ (as in this repository).
 */
export function schemaRegel(pad: string): string | undefined {
  const naam = schemaVoor(pad);
  if (naam === undefined) return undefined;
  const omhoog = '../'.repeat(pad.split('/').length);
  return `# yaml-language-server: $schema=${omhoog}schemas/${naam}`;
}

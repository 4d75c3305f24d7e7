/**
 * @module
 * `ketenpoort beleid schema`: writes the JSON Schemas of the policy files into schemas/, made
 * from the zod schemas the loader validates with, so editor and gateway agree.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonSchemas } from '../policy/json-schema.js';
import type { Opdracht } from './opdracht.js';

export const beleidSchema: Opdracht = {
  naam: 'beleid schema',
  gebruik: ['[--controleer] [--map <schemamap>]'],
  uitleg:
    'Schrijft de JSON Schemas van de beleidsbestanden opnieuw uit de code (standaard in ' +
    'schemas/); --controleer: alleen nagaan of ze actueel zijn.',
  voerUit: (args) => schrijfSchemas(args),
};

async function schrijfSchemas(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      controleer: { type: 'boolean', default: false },
      map: { type: 'string', default: 'schemas' },
    },
  });
  const verouderd = jsonSchemas().filter(({ naam, tekst }) => {
    const pad = join(values.map, naam);
    return !existsSync(pad) || readFileSync(pad, 'utf8') !== tekst;
  });
  if (values.controleer) {
    if (verouderd.length === 0) {
      console.log(`De schema's in ${values.map}/ zijn actueel.`);
      return 0;
    }
    console.error(
      `Verouderd in ${values.map}/: ${verouderd.map((s) => s.naam).join(', ')}. Draai 'ketenpoort beleid schema'.`,
    );
    return 1;
  }
  mkdirSync(values.map, { recursive: true });
  for (const { naam, tekst } of verouderd) writeFileSync(join(values.map, naam), tekst);
  console.log(
    verouderd.length === 0
      ? `De schema's in ${values.map}/ waren al actueel.`
      : `Geschreven: ${verouderd.map((s) => join(values.map, s.naam)).join(', ')}.`,
  );
  return 0;
}

/**
 * @module
 * `ketenpoort beleid ...`: the jurist's commands. Each subcommand lives in its own file.
 */
import { beleidCheck } from './beleid-check.js';
import { beleidOnderteken } from './beleid-onderteken.js';
import { beleidMatrixOpdracht, beleidRegisterOpdracht } from './beleid-rapporten.js';
import { beleidSchema } from './beleid-schema.js';
import { beleidTest } from './beleid-test.js';
import { beleidUitleg } from './beleid-uitleg.js';
import { beleidVerschil } from './beleid-verschil.js';
import type { Opdracht } from './opdracht.js';

export const beleid: Opdracht = {
  naam: 'beleid',
  gebruik: ['<opdracht> [opties]'],
  uitleg:
    'Voor juristen: het beleid controleren, testen, uitleggen, vergelijken, rapporteren en ondertekenen.',
  noot:
    'Zonder [map] of --map lezen de opdrachten de beleidsmap die de gateway laadt: ' +
    "KETENPOORT_BELEID, standaard policies. (De --map van 'schema' is de map van de schema's.)",
  opdrachten: [
    beleidCheck,
    beleidSchema,
    beleidTest,
    beleidUitleg,
    beleidVerschil,
    beleidMatrixOpdracht,
    beleidRegisterOpdracht,
    beleidOnderteken,
  ],
};

/**
 * @module
 * GET /v1/logboek/checkpoint: the latest signed checkpoint of the logboek (or the one of a
 * given size), with the witnesses' cosignatures. Keep it: a later checkpoint must extend it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { leesCheckpoint } from '../../use-cases/checkpoint-lezen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { CheckpointSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { toonCheckpoint } from '../logboek-weergave.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/logboek/checkpoint',
  tags: ['Logboek'],
  summary: 'Ondertekend checkpoint van het logboek',
  operationId: 'logboekCheckpoint',
  description:
    'Het laatste checkpoint (grootte en root van de Merkle-boom, RFC 9162), ondertekend door de gateway als C2SP signed note, met de cosignaturen van getuigen. Controleer de handtekening met de publieke sleutel (vkey) die u van de beheerder kreeg.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner', 'fg')] as const,
  request: {
    query: z
      .object({
        grootte: z.coerce
          .number()
          .int()
          .min(1)
          .optional()
          .openapi({ description: 'Een eerder checkpoint van deze grootte' }),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Het checkpoint',
      headers: VersieKoppen,
      content: { 'application/json': { schema: CheckpointSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'niet-gevonden'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const d = c.var.diensten;
  const cp = await leesCheckpoint(d, c.req.valid('query').grootte);
  return c.json(toonCheckpoint(d.logboek.ondertekenaar.name, cp), 200);
};

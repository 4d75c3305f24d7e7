/**
 * @module
 * GET /v1/logboek/consistentiebewijs: proof that the tree of `tot` entries extends the tree of
 * `van` entries (RFC 9162 consistency proof), so nothing before `van` was altered or dropped.
 * Witnesses ask for it from the checkpoint they hold to the latest.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { base64 } from '../../logboek/note.js';
import { bewijsConsistentie } from '../../use-cases/consistentie-bewijzen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { ConsistentiebewijsSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/logboek/consistentiebewijs',
  tags: ['Logboek'],
  summary: 'Bewijs dat een latere boom een eerdere voortzet',
  operationId: 'logboekConsistentiebewijs',
  description:
    'Het RFC 9162-consistentiebewijs van de boom van `van` regels naar die van `tot` regels (standaard de grootte van het laatste checkpoint). Klopt het bewijs met de roots van beide checkpoints, dan is er in de eerste `van` regels niets gewijzigd, weggelaten of verschoven.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner', 'fg')] as const,
  request: {
    query: z
      .object({
        van: z.coerce.number().int().min(1).openapi({ description: 'Grootte van de eerdere boom' }),
        tot: z.coerce.number().int().min(1).optional().openapi({
          description: 'Grootte van de latere boom (standaard het laatste checkpoint)',
        }),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Het consistentiebewijs',
      headers: VersieKoppen,
      content: { 'application/json': { schema: ConsistentiebewijsSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'niet-gevonden'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { van, tot } = c.req.valid('query');
  const bewijs = await bewijsConsistentie(c.var.diensten, van, tot);
  return c.json({ ...bewijs, bewijs: bewijs.bewijs.map(base64) }, 200);
};

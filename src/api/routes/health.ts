/**
 * @module
 * GET /v1/health: liveness, with the API version and the loaded policy hash.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { API_VERSIE, VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Beheer'],
  summary: 'Gezondheid van de gateway',
  operationId: 'gezondheid',
  description: 'De gateway draait; geeft de API-versie en de hash van het geladen beleid.',
  responses: {
    200: {
      description: 'De gateway draait',
      headers: VersieKoppen,
      content: {
        'application/json': {
          schema: z
            .object({ status: z.literal('ok'), versie: z.string(), beleid: z.string() })
            .openapi('Gezondheid'),
        },
      },
    },
    ...foutAntwoorden(),
  },
});

export const handler: AppRouteHandler<typeof route> = (c) =>
  c.json({ status: 'ok' as const, versie: API_VERSIE, beleid: c.var.diensten.beleid.hash }, 200);

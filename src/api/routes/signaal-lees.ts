/**
 * @module
 * GET /v1/signalen/{id}: the owning partner reads its own signal.
 */
import { createRoute } from '@hono/zod-openapi';
import { eigenSignaal } from '../../use-cases/eigen-signaal.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { SignaalIdParam, SignaalSchema, VersieKoppen } from '../schemas.js';
import { signaalWeergave } from '../signaal-weergave.js';

export const route = createRoute({
  method: 'get',
  path: '/signalen/{id}',
  tags: ['Signalen'],
  summary: 'Lees een eigen signaal',
  operationId: 'leesSignaal',
  description:
    'Geeft een signaal van uw eigen organisatie. Een signaal van een andere partner bestaat voor u niet (404).',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner')] as const,
  request: { params: SignaalIdParam },
  responses: {
    200: {
      description: 'Het signaal',
      headers: VersieKoppen,
      content: { 'application/json': { schema: SignaalSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'niet-gevonden'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const s = await eigenSignaal(c.var.diensten, c.var.identiteit.partner, c.req.valid('param').id);
  return c.json(signaalWeergave(s) as never, 200);
};

/**
 * @module
 * DELETE /v1/signalen/{id}: withdraw an own signal. Its pseudonyms are erased at once,
 * so it never matches again; the withdrawal is logged.
 */
import { createRoute } from '@hono/zod-openapi';
import { trekIn } from '../../use-cases/intrekken.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'delete',
  path: '/signalen/{id}',
  tags: ['Signalen'],
  summary: 'Trek een eigen signaal in',
  operationId: 'trekSignaalIn',
  description:
    'Trekt een eigen signaal in. De pseudoniemen worden direct gewist, zodat het signaal nooit meer matcht; de intrekking staat in het logboek.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner')] as const,
  request: { params: SignaalIdParam },
  responses: {
    204: { description: 'Signaal ingetrokken', headers: VersieKoppen },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'al-ingetrokken',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  await trekIn(c.var, c.req.valid('param').id);
  return c.body(null, 204);
};

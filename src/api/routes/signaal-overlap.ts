/**
 * @module
 * GET /v1/signalen/{id}/overlap: the overlap of an own signal, recomputed now.
 * Every item shown is a verstrekking committed to the logboek first.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { herbereken } from '../../use-cases/herberekenen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { OverlapItemSchema, SignaalIdParam, VersieKoppen } from '../schemas.js';

export const OverlapAntwoordSchema = z
  .object({ signaal: z.string(), overlap: z.array(OverlapItemSchema) })
  .openapi('OverlapAntwoord');

export const route = createRoute({
  method: 'get',
  path: '/signalen/{id}/overlap',
  tags: ['Signalen'],
  summary: 'Overlap van een eigen signaal',
  operationId: 'overlapVanSignaal',
  description:
    'Berekent opnieuw welke andere partners een actief signaal over dezelfde entiteit hebben, en toont wat het beleid toestaat. Elke getoonde verstrekking wordt gelogd. Elke vraag telt mee voor het quotum overlapvragen van uw organisatie; daarboven volgt 429 met Retry-After.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner')] as const,
  request: { params: SignaalIdParam },
  responses: {
    200: {
      description: 'De overlap',
      headers: VersieKoppen,
      content: { 'application/json': { schema: OverlapAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'al-ingetrokken',
      'te-veel-verzoeken',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) =>
  c.json(await herbereken(c.var, c.req.valid('param').id), 200);

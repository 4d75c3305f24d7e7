/**
 * @module
 * GET /v1/signalen/{id}/casussen: the casussen an own signal is in that your organisation
 * sees (issue 17), each with who leads as far as the regisseur's rule allows. Every regie
 * shown is logged first.
 */
import { createRoute } from '@hono/zod-openapi';
import { leesCasussen } from '../../use-cases/casussen-lezen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { CasussenSchema } from '../regie-schemas.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/signalen/{id}/casussen',
  tags: ['Regie'],
  summary: 'Casussen van een eigen signaal',
  operationId: 'casussenVanSignaal',
  description:
    'De casussen waar uw signaal bij hoort: de actieve signalen die één pseudoniem delen. U ziet een casus alleen als de regel van een ander lid u het bestaan laat weten. Per casus wie de regie heeft, voor zover de regel van de regisseur het u laat weten; elke getoonde regie wordt gelogd. Elke vraag telt mee voor het quotum overlapvragen van uw organisatie. Geeft een vraag van dezelfde medewerker precies hetzelfde antwoord als de vorige, dan wijst logboekId naar het blad van die vorige vraag en groeit het logboek niet.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner')] as const,
  request: { params: SignaalIdParam },
  responses: {
    200: {
      description: 'De casussen',
      headers: VersieKoppen,
      content: { 'application/json': { schema: CasussenSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'te-veel-verzoeken',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) =>
  c.json(await leesCasussen(c.var, c.req.valid('param').id), 200);

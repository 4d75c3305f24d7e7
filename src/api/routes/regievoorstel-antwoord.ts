/**
 * @module
 * POST /v1/regievoorstellen/{id}/antwoord: the partner a regie proposal reached accepts or
 * declines it (issue 17). The proposer hears it where the answerer's rule lets it; on
 * acceptance every member that sees the casus hears who leads, as far as that rule allows.
 */
import { createRoute } from '@hono/zod-openapi';
import { beantwoordRegie } from '../../use-cases/regie-beantwoorden.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { RegieReactieAntwoordSchema, RegieReactieSchema } from '../regie-schemas.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/regievoorstellen/{id}/antwoord',
  tags: ['Regie'],
  summary: 'Beantwoord een regievoorstel',
  operationId: 'beantwoordRegievoorstel',
  description:
    'Neemt de regie aan of wijst haar af. Aannemen lukt alleen zolang de regie nog is zoals bij het voorstel; anders 409, zonder een partner te noemen.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    params: SignaalIdParam,
    body: { content: { 'application/json': { schema: RegieReactieSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'Antwoord vastgelegd',
      headers: VersieKoppen,
      content: { 'application/json': { schema: RegieReactieAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'regie-al-beslist',
      'te-groot',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { antwoord } = c.req.valid('json');
  return c.json(await beantwoordRegie(c.var, c.req.valid('param').id, antwoord), 200);
};

/**
 * @module
 * POST /v1/signalen/{id}/casussen/{casus}/regie: propose a regisseur for a casus of an own
 * signal (issue 17): yourself (you take regie while nobody has it), another partner, or the
 * policy's default regisseur; the regisseur hands over the same way. Same answer whether or
 * not the proposed partner is in the casus.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { stelRegieVoor } from '../../use-cases/regie-voorstellen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { RegieVerzoekSchema, VoorstelAntwoordSchema } from '../regie-schemas.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';

const Params = SignaalIdParam.extend({
  casus: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22}$/, 'een casus-id')
    .openapi({ param: { name: 'casus', in: 'path' }, example: 'k2Jd0x3mQ1aZ8vWc7bY6nA' }),
});

export const route = createRoute({
  method: 'post',
  path: '/signalen/{id}/casussen/{casus}/regie',
  tags: ['Regie'],
  summary: 'Stel een regisseur voor',
  operationId: 'stelRegieVoor',
  description:
    'Stelt een regisseur voor de casus voor. Met uw eigen partner-id neemt u de regie, als niemand haar heeft; van twee gelijktijdige claims wint er precies één. Zonder naar stelt u de standaardregisseur van het beleid voor het doel voor. De regisseur draagt de regie over door een ander voor te stellen. Het antwoord is hetzelfde of de voorgestelde partner in de casus zit of niet; alleen een lid dat de casus ziet, hoort het voorstel.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    params: Params,
    body: { content: { 'application/json': { schema: RegieVerzoekSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Voorstel vastgelegd (of regie genomen)',
      headers: VersieKoppen,
      content: { 'application/json': { schema: VoorstelAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'regie-al-beslist',
      'te-groot',
      'niet-toegestaan-door-beleid',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { id, casus } = c.req.valid('param');
  return c.json(await stelRegieVoor(c.var, id, casus, c.req.valid('json')), 201);
};

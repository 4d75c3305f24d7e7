/**
 * @module
 * POST /v1/adviezen: count an advies for the figures without pseudonyms (issue 19). It never
 * matches and discloses nothing; it is logged and counted in one step.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { MELDERS } from '../../policy/categorieen.js';
import { telAdvies } from '../../use-cases/advies-tellen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const AdviesSchema = z
  .object({
    gemeente: z
      .string()
      .regex(/^GM\d{4}$/, 'een CBS-gemeentecode is GM gevolgd door vier cijfers')
      .openapi({
        description: 'CBS-code van een gemeente uit het werkgebied van uw organisatie.',
        example: 'GM0402',
      }),
    melder: z.enum(MELDERS).openapi({ description: 'Wie om advies vroeg, als soort; nooit wie.' }),
  })
  .strict()
  .openapi('Advies');

export const AdviesAntwoordSchema = z
  .object({ geteldOp: z.string().openapi({ format: 'date-time' }) })
  .openapi('AdviesAntwoord');

export const route = createRoute({
  method: 'post',
  path: '/adviezen',
  tags: ['Cijfers'],
  summary: 'Tel een advies',
  operationId: 'telAdvies',
  description:
    'Telt een adviesvraag mee in de cijfers, zonder pseudoniemen: het advies matcht nooit en verstrekt niets. Het staat in het logboek en telt mee voor de quota van uw organisatie.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    body: { content: { 'application/json': { schema: AdviesSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Advies geteld',
      headers: VersieKoppen,
      content: { 'application/json': { schema: AdviesAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'te-groot',
      'niet-toegestaan-door-beleid',
      'te-veel-verzoeken',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const nu = await telAdvies(c.var, c.req.valid('json'));
  return c.json({ geteldOp: new Date(nu).toISOString() }, 201);
};

/**
 * @module
 * POST /v1/terugkoppeling-vragen: ask the owner of a signal you handed over, or were told of
 * as a match, for terugkoppeling by a date (issue 16). Reaches the owner only where its rule
 * toward you grants `terugkoppeling`.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { vraagTerugkoppeling } from '../../use-cases/terugkoppeling-vragen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

const datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum is JJJJ-MM-DD')
  .openapi({ description: 'Wanneer u de terugkoppeling graag hebt', example: '2026-03-16' });

const VraagSchema = z
  .union([
    z
      .object({
        overdracht: z.string().uuid().openapi({ description: 'Uw aangenomen overdracht' }),
        gevraagdVoor: datum,
      })
      .strict(),
    z
      .object({
        verstrekking: z.number().int().min(1).openapi({
          description: 'Het blad (logboekId) waarin u het signaal als overlap kreeg',
        }),
        gevraagdVoor: datum,
      })
      .strict(),
  ])
  .openapi('TerugkoppelingVraag');

const VraagAntwoordSchema = z
  .object({
    gevraagd: z.number().int().openapi({ description: 'Aan hoeveel eigenaren het is gevraagd' }),
    gevraagdVoor: z.string(),
    logboekId: z.number().int(),
  })
  .openapi('TerugkoppelingVraagAntwoord');

export const route = createRoute({
  method: 'post',
  path: '/terugkoppeling-vragen',
  tags: ['Overdrachten'],
  summary: 'Vraag terugkoppeling',
  operationId: 'vraagTerugkoppeling',
  description:
    'Vraagt de eigenaar van een signaal dat u overdroeg (en dat is aangenomen) of dat u als overlap kreeg, om terugkoppeling voor een datum. De vraag bereikt de eigenaar alleen als diens regel u terugkoppeling geeft; de termijn bewaakt de casus.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    body: { content: { 'application/json': { schema: VraagSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Terugkoppeling gevraagd',
      headers: VersieKoppen,
      content: { 'application/json': { schema: VraagAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'te-groot',
      'niet-toegestaan-door-beleid',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { gevraagdVoor, ...over } = c.req.valid('json');
  const antwoord = await vraagTerugkoppeling(c.var, over, gevraagdVoor);
  return c.json(antwoord, 201);
};

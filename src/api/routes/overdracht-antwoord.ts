/**
 * @module
 * POST /v1/overdrachten/{id}/antwoord: the recipient answers an overdracht (issue 16):
 * aangenomen, niet_voor_ons (with a reason from a closed list) or doorgezet (to a partner
 * that both keys allow). The partner that handed over learns the answer in its inbox.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { NIET_VOOR_ONS_REDENEN } from '../../policy/overdracht-woorden.js';
import { beantwoordOverdracht } from '../../use-cases/overdracht-beantwoorden.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { OverlapItemSchema, SignaalIdParam, VersieKoppen } from '../schemas.js';

const ReactieSchema = z
  .discriminatedUnion('antwoord', [
    z.object({ antwoord: z.literal('aangenomen') }).strict(),
    z
      .object({
        antwoord: z.literal('niet_voor_ons'),
        reden: z.enum(NIET_VOOR_ONS_REDENEN).openapi({
          description:
            'Waarom niet: verraadt niet wat uw organisatie al weet en niet of er een onderzoek loopt.',
        }),
      })
      .strict(),
    z
      .object({
        antwoord: z.literal('doorgezet'),
        naar: z
          .string()
          .regex(/^[a-z0-9-]{1,64}$/, 'een ontvanger is een partner-id uit het beleid')
          .openapi({ example: 'nla-toezicht' }),
      })
      .strict(),
  ])
  .openapi('OverdrachtReactie');

const ReactieAntwoordSchema = z
  .object({
    overdracht: z.string(),
    status: z.enum(['aangenomen', 'niet_voor_ons', 'doorgezet']),
    logboekId: z.number().int(),
    signaal: z
      .object({
        id: z.string(),
        geregistreerdOp: z.string().openapi({ format: 'date-time' }),
        vervaltOp: z.string().openapi({ format: 'date-time' }),
        overlap: z.array(OverlapItemSchema),
      })
      .optional()
      .openapi({ description: 'Bij aangenomen: uw eigen signaal op dezelfde pseudoniemen' }),
    doorgezet: z
      .string()
      .optional()
      .openapi({ description: 'Bij doorgezet: de nieuwe overdracht' }),
  })
  .openapi('OverdrachtReactieAntwoord');

export const route = createRoute({
  method: 'post',
  path: '/overdrachten/{id}/antwoord',
  tags: ['Overdrachten'],
  summary: 'Beantwoord een overdracht',
  operationId: 'beantwoordOverdracht',
  description:
    'Beantwoordt een overdracht aan uw organisatie. Bij aangenomen houdt uw organisatie een eigen signaal op dezelfde pseudoniemen, met uw eigen bewaartermijn; latere overlap bereikt u zoals bij een eigen registratie. Bij doorgezet moeten de regel van de eigenaar en de ontvangst van de volgende partner het allebei toestaan. De overdrager hoort het antwoord in zijn inbox.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    params: SignaalIdParam,
    body: { content: { 'application/json': { schema: ReactieSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'Antwoord vastgelegd',
      headers: VersieKoppen,
      content: { 'application/json': { schema: ReactieAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'al-beantwoord',
      'te-groot',
      'niet-toegestaan-door-beleid',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const antwoord = await beantwoordOverdracht(c.var, c.req.valid('param').id, c.req.valid('json'));
  return c.json(antwoord, 200);
};

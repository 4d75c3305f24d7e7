/**
 * @module
 * PUT /v1/signalen/{id}/status: set the status of an own signal from a closed list (issue 16,
 * terugkoppeling). It reaches linked partners only where your rule toward them grants
 * `terugkoppeling` for that status.
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  GEEN_PERSPECTIEF_REDENEN,
  STATUSSEN,
  UITKOMSTEN,
} from '../../policy/terugkoppeling-woorden.js';
import { zetStatus } from '../../use-cases/status-zetten.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';

const GEWOON = STATUSSEN.filter(
  (s) => s !== 'geen_handelingsperspectief' && s !== 'afgesloten',
) as unknown as readonly [
  'ontvangen',
  'in_behandeling',
  'doorgezet',
  'hulp_gestart',
  'veiligheidsbeoordeling_afgerond',
];

const StatusVerzoekSchema = z
  .discriminatedUnion('status', [
    z.object({ status: z.enum(GEWOON) }).strict(),
    z
      .object({
        status: z.literal('geen_handelingsperspectief'),
        reden: z.enum(GEEN_PERSPECTIEF_REDENEN),
      })
      .strict(),
    z.object({ status: z.literal('afgesloten'), uitkomst: z.enum(UITKOMSTEN) }).strict(),
  ])
  .openapi('StatusVerzoek');

const StatusAntwoordSchema = z
  .object({
    signaal: z.string(),
    status: z.enum(STATUSSEN),
    logboekId: z.number().int(),
  })
  .openapi('StatusAntwoord');

export const route = createRoute({
  method: 'put',
  path: '/signalen/{id}/status',
  tags: ['Overdrachten'],
  summary: 'Zet de status van een eigen signaal (terugkoppeling)',
  operationId: 'zetStatus',
  description:
    'Zet de status van een eigen signaal uit een vaste lijst. Partners die het signaal als overlap kregen of van wie u het overnam, horen de status alleen als uw regel hun terugkoppeling geeft voor die status. Wie de status niet mag zien, merkt er niets van.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    params: SignaalIdParam,
    body: { content: { 'application/json': { schema: StatusVerzoekSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'Status gezet',
      headers: VersieKoppen,
      content: { 'application/json': { schema: StatusAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'al-ingetrokken',
      'te-groot',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const antwoord = await zetStatus(c.var, c.req.valid('param').id, c.req.valid('json'));
  return c.json(antwoord, 200);
};

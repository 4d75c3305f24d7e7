/**
 * @module
 * GET /v1/bezorgingen: the gateway's FG reads every delivery attempt of a webhook or mail
 * (issue 18): to whom, which inbox number it announced, which try, and the outcome as a closed
 * list. No address, body or error text. Kept apart from the logboek.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { KANALEN, REDENEN, UITKOMSTEN } from '../../bezorging/kanaal.js';
import { leesBezorgingen } from '../../use-cases/bezorgingen-lezen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { cursorVelden, VersieKoppen } from '../schemas.js';

const PogingSchema = z
  .object({
    id: z.number().int().openapi({ description: 'Cursor: geef deze door als `na`' }),
    partner: z.string().openapi({ description: 'De partner aan wie bezorgd werd' }),
    kanaal: z.enum(KANALEN).openapi({ description: 'Webhook of e-mail' }),
    tot: z.number().int().openapi({
      description: 'Tot en met welk nummer van haar eigen inbox de partner werd gewaarschuwd',
    }),
    keer: z.number().int().openapi({ description: 'De hoeveelste poging voor deze bezorging' }),
    tijdstip: z.string().openapi({ format: 'date-time' }),
    uitkomst: z.enum(UITKOMSTEN).openapi({
      description:
        '`geleverd`; `mislukt` (er volgt een nieuwe poging); `opgegeven` (de laatste poging mislukte; de volgende melding probeert opnieuw)',
    }),
    reden: z.enum(REDENEN).nullable().openapi({ description: 'Waarom het mislukte' }),
    status: z.number().int().nullable().openapi({ description: 'De HTTP-status van de ontvanger' }),
  })
  .openapi('Bezorgpoging');

const BezorgingenSchema = z
  .object({
    bezorgpogingen: z.array(PogingSchema),
    volgende: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Cursor voor het volgende verzoek; null als er niets meer is' }),
  })
  .openapi('Bezorgingen');

export const route = createRoute({
  method: 'get',
  path: '/bezorgingen',
  tags: ['Bezorgingen'],
  summary: 'Bezorgpogingen van webhooks en e-mail',
  operationId: 'bezorgingen',
  description:
    'Elke poging om een partner te laten weten dat er iets nieuws in haar inbox staat, oudste eerst. Alleen voor de FG van de poort. Een poging staat niet in het logboek. Lees verder met de cursor `na`.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('fg')] as const,
  request: {
    query: z
      .object({
        ...cursorVelden(1000),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Bezorgpogingen, oudste eerst',
      headers: VersieKoppen,
      content: { 'application/json': { schema: BezorgingenSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { na, limiet } = c.req.valid('query');
  const { bezorgpogingen, volgende } = await leesBezorgingen(c.var, na, limiet);
  const antwoord = bezorgpogingen.map((p) => ({
    ...p,
    tijdstip: new Date(p.tijdstip).toISOString(),
  }));
  return c.json({ bezorgpogingen: antwoord, volgende }, 200);
};

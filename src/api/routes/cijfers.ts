/**
 * @module
 * GET /v1/cijfers: the figures of one calendar year on the fixed grid (issue 19), small counts
 * suppressed, as JSON or CSV. Each request is a logboek entry (an aggregate disclosure).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { cijfersCsv } from '../../cijfers/csv.js';
import { maandVan } from '../../cijfers/perioden.js';
import { leesCijfers } from '../../use-cases/cijfers-lezen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

const Vraag = z
  .object({
    jaar: z.coerce.number().int().min(2020).max(2100).optional().openapi({
      description:
        'Kalenderjaar; standaard het lopende jaar. Alleen afgesloten perioden staan erin.',
      example: 2026,
    }),
    formaat: z.enum(['json', 'csv']).default('json').openapi({ description: 'json of csv' }),
  })
  .strict();

const CelSchema = z
  .object({
    periode: z.string().openapi({ example: '2026-03' }),
    a: z.string().openapi({ description: 'Eerste dimensie; * is het totaal', example: 'GM0402' }),
    b: z.string().openapi({ description: 'Tweede dimensie; * is het totaal', example: 'melding' }),
    waarde: z.number().int().nullable().openapi({ description: 'null als afgeschermd' }),
    label: z.string().openapi({ description: 'Wat een lezer ziet, zoals 12 of <5', example: '<5' }),
    eigen: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Uw eigen aantal (niet afgeschermd)' }),
  })
  .openapi('CijferCel');

export const CijfersSchema = z
  .object({
    jaar: z.number().int(),
    drempel: z.number().int(),
    tabellen: z.array(
      z
        .object({
          tabel: z.string(),
          titel: z.string(),
          dimensies: z.array(z.string()),
          cellen: z.array(CelSchema),
        })
        .openapi('CijferTabel'),
    ),
  })
  .openapi('Cijfers');

export const route = createRoute({
  method: 'get',
  path: '/cijfers',
  tags: ['Cijfers'],
  summary: 'Lees de cijfers van een jaar',
  operationId: 'leesCijfers',
  description:
    'De cijfers op het vaste rooster (maanden, kwartalen, halfjaren; alleen afgesloten perioden), met afscherming van kleine aantallen: elk afgeschermd aantal staat er als <5 (de drempel uit het beleid). De rol statistiek ziet T1 tot en met T5 (T5 zonder de eigen registraties); een partner ziet T1 tot en met T4 voor de regio, met de eigen aantallen ernaast. Elke opvraging staat in het logboek.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner', 'statistiek')] as const,
  request: { query: Vraag },
  responses: {
    200: {
      description: 'De cijfers',
      headers: VersieKoppen,
      content: {
        'application/json': { schema: CijfersSchema },
        'text/csv': { schema: z.string().openapi({ description: 'Eén regel per cel' }) },
      },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { jaar, formaat } = c.req.valid('query');
  const { diensten, identiteit } = c.var;
  const gekozen = jaar ?? Number(maandVan(diensten.klok()).slice(0, 4));
  const cijfers = await leesCijfers(c.var, gekozen, identiteit.rollen);
  if (formaat === 'csv') {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="cijfers-${gekozen}.csv"`);
    return c.body(cijfersCsv(cijfers), 200);
  }
  return c.json(cijfers, 200);
};

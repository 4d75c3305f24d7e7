/**
 * @module
 * GET /v1/beleid: which policy set the gateway runs: its hash, when it was loaded, its files
 * and who signed it. For the jurist and the FG, to compare with the set they approved.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

const BeleidSchema = z
  .object({
    hash: z
      .string()
      .openapi({ description: 'SHA-256 van de beleidsset; staat in elke logboekregel' }),
    geladenOp: z.string().nullable().openapi({ format: 'date-time' }),
    bestanden: z.array(
      z.object({
        pad: z.string().openapi({ example: 'regels/vtgv.yaml' }),
        sha256: z.string(),
        grootte: z.number().int().openapi({ description: 'Aantal bytes' }),
      }),
    ),
    ondertekening: z.object({
      vereist: z
        .number()
        .int()
        .openapi({ description: 'Aantal verschillende juristen dat moet ondertekenen (0: geen)' }),
      ondertekenaars: z.array(
        z.object({
          kid: z.string(),
          jurist: z.string(),
          ondertekendOp: z.string().openapi({ format: 'date-time' }),
        }),
      ),
    }),
    partners: z.number().int(),
    regels: z.number().int(),
  })
  .openapi('Beleid');

export const route = createRoute({
  method: 'get',
  path: '/beleid',
  tags: ['Beleid'],
  summary: 'Het geladen beleid',
  operationId: 'leesBeleid',
  description:
    'De hash van de geladen beleidsset, wanneer die is geladen, de bestanden met hun SHA-256 en de juristen die de set hebben ondertekend. Voor de rollen jurist en fg.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('jurist', 'fg')] as const,
  responses: {
    200: {
      description: 'Het geladen beleid',
      headers: VersieKoppen,
      content: { 'application/json': { schema: BeleidSchema } },
    },
    ...foutAntwoorden('niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = (c) => {
  const { beleid, beleidLading } = c.var.diensten;
  return c.json(
    {
      hash: beleid.hash,
      geladenOp: beleidLading ? new Date(beleidLading.geladenOp).toISOString() : null,
      bestanden: beleid.bestanden.map((b) => ({ ...b })),
      ondertekening: {
        vereist: beleidLading?.vereist ?? 0,
        ondertekenaars: (beleidLading?.ondertekenaars ?? []).map((o) => ({ ...o })),
      },
      partners: beleid.partners.size,
      regels: beleid.regels.length,
    },
    200,
  );
};

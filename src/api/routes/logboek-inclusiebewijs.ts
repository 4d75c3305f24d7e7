/**
 * @module
 * GET /v1/logboek/inclusiebewijs/{volgnummer}: proof that a logboek entry is in a signed
 * checkpoint (RFC 9162 inclusion proof). A partner that received a verstrekking proves with
 * it that the disclosure was logged; it gets the entry itself when it is named in it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { base64 } from '../../logboek/note.js';
import { bewijsInclusie } from '../../use-cases/inclusie-bewijzen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { InclusiebewijsSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/logboek/inclusiebewijs/{volgnummer}',
  tags: ['Logboek'],
  summary: 'Bewijs dat een logboekregel in een checkpoint staat',
  operationId: 'logboekInclusiebewijs',
  description:
    'Het RFC 9162-inclusiebewijs van logboekregel `volgnummer` (het `logboekId` van een verstrekking) in het checkpoint van `grootte` (standaard het laatste). Staat uw organisatie in de regel als partner, bron of ontvanger, dan krijgt u ook de regel zelf, zodat u de leaf hash zelf kunt berekenen.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner', 'fg')] as const,
  request: {
    params: z.object({
      volgnummer: z.coerce
        .number()
        .int()
        .min(1)
        .openapi({ param: { name: 'volgnummer', in: 'path' } }),
    }),
    query: z
      .object({
        grootte: z.coerce.number().int().min(1).optional().openapi({
          description: 'Grootte van het checkpoint (standaard het laatste)',
        }),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Het inclusiebewijs',
      headers: VersieKoppen,
      content: { 'application/json': { schema: InclusiebewijsSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'niet-gevonden'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { volgnummer } = c.req.valid('param');
  const bewijs = await bewijsInclusie(c.var, volgnummer, c.req.valid('query').grootte);
  return c.json(
    { ...bewijs, leafHash: base64(bewijs.leafHash), bewijs: bewijs.bewijs.map(base64) },
    200,
  );
};

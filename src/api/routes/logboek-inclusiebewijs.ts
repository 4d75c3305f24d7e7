/**
 * @module
 * GET /v1/logboek/inclusiebewijs/{blad}: proof that a leaf of the logboek (one request) is in
 * a signed checkpoint (RFC 9162 inclusion proof). A partner that received a verstrekking
 * proves with it that the disclosure was logged: it gets the leaf and its own part of it.
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
  path: '/logboek/inclusiebewijs/{blad}',
  tags: ['Logboek'],
  summary: 'Bewijs dat een blad van het logboek in een checkpoint staat',
  operationId: 'logboekInclusiebewijs',
  description:
    'Het RFC 9162-inclusiebewijs van blad `blad` (één per verzoek; het `logboekId` van een verstrekking, het `blad` van een regel bij het zoeken) in het checkpoint van `grootte` (standaard het laatste), met het blad zelf en het deel van uw organisatie: de regels zoals u ze mag zien en het zout. Zo rekent u de hash van uw deel en de leaf hash zelf na, en ziet u van andermans deel alleen een hash.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner', 'fg')] as const,
  request: {
    params: z.object({
      blad: z.coerce
        .number()
        .int()
        .min(1)
        .openapi({ param: { name: 'blad', in: 'path' } }),
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
  const { blad } = c.req.valid('param');
  const bewijs = await bewijsInclusie(c.var, blad, c.req.valid('query').grootte);
  return c.json(
    { ...bewijs, leafHash: base64(bewijs.leafHash), bewijs: bewijs.bewijs.map(base64) },
    200,
  );
};

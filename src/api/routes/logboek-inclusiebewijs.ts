/**
 * @module
 * GET /v1/logboek/inclusiebewijs/{volgnummer}: proof that a logboek entry is in a signed
 * checkpoint (RFC 9162 inclusion proof). A partner that received a verstrekking proves with
 * it that the disclosure was logged; it gets the entry itself when it is named in it.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Entry } from '../../logboek/entry.js';
import { proofFromNodes } from '../../logboek/merkle-nodes.js';
import { inclusionRanges } from '../../logboek/merkle-ranges.js';
import { base64 } from '../../logboek/note.js';
import { binnenBereik, fgBereik } from '../../logboek/zoeken.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { InclusiebewijsSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { toonCheckpoint, zoekCheckpoint } from '../logboek-weergave.js';
import { ApiError, foutAntwoorden } from '../problem.js';
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
    query: z.object({
      grootte: z.coerce.number().int().min(1).optional().openapi({
        description: 'Grootte van het checkpoint (standaard het laatste)',
      }),
    }),
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
  const { diensten: d, identiteit } = c.var;
  const { volgnummer } = c.req.valid('param');
  const cp = await zoekCheckpoint(d, c.req.valid('query').grootte);
  if (volgnummer > cp.grootte) {
    throw new ApiError(
      'niet-gevonden',
      `Regel ${volgnummer} staat niet in het checkpoint van grootte ${cp.grootte}. Vraag het later opnieuw.`,
    );
  }
  const index = volgnummer - 1;
  const boom = d.store.boom;
  const [blad] = await boom.knopen([{ level: 0, index }]);
  const bewijs = await proofFromNodes(inclusionRanges(index, cp.grootte), boom.knopen);
  const [rij] = await boom.rijen(volgnummer, 1);
  // The entry itself only for whom it concerns (an FG's scope); the proof is for everyone.
  const betrokken =
    rij?.volgnummer === volgnummer &&
    binnenBereik(JSON.parse(rij.inhoud) as Entry, fgBereik(identiteit.partner));
  if (!blad) throw new Error(`blad ${index} ontbreekt in de opgeslagen boom`);
  return c.json(
    {
      volgnummer,
      index,
      grootte: cp.grootte,
      leafHash: base64(blad.hash),
      bewijs: bewijs.map(base64),
      checkpoint: (await toonCheckpoint(d, cp)).note,
      ...(betrokken ? { regel: rij.inhoud } : {}),
    },
    200,
  );
};

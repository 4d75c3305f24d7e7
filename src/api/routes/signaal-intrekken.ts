/**
 * @module
 * DELETE /v1/signalen/{id}: withdraw an own signal. Its pseudonyms are erased at once,
 * so it never matches again; the withdrawal is logged.
 */
import { createRoute } from '@hono/zod-openapi';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { ApiError, foutAntwoorden } from '../problem.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';
import { eigenSignaal } from '../signaal-weergave.js';

export const route = createRoute({
  method: 'delete',
  path: '/signalen/{id}',
  tags: ['Signalen'],
  summary: 'Trek een eigen signaal in',
  operationId: 'trekSignaalIn',
  description:
    'Trekt een eigen signaal in. De pseudoniemen worden direct gewist, zodat het signaal nooit meer matcht; de intrekking staat in het logboek.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner')] as const,
  request: { params: SignaalIdParam },
  responses: {
    204: { description: 'Signaal ingetrokken', headers: VersieKoppen },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'al-ingetrokken',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { diensten: d, identiteit, verzoek } = c.var;
  const s = await eigenSignaal(d, identiteit.partner, c.req.valid('param').id);
  if (s.ingetrokkenOp !== null) {
    throw new ApiError('al-ingetrokken', 'Dit signaal was al ingetrokken.');
  }
  await d.store.trekIn(s.id, d.klok(), {
    concept: {
      actie: 'intrekking',
      partner: identiteit.partner,
      gebruiker: identiteit.gebruiker,
      bron: s.partner,
      ontvanger: null,
      signaal: s.id,
      gegevens: [],
      doel: s.doel,
      grondslagen: [],
      regels: [],
      beleid: d.beleid.hash,
      verzoek,
      betrokkene: [],
    },
    opening: null,
    openingVervaltOp: s.vervaltOp,
  });
  return c.body(null, 204);
};

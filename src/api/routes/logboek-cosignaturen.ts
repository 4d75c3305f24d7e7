/**
 * @module
 * POST /v1/logboek/cosignaturen: a witness (`ketenpoort getuige`) hands in its cosignature
 * (c2sp.org/tlog-cosignature, cosignature/v1) over a checkpoint it checked for consistency.
 * Only the keys of known witnesses are accepted; the gateway keeps it beside the checkpoint.
 */
import { createRoute } from '@hono/zod-openapi';
import { bewaarCosignatuur } from '../../use-cases/cosignatuur-bewaren.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { CosignatuurSchema, CosignatuurVerzoekSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'post',
  path: '/logboek/cosignaturen',
  tags: ['Logboek'],
  summary: 'Cosignatuur van een getuige afgeven',
  operationId: 'logboekCosignatuur',
  description:
    'Een getuige die een checkpoint heeft gecontroleerd (consistent met het vorige dat hij zag) geeft hier zijn cosignatuur af. Alleen sleutels van bekende getuigen (de lijst van de beheerder) worden aanvaard.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner', 'fg')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: CosignatuurVerzoekSchema } } },
  },
  responses: {
    201: {
      description: 'Cosignatuur bewaard',
      headers: VersieKoppen,
      content: { 'application/json': { schema: CosignatuurSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'te-groot',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const getuigen = c.var.diensten.logboek.getuigen;
  const bewaard = await bewaarCosignatuur(c.var, getuigen, c.req.valid('json'));
  return c.json({ ...bewaard, tijd: new Date(bewaard.tijd * 1000).toISOString() }, 201);
};

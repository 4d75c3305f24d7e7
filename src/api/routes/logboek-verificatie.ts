/**
 * @module
 * GET /v1/logboek/verificatie: the FG's check of the whole logboek, as
 * `ketenpoort logboek verifieer` does it: every entry, the tree, every checkpoint signature,
 * the consistency between checkpoints and the witnesses' cosignatures.
 */
import { createRoute } from '@hono/zod-openapi';
import { logVerifier } from '../../logboek/sleutels.js';
import { fgBereik } from '../../logboek/zoeken.js';
import { verificatieVoor, verifieerOpgeslagenLogboek } from '../../use-cases/logboek-verifieren.js';
import { vereisRol } from '../auth/vereis-rol.js';
import { VerificatieSchema } from '../bewijs-schemas.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

export const route = createRoute({
  method: 'get',
  path: '/logboek/verificatie',
  tags: ['Logboek'],
  summary: 'Controleer het hele logboek',
  operationId: 'logboekVerificatie',
  description:
    'Rekent elk blad uit zijn logboekregels en zouten, de Merkle-boom en de root bij elk checkpoint opnieuw uit, controleert elke handtekening, de consistentie tussen opeenvolgende checkpoints en de cosignaturen van getuigen. `geldig` is alleen waar als alles klopt; anders noemt `fouten` de eerste foute plaats eerst. De FG van een partner krijgt het oordeel en de plaatsen (blad, checkpoint), niet het aantal regels of wat er over een regel gevonden is: dat ziet de FG van de poort.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('fg')] as const,
  responses: {
    200: {
      description: 'De uitslag',
      headers: VersieKoppen,
      content: { 'application/json': { schema: VerificatieSchema } },
    },
    ...foutAntwoorden('niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { store, logboek } = c.var.diensten;
  const uitslag = await verifieerOpgeslagenLogboek(store, {
    log: logVerifier(logboek.ondertekenaar),
    getuigen: logboek.getuigen,
  });
  return c.json(verificatieVoor(uitslag, fgBereik(c.var.identiteit.partner)) as never, 200);
};

/**
 * @module
 * GET /v1/logboek/verificatie: the FG's check of the whole logboek, as
 * `ketenpoort logboek verifieer` does it: every entry, the tree, every checkpoint signature,
 * the consistency between checkpoints and the witnesses' cosignatures. Where the deployment
 * sets a part size (the Worker: its CPU limit per request), in bounded, resumable parts.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { logVerifier } from '../../logboek/sleutels.js';
import { fgBereik } from '../../logboek/zoeken.js';
import {
  verificatieVoor,
  verifieerOpgeslagenLogboekDeel,
} from '../../use-cases/logboek-verifieren.js';
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
  request: {
    query: z
      .object({
        vervolg: z.string().min(1).max(8000).optional().openapi({
          description:
            'De waarde `vervolg` uit het vorige antwoord: controleer het volgende deel (op Cloudflare Workers wordt het logboek in delen gecontroleerd)',
        }),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'De uitslag',
      headers: VersieKoppen,
      content: { 'application/json': { schema: VerificatieSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { store, logboek, opslagsleutels } = c.var.diensten;
  const { uitslag, vervolg } = await verifieerOpgeslagenLogboekDeel(
    store,
    {
      log: logVerifier(logboek.ondertekenaar),
      sleutels: logboek.sleutels,
      getuigen: logboek.getuigen,
    },
    {
      vervolg: c.req.valid('query').vervolg,
      maxBladen: logboek.verificatieDeel,
      sleutel: opslagsleutels.at(-1) as Uint8Array,
    },
  );
  const zicht = verificatieVoor(uitslag, fgBereik(c.var.identiteit.partner));
  return c.json({ ...zicht, vervolg } as never, 200);
};

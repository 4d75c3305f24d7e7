/**
 * @module
 * GET /v1/beleid/uitleg/regie: what the loaded policy set says after a casus forms (issue 17),
 * as `ketenpoort beleid uitleg --regie` does: the default regisseur per doel and what every
 * other partner learns of its regie, the termijnen and the escalation partner, and per
 * stapelregel whose signals count. For the jurist and the FG; discloses nothing about signals.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ROLLEN, STERKTES } from '../../policy/categorieen.js';
import { uitlegRegie } from '../../policy/uitleg-regie.js';
import { uitlegRegieTekst } from '../../policy/uitleg-regie-tekst.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { ApiError, foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

const Vraag = z
  .object({
    doel: z
      .string()
      .regex(/^[a-z0-9.-]{1,64}$/, 'een id uit het beleid')
      .optional()
      .openapi({ description: 'Alleen dit doel; weglaten: elk doel', example: 'zorgcoordinatie' }),
  })
  .strict();

const SoortSchema = z.object({ sterkte: z.enum(STERKTES), rol: z.enum(ROLLEN) });

const RegieUitlegSchema = z
  .object({
    beleid: z.string(),
    regisseurs: z.array(
      z.object({
        doel: z.string(),
        regisseur: z.string().nullable().openapi({ description: 'null: de ketenrol is leeg' }),
        anderen: z.array(
          z.object({
            partner: z.string(),
            weten: z.array(
              z.object({
                uitkomst: z.enum(['wie-en-contact', 'wie', 'belegd', 'niets']),
                soorten: z.array(SoortSchema),
              }),
            ),
          }),
        ),
      }),
    ),
    termijnen: z
      .object({
        overdracht: z.number().int().nullable(),
        regie: z.number().int().nullable(),
        escalatie: z.string().nullable(),
      })
      .nullable()
      .openapi({ description: 'In werkdagen; null zonder termijnen.yaml' }),
    stapelregels: z.array(
      z.object({
        id: z.string(),
        minimaal: z.number().int(),
        partners: z.number().int(),
        maanden: z.number().int(),
        ontvanger: z.string().nullable(),
        doel: z.string(),
        bronnen: z.array(z.object({ partner: z.string(), telt: z.array(SoortSchema) })),
      }),
    ),
    tekst: z.string().openapi({ description: 'De uitleg in gewone taal' }),
  })
  .openapi('RegieUitleg');

export const route = createRoute({
  method: 'get',
  path: '/beleid/uitleg/regie',
  tags: ['Beleid'],
  summary: 'Leg regie, termijnen en stapelregels van het beleid uit',
  operationId: 'legRegieUit',
  description:
    'Per doel de standaardregisseur en wat elke andere partner ziet van wie de regie heeft (per sterkte en rol van het signaal van de regisseur), de termijnen in werkdagen met de escalatiepartner, en per stapelregel van welke partners de signalen meetellen. Voor de rollen jurist en fg.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('jurist', 'fg')] as const,
  request: { query: Vraag },
  responses: {
    200: {
      description: 'De uitleg',
      headers: VersieKoppen,
      content: { 'application/json': { schema: RegieUitlegSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = (c) => {
  const { beleid } = c.var.diensten;
  const { doel } = c.req.valid('query');
  if (doel !== undefined && !beleid.doelen.has(doel)) {
    throw new ApiError(
      'ongeldig-verzoek',
      'Het verzoek klopt niet: het doel staat niet in doelen.yaml.',
    );
  }
  const u = uitlegRegie(beleid, doel);
  const t = u.termijnen;
  return c.json(
    {
      beleid: beleid.hash,
      regisseurs: u.regisseurs,
      termijnen: t
        ? { overdracht: t.overdracht ?? null, regie: t.regie ?? null, escalatie: t.escalatie }
        : null,
      stapelregels: u.stapelregels.map(({ regel: r, bronnen }) => ({
        id: r.id,
        minimaal: r.minimaal,
        partners: r.partners,
        maanden: r.maanden,
        ontvanger: r.ontvanger,
        doel: r.doel,
        bronnen,
      })),
      tekst: uitlegRegieTekst(beleid, u),
    },
    200,
  );
};

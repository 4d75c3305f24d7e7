/**
 * @module
 * POST /v1/signalen: register a signal and learn at once, as far as policy allows,
 * which other partners hold a signal on the same entity.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { AARDEN, MELDERS, ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../../policy/categorieen.js';
import { registreer } from '../../use-cases/registreren.js';
import { vereisRolJtiInSchrijfactie } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { OverlapItemSchema, PseudoniemSchema, VersieKoppen } from '../schemas.js';

const DoelId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'een doel is een id uit doelen.yaml');

export const RegistratieSchema = z
  .object({
    pseudoniemen: z
      .array(PseudoniemSchema)
      .min(1)
      .max(20)
      .refine((l) => new Set(l.map((p) => `${p.soort}:${p.waarde}`)).size === l.length, {
        message: 'elk pseudoniem mag maar één keer voorkomen',
      }),
    rol: z.enum(ROLLEN),
    uitbuitingsvormen: z
      .array(z.enum(UITBUITINGSVORMEN))
      .min(1)
      .refine((l) => new Set(l).size === l.length, {
        message: 'elke uitbuitingsvorm maar één keer',
      }),
    sterkte: z.enum(STERKTES),
    gemeente: z
      .string()
      .regex(/^GM\d{4}$/, 'een CBS-gemeentecode is GM gevolgd door vier cijfers')
      .openapi({
        description:
          'CBS-code van een gemeente uit het werkgebied van uw organisatie in het beleid (partners.yaml).',
        example: 'GM0402',
      }),
    aard: z.enum(AARDEN).default('signaal').openapi({
      description:
        'Wat de registratie is: een advies (een professional vraagt advies), een melding of een eigen signaal. Telt mee in de cijfers.',
    }),
    melder: z.enum(MELDERS).default('professional').openapi({
      description:
        'Wie het aan uw organisatie meldde, als soort; nooit wie. Telt mee in de cijfers.',
    }),
    doel: DoelId.optional().openapi({
      description: 'Het doel van het signaal. Noem doel of doelen, niet allebei.',
      example: 'zorgcoordinatie',
    }),
    doelen: z
      .array(DoelId)
      .min(1)
      .max(10)
      .refine((l) => new Set(l).size === l.length, { message: 'elk doel maar één keer' })
      .optional()
      .openapi({
        description:
          'Meer doelen voor één signaal, zoals zorgcoördinatie én casusoverleg: elke overlap wordt per doel beslist en vastgelegd. Noem doel of doelen, niet allebei.',
        example: ['zorgcoordinatie', 'casusoverleg'],
      }),
    nietInformeren: z.boolean().default(false).openapi({
      description: 'Betrokkene niet informeren (beperkt wat een inzageverzoek laat zien)',
    }),
    referentie: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, 'een referentie is 1 tot 64 tekens: letters, cijfers, . _ -')
      .optional()
      .openapi({ description: 'Uw eigen, betekenisloze zaaknummer', example: 'VT-2026-0042' }),
  })
  .strict()
  .refine((r) => (r.doel === undefined) !== (r.doelen === undefined), {
    error: 'noem het doel met doel of met doelen, precies een van beide',
  })
  .openapi('Registratie');

export const RegistratieAntwoordSchema = z
  .object({
    id: z.string(),
    geregistreerdOp: z.string().openapi({ format: 'date-time' }),
    vervaltOp: z.string().openapi({ format: 'date-time' }),
    overlap: z.array(OverlapItemSchema),
  })
  .openapi('RegistratieAntwoord');

export const route = createRoute({
  method: 'post',
  path: '/signalen',
  tags: ['Signalen'],
  summary: 'Registreer een signaal',
  operationId: 'registreerSignaal',
  description:
    'Registreert een signaal van uw organisatie en geeft meteen de overlap met signalen van andere partners, voor zover het beleid dat toestaat. Elke verstrekking staat in het logboek voordat het antwoord vertrekt. Elke poging telt mee voor de quota van uw organisatie (registraties en pseudoniemen per uur en per dag); daarboven volgt 429 met Retry-After en wordt niets geregistreerd.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRolJtiInSchrijfactie('partner')] as const,
  request: {
    body: { content: { 'application/json': { schema: RegistratieSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Signaal geregistreerd',
      headers: VersieKoppen,
      content: { 'application/json': { schema: RegistratieAntwoordSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'te-groot',
      'niet-toegestaan-door-beleid',
      'te-veel-verzoeken',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const antwoord = await registreer(c.var, c.req.valid('json'));
  c.header('Location', `/v1/signalen/${antwoord.id}`);
  return c.json(antwoord, 201);
};

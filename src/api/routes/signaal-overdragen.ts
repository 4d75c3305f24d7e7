/**
 * @module
 * POST /v1/signalen/{id}/overdrachten: hand an own signal to another partner for a doel
 * (issue 16). Two keys: an `overdragen` rule of your organisation and the recipient's
 * `ontvangen` for the doel. A refusal is logged as a weigering before the 422 leaves.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { draagOver } from '../../use-cases/overdragen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { foutAntwoorden } from '../problem.js';
import { SignaalIdParam, VersieKoppen } from '../schemas.js';

const OverdrachtVerzoekSchema = z
  .object({
    naar: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'een ontvanger is een partner-id uit het beleid')
      .optional()
      .openapi({
        description:
          'De ontvanger: een partner-id uit het beleid. Noem naar of ketenrol, niet allebei.',
        example: 'zorgcoordinator-gv',
      }),
    ketenrol: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'een ketenrol is een naam uit ketenrollen in partners.yaml')
      .optional()
      .openapi({
        description:
          'De ontvanger als rol in de keten, zoals meldpunt of zorgcoordinator: de poort zoekt in het beleid (ketenrollen in partners.yaml) op welke partner die rol vervult. Noem naar of ketenrol, niet allebei.',
        example: 'meldpunt',
      }),
    doel: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/, 'een doel is een id uit doelen.yaml')
      .openapi({ example: 'zorgcoordinatie' }),
    referentie: z
      .string()
      .regex(
        /^[A-Za-z0-9-]{1,32}$/,
        'een referentie is 1 tot 32 tekens: letters, cijfers en streepjes',
      )
      .optional()
      .openapi({
        description:
          'Uw eigen betekenisloze kenmerk, nooit een naam. Geweigerd als het een BSN, telefoonnummer, IBAN of kenteken is.',
        example: 'HV-2026-0042',
      }),
  })
  .strict()
  .refine((v) => (v.naar === undefined) !== (v.ketenrol === undefined), {
    error: 'noem de ontvanger met naar of met ketenrol, precies een van beide',
  })
  .openapi('OverdrachtVerzoek');

export const OverdrachtSchema = z
  .object({
    id: z.string(),
    naar: z.string().openapi({ description: 'De partner die de overdracht ontving' }),
    ketenrol: z
      .string()
      .optional()
      .openapi({ description: 'De ketenrol waaraan u overdroeg, als u die noemde' }),
    doel: z.string(),
    status: z.literal('open'),
    logboekId: z
      .number()
      .int()
      .openapi({ description: 'Het blad van het logboek met de overdracht' }),
  })
  .openapi('Overdracht');

export const route = createRoute({
  method: 'post',
  path: '/signalen/{id}/overdrachten',
  tags: ['Overdrachten'],
  summary: 'Draag een eigen signaal over',
  operationId: 'draagSignaalOver',
  description:
    'Draagt een eigen signaal over aan een andere partner voor een doel, of aan de partner die volgens het beleid een ketenrol vervult (het regionale meldpunt, de zorgcoördinator). Dat mag alleen als een overdrachtsregel van uw organisatie het toestaat en de ontvanger voor dat doel mag ontvangen. De ontvanger krijgt een bericht met uw functionele contact en wat de regel toestaat; de identiteit zelf gaat buiten de poort om. Een weigering staat in het logboek.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] as const,
  request: {
    params: SignaalIdParam,
    body: { content: { 'application/json': { schema: OverdrachtVerzoekSchema } }, required: true },
  },
  responses: {
    201: {
      description: 'Overdracht gedaan',
      headers: VersieKoppen,
      content: { 'application/json': { schema: OverdrachtSchema } },
    },
    ...foutAntwoorden(
      'ongeldig-verzoek',
      'niet-geauthenticeerd',
      'geen-toegang',
      'niet-gevonden',
      'te-groot',
      'niet-toegestaan-door-beleid',
    ),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const antwoord = await draagOver(c.var, c.req.valid('param').id, c.req.valid('json'));
  return c.json(antwoord, 201);
};

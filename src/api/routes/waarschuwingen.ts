/**
 * @module
 * GET /v1/waarschuwingen: the FG reads the warnings about partners' own requests: a try above
 * a quota (refused with 429), or more withdrawals soon after registering than the policy lets
 * pass. The gateway's FG sees every partner's; a partner's FG only its own organisation's.
 * Kept apart from the logboek, whose size every partner can read.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { leesWaarschuwingen } from '../../use-cases/waarschuwingen-lezen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { foutAntwoorden } from '../problem.js';
import { cursorVelden, VersieKoppen } from '../schemas.js';

const tijd = (description: string) => z.string().openapi({ format: 'date-time', description });

const WaarschuwingSchema = z
  .object({
    id: z.number().int().openapi({ description: 'Cursor: geef deze door als `na`' }),
    partner: z.string().openapi({ description: 'De partner om wiens verzoeken het gaat' }),
    gebruiker: z.string().openapi({ description: 'Medewerker- of functie-id uit het token' }),
    aanleiding: z.enum(['quotum', 'snelle-intrekkingen']).openapi({
      description:
        '`quotum`: een poging boven een quotum, geweigerd met 429 (of 422 bij een te grote batch). `snelle-intrekkingen`: meer intrekkingen kort na het registreren dan het beleid zonder waarschuwing toestaat.',
    }),
    teller: z
      .enum(['registraties', 'pseudoniemen', 'overlapvragen', 'intrekkingen', 'batch'])
      .openapi({ description: 'Wat er geteld werd' }),
    venster: z.enum(['uur', 'dag']).openapi({ description: 'Klokuur of dag (UTC) van de telling' }),
    vensterVan: tijd('Begin van het venster'),
    vensterTot: tijd('Eind van het venster (exclusief)'),
    limiet: z.number().int().openapi({ description: 'Het quotum, of de drempel, uit het beleid' }),
    aantal: z.number().int().openapi({
      description:
        'Hoe vaak het in dit venster gebeurde: geweigerde pogingen, of snelle intrekkingen boven de drempel',
    }),
    eersteOp: tijd('De eerste keer'),
    laatsteOp: tijd('De laatste keer tot nu'),
  })
  .openapi('Waarschuwing');

const WaarschuwingenSchema = z
  .object({
    waarschuwingen: z.array(WaarschuwingSchema),
    volgende: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Cursor voor het volgende verzoek; null als er niets meer is' }),
  })
  .openapi('Waarschuwingen');

export const route = createRoute({
  method: 'get',
  path: '/waarschuwingen',
  tags: ['Waarschuwingen'],
  summary: 'Waarschuwingen voor de FG',
  operationId: 'waarschuwingen',
  description:
    'Pogingen boven een quotum en snelle intrekkingen, per partner, gebruiker en venster, oudste eerst. De FG van de poort ziet alle partners; de FG van een partner alleen de eigen organisatie. Een waarschuwing volgt alleen uit de eigen verzoeken van een partner, nooit uit de vraag of een registratie overlap had. Aantal en laatste keer lopen op zolang het venster duurt. Lees verder met de cursor `na`.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('fg')] as const,
  request: {
    query: z
      .object({
        partner: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .openapi({ description: 'Alleen waarschuwingen over deze partner' }),
        ...cursorVelden(1000),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Waarschuwingen, oudste eerst',
      headers: VersieKoppen,
      content: { 'application/json': { schema: WaarschuwingenSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

const iso = (ms: number) => new Date(ms).toISOString();

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { partner, na, limiet } = c.req.valid('query');
  const { waarschuwingen, volgende } = await leesWaarschuwingen(c.var, partner, na, limiet);
  const antwoord = waarschuwingen.map(({ vanaf, tot, eersteOp, laatsteOp, ...w }) => ({
    ...w,
    vensterVan: iso(vanaf),
    vensterTot: iso(tot),
    eersteOp: iso(eersteOp),
    laatsteOp: iso(laatsteOp),
  }));
  return c.json({ waarschuwingen: antwoord, volgende }, 200);
};

/**
 * @module
 * GET /v1/meldingen: the partner's inbox of later matches on its own signals.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { leesMeldingen } from '../../use-cases/meldingen-lezen.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import {
  AntwoordBerichtSchema,
  OverdrachtBerichtSchema,
  TerugkoppelingBerichtSchema,
  TerugkoppelingsvraagBerichtSchema,
} from '../overdracht-schemas.js';
import { foutAntwoorden } from '../problem.js';
import {
  EscalatieBerichtSchema,
  RegieantwoordBerichtSchema,
  RegieBerichtSchema,
  RegievoorstelBerichtSchema,
  StapelBerichtSchema,
  TermijnBerichtSchema,
} from '../regie-schemas.js';
import { cursorVelden, OverlapItemSchema, VersieKoppen } from '../schemas.js';

const MeldingSchema = z
  .object({
    id: z
      .number()
      .int()
      .openapi({ description: 'Cursor: geef deze door als `na` voor de volgende' }),
    signaal: z.string().optional().openapi({
      description:
        'Id van uw eigen signaal waar het bericht over gaat; ontbreekt bij een overdracht aan u',
    }),
    ontvangenOp: z.string().openapi({ format: 'date-time' }),
    overlap: OverlapItemSchema.optional().openapi({
      description: 'Latere overlap op uw eigen signaal',
    }),
    overdracht: OverdrachtBerichtSchema.optional(),
    antwoord: AntwoordBerichtSchema.optional(),
    terugkoppeling: TerugkoppelingBerichtSchema.optional(),
    terugkoppelingsvraag: TerugkoppelingsvraagBerichtSchema.optional(),
    regievoorstel: RegievoorstelBerichtSchema.optional(),
    regieantwoord: RegieantwoordBerichtSchema.optional(),
    regie: RegieBerichtSchema.optional(),
    termijn: TermijnBerichtSchema.optional(),
    escalatie: EscalatieBerichtSchema.optional(),
    stapel: StapelBerichtSchema.optional(),
  })
  .openapi('Melding');

const MeldingenSchema = z
  .object({
    meldingen: z.array(MeldingSchema),
    volgende: z.number().int().openapi({ description: 'Cursor voor het volgende verzoek' }),
  })
  .openapi('Meldingen');

export const route = createRoute({
  method: 'get',
  path: '/meldingen',
  tags: ['Meldingen'],
  summary: 'Inbox van latere overlap',
  operationId: 'meldingen',
  description:
    'Overlap die later is ontstaan op uw eigen signalen, voor zover het beleid van de bron een melding toestaat. Lees verder met de cursor `na`.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('partner')] as const,
  request: {
    query: z
      .object({
        ...cursorVelden(500),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'Meldingen, oudste eerst',
      headers: VersieKoppen,
      content: { 'application/json': { schema: MeldingenSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { na, limiet } = c.req.valid('query');
  const { meldingen, volgende } = await leesMeldingen(c.var, na, limiet);
  const antwoord = meldingen.map((m) => {
    const basis = { id: m.id, ontvangenOp: new Date(m.aangemaaktOp).toISOString() };
    const { bericht, ...inhoud } = m.inhoud;
    // Issue 16: an overdracht or an answer; no other partner's signal id is ever shown.
    if (bericht === 'overdracht') {
      return { ...basis, overdracht: { ...inhoud, logboekId: m.logboek } };
    }
    if (bericht === 'terugkoppelingsvraag') {
      const { signaal, ...rest } = inhoud;
      return { ...basis, signaal, terugkoppelingsvraag: { ...rest, logboekId: m.logboek } };
    }
    if (bericht === 'terugkoppeling') {
      return { ...basis, terugkoppeling: { ...inhoud, logboekId: m.logboek } };
    }
    // Issue 17: a passed termijn, and an escalation to you: no signal id of another partner.
    if (bericht === 'termijn' || bericht === 'escalatie' || bericht === 'stapel') {
      return { ...basis, [bericht]: { ...inhoud, logboekId: m.logboek } };
    }
    // Issue 17: regie, on the member signal of yours it concerns.
    if (bericht === 'regievoorstel' || bericht === 'regieantwoord' || bericht === 'regie') {
      return { ...basis, signaal: m.signaalId, [bericht]: { ...inhoud, logboekId: m.logboek } };
    }
    if (bericht === 'antwoord') {
      const { signaal, ...rest } = inhoud;
      return {
        ...basis,
        ...(signaal ? { signaal } : {}),
        antwoord: { ...rest, logboekId: m.logboek },
      };
    }
    return { ...basis, signaal: m.signaalId, overlap: { ...m.inhoud, logboekId: m.logboek } };
  });
  return c.json({ meldingen: antwoord, volgende } as never, 200);
};

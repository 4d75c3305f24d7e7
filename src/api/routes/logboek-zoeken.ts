/**
 * @module
 * GET /v1/logboek: the FG searches the logboek. The gateway's FG sees every entry; a
 * partner's FG only those in which its own organisation acts, is the bron or the ontvanger.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ACTIES } from '../../logboek/entry.js';
import { leesTijdstip, TIJDSTIP_VORMEN } from '../../logboek/tijdstip.js';
import { zoekLogboek } from '../../use-cases/logboek-zoeken.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { LogboekRegelSchema } from '../logboek-regel.js';
import { foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

/** A moment as the CLI takes it too: a date (00:00 Dutch time) or a time with its zone. */
const tijdstip = (description: string) =>
  z
    .string()
    .refine((t) => leesTijdstip(t) !== undefined, `verwacht ${TIJDSTIP_VORMEN}`)
    .optional()
    .openapi({
      description: `${description}. Een datum (\`2026-03-01\`) is 00:00 Nederlandse tijd (Europe/Amsterdam); een tijdstip draagt zijn tijdzone (\`2026-03-01T09:00:00+01:00\`).`,
      example: '2026-03-01',
    });

const tekstFilter = (description: string) =>
  z.string().min(1).max(200).optional().openapi({ description });

const Zoekvraag = z
  .object({
    van: tijdstip('Vanaf dit moment (inclusief)'),
    tot: tijdstip('Tot dit moment (exclusief): `tot=2026-03-02` neemt 1 maart nog helemaal mee'),
    actie: z.enum(ACTIES).optional(),
    partner: tekstFilter('Handelende partner (een partner-id uit het beleid, of `ketenpoort`)'),
    bron: tekstFilter('Bron van de gegevens (een partner-id uit het beleid)'),
    ontvanger: tekstFilter('Ontvanger (een partner-id uit het beleid)'),
    doel: tekstFilter('Doel (een doel-id uit het beleid)'),
    grondslag: tekstFilter('Grondslag-id'),
    regel: tekstFilter('Regel-id'),
    signaal: z.string().uuid().optional().openapi({ description: 'Signaal-id' }),
    beleid: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'een beleidshash is 64 hexadecimale tekens')
      .optional()
      .openapi({ description: 'Hash van de beleidsset' }),
    na: z.coerce
      .number()
      .int()
      .min(0)
      .default(0)
      .openapi({ description: 'Cursor: nummer van een blad (exclusief)' }),
    limiet: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

const ZoekresultaatSchema = z
  .object({
    regels: z.array(LogboekRegelSchema),
    volgende: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Cursor voor het volgende verzoek; null als er niets meer is' }),
  })
  .openapi('LogboekZoekresultaat');

export const route = createRoute({
  method: 'get',
  path: '/logboek',
  tags: ['Logboek'],
  summary: 'Zoek in het logboek',
  operationId: 'zoekLogboek',
  description:
    'Logboekregels die aan alle gegeven filters voldoen (een partner, doel of actie die het beleid niet kent, geeft 400), oudste eerst, per blad (één per verzoek) en nooit een blad half. De FG van de poort ziet alles; de FG van een partner alleen regels waarin de eigen organisatie handelt, bron of ontvanger is, zonder volgnummer. Lees verder met de cursor `na`.',
  security: [{ partnerToken: [] }],
  middleware: [vereisRol('fg')] as const,
  request: { query: Zoekvraag },
  responses: {
    200: {
      description: 'Logboekregels, oudste eerst',
      headers: VersieKoppen,
      content: { 'application/json': { schema: ZoekresultaatSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { na, limiet, van, tot, ...filter } = c.req.valid('query');
  const tijden = {
    van: van === undefined ? undefined : leesTijdstip(van),
    tot: tot === undefined ? undefined : leesTijdstip(tot),
  };
  const uitkomst = await zoekLogboek(c.var, { ...filter, ...tijden }, na, limiet);
  return c.json(uitkomst as never, 200);
};

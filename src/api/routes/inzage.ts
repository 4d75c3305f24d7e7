/**
 * @module
 * POST /v1/inzage: the FG answers an inzageverzoek (AVG art. 15) with the pseudonyms of the
 * betrokkene, computed locally with `ketenpoort pseudoniem`. The answer separates what goes
 * to the betrokkene from what is held back (AVG art. 23, UAVG art. 41) and why; the inzage
 * itself is logged before the answer is sent.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { VOORBEHOUD_PARTNER_FG } from '../../logboek/inzage.js';
import { beantwoordInzage } from '../../use-cases/inzage.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { GrondSchema, InzageRegelSchema, inzageWeergave } from '../inzage-weergave.js';
import { foutAntwoorden } from '../problem.js';
import { PseudoniemSchema, VersieKoppen } from '../schemas.js';

const InzageverzoekSchema = z
  .object({
    pseudoniemen: z
      .array(PseudoniemSchema)
      .min(1)
      .max(50)
      .openapi({ description: 'Alle pseudoniemen van de betrokkene die de FG kent (v1)' }),
  })
  .strict()
  .openapi('Inzageverzoek');

const InzageSchema = z
  .object({
    rapport: z.array(InzageRegelSchema).openapi({
      description: 'Voor de betrokkene: registraties, verstrekkingen, intrekkingen',
    }),
    achtergehouden: z
      .array(z.object({ regel: InzageRegelSchema, gronden: z.array(GrondSchema) }))
      .openapi({ description: 'Alleen voor de FG: niet in het rapport, met de grond' }),
    overig: z.array(InzageRegelSchema).openapi({
      description: 'Alleen voor de FG: weigeringen (er is niets verstrekt) en eerdere inzages',
    }),
    bereik: z.string().nullable().openapi({
      description: 'null: het hele logboek; anders alleen regels van deze organisatie',
    }),
    voorbehoud: z.string().nullable().openapi({
      description:
        'Voor de FG van een partner altijd dezelfde zin: de FG van de poort kan regels over de organisatie achterhouden, ook als dat hier niet zo is. null voor de FG van de poort.',
    }),
    logboekId: z
      .number()
      .int()
      .openapi({ description: 'Het blad van het logboek (één per verzoek) met deze inzage' }),
  })
  .openapi('Inzage');

export const route = createRoute({
  method: 'post',
  path: '/inzage',
  tags: ['Logboek'],
  summary: 'Beantwoord een inzageverzoek',
  operationId: 'inzage',
  description:
    'Alle logboekregels over de betrokkene met deze pseudoniemen: wie registreerde, wat aan wie is verstrekt, wanneer, voor welk doel en op welke grondslag. Regels over een signaal met "niet informeren", regels van een partner voor een doel waarop zijn beleid een inzagebeperking legt, en elke regel die het bestaan daarvan verraadt, staan apart, met de grond, alleen voor de FG. De FG van een partner ziet alleen regels van de eigen organisatie, en regels die om de grond van een andere partner zijn achtergehouden helemaal niet; het voorbehoud zegt dat altijd. De inzage zelf wordt gelogd.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('fg')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: InzageverzoekSchema } } },
  },
  responses: {
    200: {
      description: 'Het inzageoverzicht',
      headers: VersieKoppen,
      content: { 'application/json': { schema: InzageSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'te-groot'),
  },
});

export const handler: AppRouteHandler<typeof route> = async (c) => {
  const { pseudoniemen } = c.req.valid('json');
  const uitkomst = await beantwoordInzage(c.var, pseudoniemen);
  const { regel, grond } = inzageWeergave(
    c.var.diensten.beleid,
    uitkomst.signalen,
    uitkomst.bereik,
  );
  return c.json(
    {
      rapport: uitkomst.rapport.map(regel),
      achtergehouden: uitkomst.achtergehouden.map((a) => ({
        regel: regel(a.entry),
        gronden: a.gronden.map(grond),
      })),
      overig: uitkomst.overig.map(regel),
      bereik: uitkomst.bereik,
      voorbehoud: uitkomst.bereik === null ? null : VOORBEHOUD_PARTNER_FG,
      logboekId: uitkomst.logboekId,
    },
    200,
  );
};

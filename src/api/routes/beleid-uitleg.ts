/**
 * @module
 * POST /v1/beleid/uitleg: explain a decision of the loaded policy set, as
 * `ketenpoort beleid uitleg` does: rules that apply or not and why, the verbod that wins,
 * the second key and the grondslagen. For the jurist and the FG; discloses nothing about
 * signals, only what the policy says.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN, VELDEN } from '../../policy/categorieen.js';
import { REDENEN } from '../../policy/reden.js';
import { controleerVraag } from '../../policy/uitleg.js';
import { uitlegGroepen } from '../../policy/uitleg-groepen.js';
import { uitlegTekst } from '../../policy/uitleg-tekst.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { GRENS_STANDAARD, grootteGrens } from '../grootte-grens.js';
import { ApiError, foutAntwoorden } from '../problem.js';
import { VersieKoppen } from '../schemas.js';

const id = (voorbeeld: string) =>
  z
    .string()
    .regex(/^[a-z0-9.-]{1,64}$/, 'een id uit het beleid')
    .openapi({ example: voorbeeld });

const UitlegVraagSchema = z
  .object({
    bron: id('vtgv'),
    ontvanger: id('tmm'),
    doel: id('opsporing'),
    signaal: z
      .object({
        uitbuitingsvormen: z.array(z.enum(UITBUITINGSVORMEN)).max(7).default([]),
        sterkte: z.enum(STERKTES).optional().openapi({ description: 'Weglaten: elke sterkte' }),
        rol: z.enum(ROLLEN).optional().openapi({ description: 'Weglaten: elke rol' }),
      })
      .strict(),
  })
  .strict()
  .openapi('UitlegVraag');

const RegelToetsSchema = z
  .object({
    id: z.string(),
    titel: z.string(),
    uitleg: z.string(),
    positie: z.object({ bestand: z.string(), regel: z.number().int(), kolom: z.number().int() }),
    past: z.boolean(),
    waarom: z.array(z.string()).openapi({ description: 'Elke voorwaarde die niet klopt' }),
    gegevens: z.array(z.enum(VELDEN)),
    grondslagen: z.array(z.string()),
    melden: z.boolean(),
  })
  .openapi('RegelToets');

const UitkomstSchema = z
  .object({
    signalen: z.array(z.object({ sterkte: z.enum(STERKTES), rol: z.enum(ROLLEN) })),
    besluit: z.object({
      toegestaan: z.boolean(),
      gegevens: z.array(z.enum(VELDEN)),
      melden: z.boolean(),
      regels: z.array(z.string()),
      grondslagen: z.array(z.string()),
      reden: z.string(),
    }),
    reden: z.enum(REDENEN).nullable(),
    toestemmingen: z.array(RegelToetsSchema),
    verboden: z.array(RegelToetsSchema),
    ontvangst: z.object({ mag: z.boolean(), grondslagen: z.array(z.string()) }),
    grondslagen: z.array(
      z.object({
        id: z.string(),
        titel: z.string(),
        wet: z.string(),
        artikel: z.string(),
        link: z.string(),
        toelichting: z.string(),
      }),
    ),
    tekst: z.string().openapi({ description: 'De uitleg in gewone taal' }),
  })
  .openapi('UitlegUitkomst');

const UitlegSchema = z
  .object({ beleid: z.string(), uitkomsten: z.array(UitkomstSchema) })
  .openapi('Uitleg');

export const route = createRoute({
  method: 'post',
  path: '/beleid/uitleg',
  tags: ['Beleid'],
  summary: 'Leg een besluit van het beleid uit',
  operationId: 'legBesluitUit',
  description:
    'Wat mag de ontvanger, voor dit doel, weten over een signaal van de bron met deze categorieën? Geeft het besluit met elke regel die past of niet (en welke voorwaarde niet klopt), het verbod dat voorgaat, de tweede sleutel en de grondslagen. Laat sterkte of rol weg voor het besluit bij elke waarde. Voor de rollen jurist en fg.',
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('jurist', 'fg')] as const,
  request: {
    body: { content: { 'application/json': { schema: UitlegVraagSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'De uitleg, per groep signalen met dezelfde uitkomst',
      headers: VersieKoppen,
      content: { 'application/json': { schema: UitlegSchema } },
    },
    ...foutAntwoorden('ongeldig-verzoek', 'niet-geauthenticeerd', 'geen-toegang', 'te-groot'),
  },
});

export const handler: AppRouteHandler<typeof route> = (c) => {
  const { beleid } = c.var.diensten;
  const vraag = c.req.valid('json');
  const problemen = controleerVraag(
    beleid,
    {
      ...vraag,
      signaal: {
        ...vraag.signaal,
        sterkte: vraag.signaal.sterkte ?? 'zacht',
        rol: vraag.signaal.rol ?? 'overig',
      },
    },
    { noemWaarde: false },
  );
  if (problemen.length > 0) throw new ApiError('ongeldig-verzoek', problemen.join(' '));
  const uitkomsten = uitlegGroepen(beleid, vraag).map(({ signalen, uitleg: u }) => ({
    signalen,
    besluit: {
      ...u.besluit,
      gegevens: [...u.besluit.gegevens],
      regels: [...u.besluit.regels],
      grondslagen: [...u.besluit.grondslagen],
    },
    reden: u.reden ?? null,
    toestemmingen: u.toestemmingen.map(toets),
    verboden: u.verboden.map(toets),
    ontvangst: { mag: u.ontvangst.mag, grondslagen: [...u.ontvangst.grondslagen] },
    grondslagen: u.grondslagen.map((g) => ({ ...g })),
    tekst: uitlegTekst(beleid, u),
  }));
  return c.json({ beleid: beleid.hash, uitkomsten }, 200);
};

function toets(t: ReturnType<typeof uitlegGroepen>[number]['uitleg']['toestemmingen'][number]) {
  return {
    ...t,
    positie: { ...t.positie },
    gegevens: [...t.gegevens] as Array<(typeof VELDEN)[number]>,
    grondslagen: [...t.grondslagen],
    waarom: [...t.waarom],
  };
}

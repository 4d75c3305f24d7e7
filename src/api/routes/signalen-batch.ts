/**
 * @module
 * POST /v1/signalen/batch: register up to 1,000 signals in one request, as a case system
 * does when it connects or catches up. Each item is validated on its own and registered
 * exactly as by POST /v1/signalen (`registreerReeks`): each its own atomic write of signal,
 * logboek entries and notices, which the store may commit together, before any overlap is
 * shown. Each item gets its own status.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { type Registratie, registreerReeks } from '../../use-cases/registreren.js';
import { vereisRol } from '../auth/vereis-rol.js';
import type { AppRouteHandler } from '../context.js';
import { grootteGrens } from '../grootte-grens.js';
import { ApiError, alsProbleem, foutAntwoorden, ProbleemSchema } from '../problem.js';
import { VersieKoppen } from '../schemas.js';
import { type Issue, validatieDetail } from '../validatie-detail.js';
import { RegistratieAntwoordSchema, RegistratieSchema } from './signalen-registreer.js';

/** At most this many signals per request, so one request never holds the store for long. */
export const MAX_BATCH = 1000;

/**
 * The body limit of a batch: {@link MAX_BATCH} maximal items (20 pseudonyms, every field at
 * its longest) are 2.0 MB as compact JSON and 3.8 MB indented by four spaces.
 */
export const GRENS_BATCH = 4 * 1024 * 1024;

const BatchSchema = z
  .object({
    signalen: z
      .array(
        // Items are checked one by one in the handler, so one bad item does not stop the rest.
        z.unknown().openapi({
          nullable: false,
          allOf: [{ $ref: '#/components/schemas/Registratie' }],
        } as never),
      )
      .min(1)
      .max(MAX_BATCH)
      .openapi({ description: `1 tot ${MAX_BATCH} registraties, in de volgorde van verwerking` }),
  })
  .strict()
  .openapi('Batchregistratie');

const BatchResultaatSchema = z
  .object({
    index: z.number().int().openapi({ description: 'Plaats van het item in `signalen`' }),
    status: z.number().int().openapi({
      description: 'HTTP-status die dit item als los verzoek had gekregen (201, 400, 422 of 500)',
      example: 201,
    }),
    signaal: RegistratieAntwoordSchema.optional().openapi({ description: 'Bij status 201' }),
    probleem: ProbleemSchema.optional().openapi({ description: 'Bij elke andere status' }),
  })
  .openapi('BatchResultaat');

const BatchAntwoordSchema = z
  .object({
    geregistreerd: z.number().int(),
    geweigerd: z.number().int(),
    resultaten: z.array(BatchResultaatSchema),
  })
  .openapi('BatchAntwoord');

export type BatchAntwoord = z.infer<typeof BatchAntwoordSchema>;

export const route = createRoute({
  method: 'post',
  path: '/signalen/batch',
  tags: ['Signalen'],
  summary: 'Registreer een reeks signalen',
  operationId: 'registreerSignalenBatch',
  description: `Registreert tot ${MAX_BATCH} signalen in volgorde, elk precies zoals POST /signalen: elk item wordt apart gecontroleerd, apart vastgelegd met zijn logboekregels en krijgt een eigen status en overlap. Een ongeldig item houdt de andere niet tegen. De batch telt als geheel mee voor de quota van uw organisatie: meer signalen dan uw quotum per batch geeft 422, boven een quotum per uur of per dag volgt 429 met Retry-After; in beide gevallen wordt niets geregistreerd.`,
  security: [{ partnerToken: [] }],
  middleware: [grootteGrens(GRENS_BATCH), vereisRol('partner')] as const,
  request: {
    body: { content: { 'application/json': { schema: BatchSchema } }, required: true },
  },
  responses: {
    200: {
      description: 'Alle items verwerkt; de status per item staat in `resultaten`',
      headers: VersieKoppen,
      content: { 'application/json': { schema: BatchAntwoordSchema } },
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
  const { signalen } = c.req.valid('json');
  const verzoekId = c.var.verzoek.id;
  const resultaten: BatchAntwoord['resultaten'] = [];
  const geldig: Array<{ index: number; registratie: Registratie }> = [];
  for (const [index, item] of signalen.entries()) {
    const registratie = RegistratieSchema.safeParse(item);
    if (registratie.success) geldig.push({ index, registratie: registratie.data });
    else {
      const probleem = ongeldigItem(index, registratie.error.issues);
      resultaten[index] = { index, status: probleem.status, probleem: probleem.body(verzoekId) };
    }
  }
  // In order, committed together: a later item sees an earlier one as separate POSTs would,
  // and no item's overlap is shown before every item's logboek entries are committed.
  const uitkomsten = await registreerReeks(
    c.var,
    geldig.map((g) => g.registratie),
  );
  for (const [k, { index }] of geldig.entries()) {
    const uit = uitkomsten[k];
    resultaten[index] =
      uit !== undefined && !(uit instanceof Error)
        ? { index, status: 201, signaal: uit }
        : { index, ...probleemVan(uit, verzoekId, c.var.diensten.logFout) };
  }
  const geregistreerd = resultaten.filter((r) => r.status === 201).length;
  return c.json({ geregistreerd, geweigerd: signalen.length - geregistreerd, resultaten }, 200);
};

/** The item's problem; an unknown error is logged server-side and answered generically. */
function probleemVan(
  fout: unknown,
  verzoekId: string,
  logFout: (verzoekId: string, fout: unknown) => void,
) {
  const probleem = alsProbleem(
    fout,
    verzoekId,
    logFout,
    'Er ging iets mis in de gateway. Voor dit item is niets verstrekt. Noem het verzoek-id aan de beheerder.',
  );
  return { status: probleem.status, probleem: probleem.body(verzoekId) };
}

/** Names the wrong fields of item `index`, never a key or value of the client (as a POST does). */
function ongeldigItem(index: number, issues: readonly Issue[]) {
  const detail = validatieDetail(issues, RegistratieSchema, 'veld', ['signalen', index]);
  return new ApiError('ongeldig-verzoek', `Dit item klopt niet: ${detail}.`);
}

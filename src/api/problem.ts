/**
 * @module
 * One error type and one table from error code to HTTP status and problem type
 * (RFC 9457). The OpenAPI error responses are generated from the same table, so
 * the documented statuses cannot drift from what the code sends.
 */
import { z } from '@hono/zod-openapi';
import { ApiError, PROBLEMEN, type ProbleemCode, probleemType } from '../use-cases/fout.js';
import { API_VERSIE } from './schemas.js';

export { ApiError, type ProbleemCode, probleemType } from '../use-cases/fout.js';

/**
 * The one mapping from an error to the problem the client sees: an {@link ApiError} as it
 * is, anything else logged server-side (with the request id) and answered generically.
 */
export function alsProbleem(
  fout: unknown,
  verzoekId: string,
  logFout: (verzoekId: string, fout: unknown) => void,
  detail = 'Er ging iets mis in de gateway. Er is niets verstrekt. Noem het verzoek-id aan de beheerder.',
): ApiError {
  if (fout instanceof ApiError) return fout;
  logFout(verzoekId, fout);
  return new ApiError('interne-fout', detail);
}

/** The problem+json response of `probleem`, with the headers every answer carries. */
export function probleemAntwoord(probleem: ApiError, verzoekId: string): Response {
  return new Response(JSON.stringify(probleem.body(verzoekId)), {
    status: probleem.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'API-Version': API_VERSIE,
      'Request-Id': verzoekId,
      ...(probleem.opnieuwNa === undefined ? {} : { 'Retry-After': String(probleem.opnieuwNa) }),
    },
  });
}

export const ProbleemSchema = z
  .object({
    type: z.string().openapi({ example: probleemType('niet-gevonden') }),
    title: z.string().openapi({ example: PROBLEMEN['niet-gevonden'].title }),
    status: z.number().int().openapi({ example: 404 }),
    detail: z.string().openapi({ example: 'Er is geen signaal van uw organisatie met dit id.' }),
    instance: z.string().openapi({ example: 'urn:uuid:0b9d5b7e-6f1c-4a3e-9f0a-2c3d4e5f6a7b' }),
  })
  .openapi('Probleem');

/** The header of a 429: when the window of the full quota ends. */
const OpnieuwNaKoppen = z.object({
  'Retry-After': z.number().int().min(1).openapi({
    description:
      'Seconden tot het venster van het bereikte quotum voorbij is (RFC 9110, paragraaf 10.2.3)',
    example: 1800,
  }),
});

/** OpenAPI responses for the given codes, plus the generic internal error. */
export function foutAntwoorden(...codes: ProbleemCode[]) {
  const alle = new Set<ProbleemCode>([...codes, 'interne-fout']);
  const antwoorden: Record<
    number,
    {
      description: string;
      headers?: typeof OpnieuwNaKoppen;
      content: { 'application/problem+json': { schema: typeof ProbleemSchema } };
    }
  > = {};
  for (const code of alle) {
    const { status, title } = PROBLEMEN[code];
    const bestaand = antwoorden[status];
    antwoorden[status] = {
      description: bestaand ? `${bestaand.description}; ${title}` : title,
      ...(code === 'te-veel-verzoeken' && { headers: OpnieuwNaKoppen }),
      content: { 'application/problem+json': { schema: ProbleemSchema } },
    };
  }
  return antwoorden;
}

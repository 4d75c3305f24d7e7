/**
 * @module
 * One error type and one table from error code to HTTP status and problem type
 * (RFC 9457). The OpenAPI error responses are generated from the same table, so
 * the documented statuses cannot drift from what the code sends.
 */
import { z } from '@hono/zod-openapi';

const PROBLEMEN = {
  'ongeldig-verzoek': { status: 400, title: 'Ongeldig verzoek' },
  'niet-geauthenticeerd': { status: 401, title: 'Niet geauthenticeerd' },
  'geen-toegang': { status: 403, title: 'Geen toegang' },
  'niet-gevonden': { status: 404, title: 'Niet gevonden' },
  'al-ingetrokken': { status: 409, title: 'Signaal is al ingetrokken' },
  'niet-toegestaan-door-beleid': { status: 422, title: 'Niet toegestaan door het beleid' },
  'interne-fout': { status: 500, title: 'Interne fout' },
} as const;

export type ProbleemCode = keyof typeof PROBLEMEN;

/** The problem type URI of a code. */
export function probleemType(code: ProbleemCode): string {
  return `urn:ketenpoort:probleem:${code}`;
}

/** The only error the API throws on purpose; everything else becomes a generic 500. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProbleemCode,
    readonly detail: string,
  ) {
    super(detail);
    this.status = PROBLEMEN[code].status;
  }

  /** The RFC 9457 body; `instance` is the request id, so a user can quote it to the beheerder. */
  body(instance: string) {
    return {
      type: probleemType(this.code),
      title: PROBLEMEN[this.code].title,
      status: this.status,
      detail: this.detail,
      instance,
    };
  }
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

/** OpenAPI responses for the given codes, plus the generic internal error. */
export function foutAntwoorden(...codes: ProbleemCode[]) {
  const alle = new Set<ProbleemCode>([...codes, 'interne-fout']);
  const antwoorden: Record<
    number,
    {
      description: string;
      content: { 'application/problem+json': { schema: typeof ProbleemSchema } };
    }
  > = {};
  for (const code of alle) {
    const { status, title } = PROBLEMEN[code];
    const bestaand = antwoorden[status];
    antwoorden[status] = {
      description: bestaand ? `${bestaand.description}; ${title}` : title,
      content: { 'application/problem+json': { schema: ProbleemSchema } },
    };
  }
  return antwoorden;
}

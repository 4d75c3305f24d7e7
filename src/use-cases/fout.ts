/**
 * @module
 * The one error a use case throws on purpose, and the one table from its code to an HTTP
 * status and an RFC 9457 problem type of our own. The API answers it as problem+json
 * (`src/api/problem.ts`); the CLI prints its detail. Any other error is unexpected.
 */

export const PROBLEMEN = {
  'ongeldig-verzoek': { status: 400, title: 'Ongeldig verzoek' },
  'niet-geauthenticeerd': { status: 401, title: 'Niet geauthenticeerd' },
  'geen-toegang': { status: 403, title: 'Geen toegang' },
  'niet-gevonden': { status: 404, title: 'Niet gevonden' },
  'al-ingetrokken': { status: 409, title: 'Signaal is al ingetrokken' },
  'al-beantwoord': { status: 409, title: 'Overdracht is al beantwoord' },
  'regie-al-beslist': { status: 409, title: 'Regie is al beslist' },
  'te-groot': { status: 413, title: 'Verzoek te groot' },
  'niet-toegestaan-door-beleid': { status: 422, title: 'Niet toegestaan door het beleid' },
  'te-veel-verzoeken': { status: 429, title: 'Quotum bereikt' },
  'interne-fout': { status: 500, title: 'Interne fout' },
  'niet-beschikbaar': { status: 503, title: 'Gateway niet beschikbaar' },
} as const;

export type ProbleemCode = keyof typeof PROBLEMEN;

/** The problem type URI of a code. */
export function probleemType(code: ProbleemCode): string {
  return `urn:ketenpoort:probleem:${code}`;
}

/** The only error thrown on purpose; everything else becomes a generic 500. */
export class ApiError extends Error {
  readonly status: number;
  /** Seconds after which the same request may succeed (RFC 9110 Retry-After), for a 429. */
  readonly opnieuwNa: number | undefined;
  constructor(
    readonly code: ProbleemCode,
    readonly detail: string,
    opties: { opnieuwNa?: number } = {},
  ) {
    super(detail);
    this.status = PROBLEMEN[code].status;
    this.opnieuwNa = opties.opnieuwNa;
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

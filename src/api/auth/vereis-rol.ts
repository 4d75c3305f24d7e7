/**
 * @module
 * Authentication middleware: a valid partner token with the required role, and for
 * state-changing requests a token id (jti) that was never used before (no replay).
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.js';
import { ApiError } from '../problem.js';
import type { ApiRol } from './rollen.js';

const VEILIGE_METHODEN = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requires a bearer token carrying one of `rollen`; sets `identiteit` on the context. */
export function vereisRol(...rollen: [ApiRol, ...ApiRol[]]) {
  return rolMiddleware(rollen, false);
}

/**
 * As {@link vereisRol}, for a route whose write records the token id in its own transaction
 * (POST /v1/signalen, issue 13 item 5): one write less per request. When the request commits
 * nothing (a refusal, an error), the id gets a write of its own after the handler, so a
 * refused request cannot be sent again either.
 */
export function vereisRolJtiInSchrijfactie(...rollen: [ApiRol, ...ApiRol[]]) {
  return rolMiddleware(rollen, true);
}

function rolMiddleware(rollen: readonly ApiRol[], uitgesteld: boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const kop = c.req.header('authorization') ?? '';
    const [schema, token, ...rest] = kop.split(' ');
    if (schema?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
      throw new ApiError(
        'niet-geauthenticeerd',
        'Stuur een token mee in de kop Authorization: Bearer <token>.',
      );
    }
    const { diensten } = c.var;
    const identiteit = await diensten.verifieerToken(token);
    if (!rollen.some((rol) => identiteit.rollen.includes(rol))) {
      throw new ApiError(
        'geen-toegang',
        `Voor dit verzoek is de rol '${rollen.join("' of '")}' nodig.`,
      );
    }
    if (uitgesteld && !VEILIGE_METHODEN.has(c.req.method)) {
      const eenmalig = {
        sleutel: `${identiteit.partner}\u0000${identiteit.jti}`,
        bewaarTot: identiteit.aanvaardTot,
        vastgelegd: false,
      };
      c.set('identiteit', identiteit);
      c.set('eenmalig', eenmalig);
      try {
        await next();
      } finally {
        if (!eenmalig.vastgelegd) {
          await diensten.store.gebruikTokenEenmaal(
            eenmalig.sleutel,
            eenmalig.bewaarTot,
            diensten.klok(),
          );
        }
      }
      return;
    }
    if (!VEILIGE_METHODEN.has(c.req.method)) {
      // Kept until no verifier accepts the token any more, not just until exp: within the
      // clock tolerance after exp the token still verifies, so its jti must still be known.
      const nieuw = await diensten.store.gebruikTokenEenmaal(
        `${identiteit.partner}\u0000${identiteit.jti}`,
        identiteit.aanvaardTot,
        diensten.klok(),
      );
      if (!nieuw) {
        throw new ApiError(
          'niet-geauthenticeerd',
          'Dit token is al gebruikt. Onderteken voor elk wijzigend verzoek een nieuw token.',
        );
      }
    }
    c.set('identiteit', identiteit);
    await next();
  });
}

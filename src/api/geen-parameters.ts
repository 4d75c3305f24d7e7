/**
 * @module
 * A route without query parameters refuses any: `GET /v1/health?x=1` is as wrong as a typo in
 * a parameter of `GET /v1/logboek`, where the route's strict schema already refuses it. The
 * detail is the one validatieDetail gives, so a parameter is named only when it looks like one
 * and its value never comes back.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './problem.js';
import { validatieDetail } from './validatie-detail.js';

const GEEN = z.object({}).strict();

/**
 * Middleware for the app under `basis`: a query on a route of `routes` (every route the app
 * registered, from its OpenAPI registry, so a new route cannot be forgotten) that takes none
 * is a 400.
 */
export function geenOnbekendeParameters(
  basis: string,
  routes: ReadonlyArray<Pick<RouteConfig, 'method' | 'path' | 'request'>>,
): MiddlewareHandler {
  const zonder = routes
    .filter((route) => route.request?.query === undefined)
    .map((route) => ({ methode: route.method.toUpperCase(), pad: patroon(basis, route.path) }));
  zonder.push({ methode: 'GET', pad: patroon(basis, '/openapi.json') });
  return async (c, next) => {
    const sleutels = [...new URL(c.req.url).searchParams.keys()];
    if (sleutels.length > 0) {
      const pad = new URL(c.req.url).pathname;
      if (zonder.some((r) => r.methode === c.req.method && r.pad.test(pad))) {
        const issue = { code: 'unrecognized_keys', path: [], keys: sleutels, message: '' };
        const detail = validatieDetail([issue], GEEN, 'parameter');
        throw new ApiError('ongeldig-verzoek', `Het verzoek klopt niet: ${detail}.`);
      }
    }
    await next();
  };
}

/** `/signalen/{id}` under `basis` as a regular expression for a request path. */
function patroon(basis: string, pad: string): RegExp {
  const delen = `${basis}${pad}`
    .split(/\{[^}]+\}/)
    .map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${delen.join('[^/]+')}$`);
}

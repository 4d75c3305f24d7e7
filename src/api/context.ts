/**
 * @module
 * The Hono environment of the API: what middleware puts on the context for handlers.
 */
import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Verzoek } from '../logboek/entry.js';
import type { Identiteit } from './auth/rollen.js';
import type { Diensten } from './diensten.js';

export interface AppEnv {
  Variables: {
    diensten: Diensten;
    verzoek: Verzoek;
    identiteit: Identiteit;
    /**
     * On a route whose write records the token id itself (POST /v1/signalen): the id, and
     * whether a write recorded it; otherwise the middleware records it after the handler.
     */
    eenmalig?: EenmaligVerzoek;
  };
}

/** A token id a write has still to record (`vastgelegd` once one did). */
export interface EenmaligVerzoek {
  sleutel: string;
  bewaarTot: number;
  vastgelegd: boolean;
}

export type App = OpenAPIHono<AppEnv>;

/** A handler typed from its route, so input comes only through `c.req.valid(...)`. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;

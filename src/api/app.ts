/**
 * @module
 * The Hono app: middleware, routes (one file each), the OpenAPI document and error handling.
 * Built from injected services, so the same app runs in Node, in a Worker and in tests.
 */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { maakWerkplek } from '../werkplek/werkplek.js';
import { bezorgingNaSchrijfactie } from './bezorging-na-schrijfactie.js';
import { checkpointNaSchrijfactie } from './checkpoint-na-schrijfactie.js';
import type { AppEnv } from './context.js';
import type { Diensten } from './diensten.js';
import { voegDocsToe } from './docs.js';
import { geenOnbekendeParameters } from './geen-parameters.js';
import { openapiDocument } from './openapi.js';
import { ApiError, alsProbleem, probleemAntwoord } from './problem.js';
import * as adviezenTellen from './routes/adviezen-tellen.js';
import * as beleidLees from './routes/beleid-lees.js';
import * as beleidUitleg from './routes/beleid-uitleg.js';
import * as beleidUitlegRegie from './routes/beleid-uitleg-regie.js';
import * as bezorgingen from './routes/bezorgingen.js';
import * as casusRegie from './routes/casus-regie.js';
import * as cijfers from './routes/cijfers.js';
import * as health from './routes/health.js';
import * as inzage from './routes/inzage.js';
import * as logboekCheckpoint from './routes/logboek-checkpoint.js';
import * as logboekConsistentiebewijs from './routes/logboek-consistentiebewijs.js';
import * as logboekCosignaturen from './routes/logboek-cosignaturen.js';
import * as logboekInclusiebewijs from './routes/logboek-inclusiebewijs.js';
import * as logboekVerificatie from './routes/logboek-verificatie.js';
import * as logboekZoeken from './routes/logboek-zoeken.js';
import * as meldingen from './routes/meldingen.js';
import * as overdrachtAntwoord from './routes/overdracht-antwoord.js';
import * as regievoorstelAntwoord from './routes/regievoorstel-antwoord.js';
import * as signaalCasussen from './routes/signaal-casussen.js';
import * as signaalIntrekken from './routes/signaal-intrekken.js';
import * as signaalLees from './routes/signaal-lees.js';
import * as signaalOverdragen from './routes/signaal-overdragen.js';
import * as signaalOverlap from './routes/signaal-overlap.js';
import * as signaalStatus from './routes/signaal-status.js';
import * as signalenBatch from './routes/signalen-batch.js';
import * as signalenRegistreer from './routes/signalen-registreer.js';
import * as terugkoppelingVragen from './routes/terugkoppeling-vragen.js';
import * as waarschuwingen from './routes/waarschuwingen.js';
import { API_VERSIE } from './schemas.js';
import { type Issue, validatieDetail } from './validatie-detail.js';
import { gebruikNederlandseZodMeldingen } from './zod-nederlands.js';

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Builds the gateway's HTTP app around `diensten`. */
export function maakApp(diensten: Diensten) {
  gebruikNederlandseZodMeldingen();
  const app = new OpenAPIHono<AppEnv>();
  app.use(async (c, next) => {
    const traceparent = c.req.header('traceparent')?.toLowerCase();
    const verzoek = {
      id: `urn:uuid:${diensten.nieuwId()}`,
      traceparent: traceparent && TRACEPARENT.test(traceparent) ? traceparent : null,
    };
    c.set('diensten', diensten);
    c.set('verzoek', verzoek);
    await next();
    c.header('API-Version', API_VERSIE);
    c.header('Request-Id', verzoek.id);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });
  app.use(checkpointNaSchrijfactie);
  app.use(bezorgingNaSchrijfactie);

  const v1 = routes();
  const document = openapiDocument(v1);
  v1.get('/openapi.json', (c) => c.json(document));

  voegDocsToe(app);
  const configs = v1.openAPIRegistry.definitions.flatMap((d) =>
    d.type === 'route' ? [d.route] : [],
  );
  app.use('/v1/*', geenOnbekendeParameters('/v1', configs));
  app.route('/v1', v1);
  if (diensten.werkplek) app.route('/', maakWerkplek(diensten.werkplek));
  app.notFound(() => {
    throw new ApiError('niet-gevonden', 'Dit adres bestaat niet. Zie /v1/docs voor de API.');
  });
  app.onError(foutAntwoord);
  return app;
}

/**
 * The versioned API: every route, without services (so the OpenAPI document can be made
 * anywhere). Chained, so its type carries every route for a typed client (`hc<V1>`).
 */
export function routes() {
  return new OpenAPIHono<AppEnv>()
    .openapi(...metHook(health))
    .openapi(...metHook(signalenRegistreer))
    .openapi(...metHook(signalenBatch))
    .openapi(...metHook(signaalLees))
    .openapi(...metHook(signaalOverlap))
    .openapi(...metHook(signaalIntrekken))
    .openapi(...metHook(meldingen))
    .openapi(...metHook(logboekCheckpoint))
    .openapi(...metHook(logboekInclusiebewijs))
    .openapi(...metHook(logboekConsistentiebewijs))
    .openapi(...metHook(logboekCosignaturen))
    .openapi(...metHook(logboekVerificatie))
    .openapi(...metHook(beleidLees))
    .openapi(...metHook(beleidUitleg))
    .openapi(...metHook(beleidUitlegRegie))
    .openapi(...metHook(logboekZoeken))
    .openapi(...metHook(inzage))
    .openapi(...metHook(waarschuwingen))
    .openapi(...metHook(signaalOverdragen))
    .openapi(...metHook(overdrachtAntwoord))
    .openapi(...metHook(signaalStatus))
    .openapi(...metHook(terugkoppelingVragen))
    .openapi(...metHook(bezorgingen))
    .openapi(...metHook(adviezenTellen))
    .openapi(...metHook(cijfers))
    .openapi(...metHook(signaalCasussen))
    .openapi(...metHook(casusRegie))
    .openapi(...metHook(regievoorstelAntwoord));
}

/** The type of the versioned API, for a typed client: `hc<V1>(url + '/v1')`. */
export type V1 = ReturnType<typeof routes>;

/** A route module's arguments for `openapi`, with the validation hook of its own schemas. */
function metHook<R extends RouteConfig, H>(m: { route: R; handler: H }) {
  return [m.route, m.handler, ongeldig(m.route)] as const;
}

/**
 * The validation hook of `route`: a zod failure becomes a 400 problem whose detail names only
 * what the route's schemas know, never a key or value of the client (validatieDetail).
 */
function ongeldig(route: RouteConfig) {
  const schemas: Record<string, unknown> = {
    json: bodySchema(route),
    query: route.request?.query,
    param: route.request?.params,
  };
  return (result: { success: boolean; error?: unknown; target: string }): undefined => {
    if (result.success) return undefined;
    const issues = (result.error as { issues?: Issue[] } | undefined)?.issues ?? [];
    const invoer = result.target === 'query' ? 'parameter' : 'veld';
    const detail = validatieDetail(issues, schemas[result.target], invoer);
    throw new ApiError(
      'ongeldig-verzoek',
      `Het verzoek klopt niet: ${detail || 'onleesbare invoer'}.`,
    );
  };
}

function bodySchema(route: RouteConfig): unknown {
  const media = route.request?.body?.content['application/json'];
  return media && 'schema' in media ? media.schema : undefined;
}

function foutAntwoord(fout: Error, c: Context<AppEnv>) {
  const verzoekId = c.var.verzoek?.id ?? 'onbekend';
  const probleem =
    fout instanceof HTTPException && fout.status < 500
      ? new ApiError('ongeldig-verzoek', 'Het verzoek kon niet worden gelezen. Stuur geldige JSON.')
      : alsProbleem(fout, verzoekId, c.var.diensten?.logFout ?? (() => {}));
  return probleemAntwoord(probleem, verzoekId);
}

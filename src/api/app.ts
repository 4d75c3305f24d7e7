/**
 * @module
 * The Hono app: middleware, routes (one file each), the OpenAPI document and error handling.
 * Built from injected services, so the same app runs in Node, in a Worker and in tests.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { checkpointNaSchrijfactie } from './checkpoint-na-schrijfactie.js';
import type { AppEnv } from './context.js';
import type { Diensten } from './diensten.js';
import { voegDocsToe } from './docs.js';
import { openapiDocument } from './openapi.js';
import { ApiError, alsProbleem, probleemAntwoord } from './problem.js';
import * as beleidLees from './routes/beleid-lees.js';
import * as beleidUitleg from './routes/beleid-uitleg.js';
import * as health from './routes/health.js';
import * as inzage from './routes/inzage.js';
import * as logboekCheckpoint from './routes/logboek-checkpoint.js';
import * as logboekConsistentiebewijs from './routes/logboek-consistentiebewijs.js';
import * as logboekCosignaturen from './routes/logboek-cosignaturen.js';
import * as logboekInclusiebewijs from './routes/logboek-inclusiebewijs.js';
import * as logboekVerificatie from './routes/logboek-verificatie.js';
import * as logboekZoeken from './routes/logboek-zoeken.js';
import * as meldingen from './routes/meldingen.js';
import * as signaalIntrekken from './routes/signaal-intrekken.js';
import * as signaalLees from './routes/signaal-lees.js';
import * as signaalOverlap from './routes/signaal-overlap.js';
import * as signalenBatch from './routes/signalen-batch.js';
import * as signalenRegistreer from './routes/signalen-registreer.js';
import * as waarschuwingen from './routes/waarschuwingen.js';
import { API_VERSIE } from './schemas.js';

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Builds the gateway's HTTP app around `diensten`. */
export function maakApp(diensten: Diensten) {
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

  const v1 = routes();
  const document = openapiDocument(v1);
  v1.get('/openapi.json', (c) => c.json(document));

  voegDocsToe(app);
  app.route('/v1', v1);
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
  return new OpenAPIHono<AppEnv>({ defaultHook: ongeldig })
    .openapi(health.route, health.handler)
    .openapi(signalenRegistreer.route, signalenRegistreer.handler)
    .openapi(signalenBatch.route, signalenBatch.handler)
    .openapi(signaalLees.route, signaalLees.handler)
    .openapi(signaalOverlap.route, signaalOverlap.handler)
    .openapi(signaalIntrekken.route, signaalIntrekken.handler)
    .openapi(meldingen.route, meldingen.handler)
    .openapi(logboekCheckpoint.route, logboekCheckpoint.handler)
    .openapi(logboekInclusiebewijs.route, logboekInclusiebewijs.handler)
    .openapi(logboekConsistentiebewijs.route, logboekConsistentiebewijs.handler)
    .openapi(logboekCosignaturen.route, logboekCosignaturen.handler)
    .openapi(logboekVerificatie.route, logboekVerificatie.handler)
    .openapi(beleidLees.route, beleidLees.handler)
    .openapi(beleidUitleg.route, beleidUitleg.handler)
    .openapi(logboekZoeken.route, logboekZoeken.handler)
    .openapi(inzage.route, inzage.handler)
    .openapi(waarschuwingen.route, waarschuwingen.handler);
}

/** The type of the versioned API, for a typed client: `hc<V1>(url + '/v1')`. */
export type V1 = ReturnType<typeof routes>;

/** Turns a zod validation failure into a 400 problem that names the fields, never their values. */
function ongeldig(result: { success: boolean; error?: unknown }) {
  if (result.success) return;
  const issues =
    (result.error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues ?? [];
  const detail = issues
    .slice(0, 10)
    .map((i) => `${i.path.map(String).join('.') || '(body)'}: ${i.message}`)
    .join('; ');
  throw new ApiError(
    'ongeldig-verzoek',
    `Het verzoek klopt niet: ${detail || 'onleesbare invoer'}.`,
  );
}

function foutAntwoord(fout: Error, c: Context<AppEnv>) {
  const verzoekId = c.var.verzoek?.id ?? 'onbekend';
  const probleem =
    fout instanceof HTTPException && fout.status < 500
      ? new ApiError('ongeldig-verzoek', 'Het verzoek kon niet worden gelezen. Stuur geldige JSON.')
      : alsProbleem(fout, verzoekId, c.var.diensten?.logFout ?? (() => {}));
  return probleemAntwoord(probleem, verzoekId);
}

/**
 * @module
 * The API reference page at /v1/docs: Swagger UI served from the gateway itself
 * (no third-party CDN), reading /v1/openapi.json.
 */
import type { Hono } from 'hono';
import type { AppEnv } from './context.js';
import { ApiError } from './problem.js';

const PAGINA = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Ketenpoort API-referentie</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/v1/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/v1/docs/swagger-ui-bundle.js"></script>
<script src="/v1/docs/start.js"></script>
</body>
</html>`;

const START = `window.ui = SwaggerUIBundle({ url: '/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** The files the page may load; nothing else is served from the assets folder. */
const BESTANDEN = new Set(['swagger-ui.css', 'swagger-ui-bundle.js']);

/** Adds the reference page and its assets to `app`. */
export function voegDocsToe(app: Hono<AppEnv>) {
  app.get('/v1/docs', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
    );
    return c.html(PAGINA);
  });
  app.get('/v1/docs/start.js', (c) => c.body(START, 200, { 'Content-Type': 'text/javascript' }));
  app.get('/v1/docs/:bestand', async (c) => {
    const naam = c.req.param('bestand');
    const bestand = BESTANDEN.has(naam) ? await c.var.diensten.docsBestand?.(naam) : undefined;
    if (!bestand) throw new ApiError('niet-gevonden', 'Dit bestand bestaat niet.');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(bestand.body, 200, { 'Content-Type': bestand.type });
  });
}

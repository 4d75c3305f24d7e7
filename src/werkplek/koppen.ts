/**
 * @module
 * The security headers of every werkplek page: a Content-Security-Policy without
 * `unsafe-inline` (scripts and style sheets only as files of the gateway), no framing, no referrer,
 * and HSTS when the werkplek is served over HTTPS. `/v1/docs` keeps its own policy.
 */
import { createMiddleware } from 'hono/factory';

/** Everything from the gateway's own origin; nothing inline, nothing from elsewhere. */
export const CSP = cspMet([]);

/**
 * The policy of a page that also connects elsewhere: to exactly `verbindingen` (the identity
 * provider's token endpoint and the sleutelbewaarder's evaluation address) besides the gateway.
 */
export function cspMet(verbindingen: readonly string[]): string {
  return [
    "default-src 'none'",
    // The browser module for pseudonyms (src/werkplek/pseudoniem-module.ts), never inline.
    "script-src 'self'",
    "style-src 'self'",
    // The NL Design System CSS draws checkbox marks as data: SVG images.
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    ...(verbindingen.length > 0 ? [`connect-src 'self' ${verbindingen.join(' ')}`] : []),
  ].join('; ');
}

/** Adds the headers after the page is made; HSTS only when the request came over HTTPS. */
export const beveiligingskoppen = createMiddleware(async (c, next) => {
  await next();
  // A page that connects elsewhere has set its own policy with cspMet.
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  if (new URL(c.req.url).protocol === 'https:') {
    c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
});

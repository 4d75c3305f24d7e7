/**
 * The browser module on the Worker, inside workerd: the bytes of the Worker bundle are the
 * bytes the Node gateway builds at start (vitest.config.ts builds them apart from the bundle),
 * under the same hashed name, with the same content type, cache and CSP as on Node
 * (test/werkplek/pseudoniem-module.test.ts).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../src/worker.js';

const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as never;
const POORT = 'https://ketenpoort.test';
const bindingen = env as { NODE_PSEUDONIEM_MODULE_SHA256: string };
const vraag = (pad: string) => worker.fetch(new Request(`${POORT}${pad}`), env as never, ctx);

async function sha256(tekst: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(tekst));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('de browsermodule op de Worker', () => {
  it('serveert dezelfde bytes als de Node-poort, onder hun hash, met de CSP van de werkplek', async () => {
    expect(bindingen.NODE_PSEUDONIEM_MODULE_SHA256).toMatch(/^[0-9a-f]{64}$/);
    const alias = await vraag('/werkplek/pseudoniem.js');
    expect(alias.status).toBe(302);
    expect(alias.headers.get('cache-control')).toBe('no-cache');
    const pad = alias.headers.get('location') ?? '';
    expect(pad).toBe(
      `/werkplek/pseudoniem-${bindingen.NODE_PSEUDONIEM_MODULE_SHA256.slice(0, 16)}.js`,
    );

    const r = await vraag(pad);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await sha256(await r.text())).toBe(bindingen.NODE_PSEUDONIEM_MODULE_SHA256);
  });
});

/**
 * The browser module as a static asset of the Node gateway (issue 12, item 6): the bytes the
 * gateway builds at start, under a name with their hash, cached for a year, as JavaScript,
 * with the werkplek's CSP (scripts only from the gateway, never inline). The Worker serves the
 * same bytes: test/workers/pseudoniem-module.test.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maakApp } from '../../src/api/app.js';
import { leesConfiguratie } from '../../src/config/env.js';
import { bouwBrowserModule } from '../../src/node/browser-module.js';
import { bouwDiensten } from '../../src/node/gateway.js';

describe('de browsermodule op de Node-poort', () => {
  it('serveert bij de start gebouwde bytes onder hun hash, lang te cachen, met de CSP van de werkplek', async () => {
    const data = mkdtempSync(join(tmpdir(), 'ketenpoort-module-'));
    const diensten = await bouwDiensten(
      leesConfiguratie({ KETENPOORT_DATA: data, KETENPOORT_BELEID: 'policies' }),
    );
    try {
      const app = maakApp(diensten);
      const alias = await app.request('http://127.0.0.1/werkplek/pseudoniem.js');
      expect(alias.status).toBe(302);
      expect(alias.headers.get('cache-control')).toBe('no-cache');
      const pad = alias.headers.get('location') ?? '';
      expect(pad).toMatch(/^\/werkplek\/pseudoniem-[0-9a-f]{16}\.js$/);

      const r = await app.request(`http://127.0.0.1${pad}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      const tekst = await r.text();
      // The name is the hash of the bytes, and the bytes are this code's module.
      const hash = createHash('sha256').update(tekst, 'utf8').digest('hex').slice(0, 16);
      expect(pad).toBe(`/werkplek/pseudoniem-${hash}.js`);
      expect(tekst).toBe(await bouwBrowserModule());
      expect(tekst).toContain('KetenpoortPseudoniemen');

      // Another hash is no file of the gateway.
      const ander = await app.request('http://127.0.0.1/werkplek/pseudoniem-0000000000000000.js');
      expect(ander.status).toBe(404);
    } finally {
      await diensten.store.close();
      rmSync(data, { recursive: true, force: true });
    }
  });
});

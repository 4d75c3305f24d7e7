/**
 * Every werkplek page carries the security headers (issue 15, "safe by default"), and a page
 * needs nothing from outside the gateway: no inline script or style, no other origin.
 */
import { describe, expect, it } from 'vitest';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';

const PAGINAS = ['/'];

describe('beveiligingskoppen van de werkplek', () => {
  for (const pad of PAGINAS) {
    it(`${pad}: CSP zonder unsafe-inline, geen framing, geen referrer, HSTS alleen over HTTPS`, async () => {
      const { app } = await maakWerkplekOmgeving();
      const http = await app.request(`http://127.0.0.1${pad}`);
      expect(http.status).toBe(200);
      const csp = http.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(http.headers.get('referrer-policy')).toBe('no-referrer');
      expect(http.headers.get('x-content-type-options')).toBe('nosniff');
      expect(http.headers.get('strict-transport-security')).toBeNull();
      const https = await app.request(`https://poort.example${pad}`);
      expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);

      const html = await http.text();
      expect(html).toMatch(/^<!DOCTYPE html>|<html lang="nl">/);
      expect(html).toContain('<html lang="nl">');
      expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
      // Every link, style sheet and form stays on the gateway's own origin.
      for (const [, url] of html.matchAll(/(?:href|src|action)="([^"]*)"/g)) {
        expect(url).toMatch(/^(\/|#)/);
      }
    });
  }

  it('de stijlbladen komen van de poort zelf, zonder verwijzing naar elders', async () => {
    const { app } = await maakWerkplekOmgeving();
    const html = await (await app.request('http://127.0.0.1/')).text();
    const stijlen = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
    expect(stijlen).toHaveLength(3);
    for (const pad of stijlen) {
      const r = await app.request(`http://127.0.0.1${pad}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/css');
      const css = await r.text();
      expect(css.length).toBeGreaterThan(100);
      expect(css).not.toMatch(/@import|url\((?!"?data:)/);
    }
    const onbekend = await app.request('http://127.0.0.1/werkplek/stijl/geheim.css');
    expect(onbekend.status).toBe(404);
  });

  it('zonder werkplek in de diensten blijft / een 404 van de API', async () => {
    const { diensten } = await maakWerkplekOmgeving();
    const { maakApp } = await import('../../src/api/app.js');
    const r = await maakApp({ ...diensten, werkplek: undefined }).request('http://127.0.0.1/');
    expect(r.status).toBe(404);
  });
});

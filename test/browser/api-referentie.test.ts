/**
 * The browser set-up itself, on the one page the gateway already serves to people: the API
 * reference at /v1/docs renders in Chromium from the gateway's own files, under its CSP, and
 * asks nothing of any other origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium } from '../helpers/browser.js';
import { type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';

let gateway: GatewayProces;
let browser: Browser;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([startGatewayProces(), startChromium()]);
});

afterAll(async () => {
  await browser?.close();
  gateway?.stop();
});

describe('de API-referentie in de browser', () => {
  it('toont de operaties uit /v1/openapi.json, zonder fouten en zonder andere herkomst', {
    timeout: 150_000,
  }, async () => {
    const pagina = await browser.newPage();
    const verzoeken: string[] = [];
    const fouten: string[] = [];
    pagina.on('request', (v) => verzoeken.push(v.url()));
    pagina.on('pageerror', (f) => fouten.push(f.message));
    pagina.on('console', (b) => {
      if (b.type() === 'error') fouten.push(b.text());
    });
    pagina.on('response', (a) => {
      if (a.status() >= 400) fouten.push(`${a.status()} ${new URL(a.url()).pathname}`);
    });

    await pagina.goto(`${gateway.url}/v1/docs`);
    // Swagger UI draws one block per operation once it has read the document.
    const operaties = pagina.locator('.opblock');
    await operaties.first().waitFor();
    // With several Chromiums at once on CI's two cores, Swagger UI can take longer than
    // Playwright's default 30 s to go quiet (one clean-clone run timed out here).
    await pagina.waitForLoadState('networkidle', { timeout: 100_000 });
    const document = (await (await fetch(`${gateway.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const verwacht = Object.values(document.paths).flatMap((p) => Object.keys(p)).length;
    expect(await operaties.count()).toBe(verwacht);
    expect(await pagina.title()).toBe('Ketenpoort API-referentie');

    expect(fouten).toEqual([]);
    const herkomst = new URL(gateway.url).origin;
    const elders = verzoeken.filter(
      (u) => !u.startsWith('data:') && new URL(u).origin !== herkomst,
    );
    expect(elders).toEqual([]);
    await pagina.close();
  });
});

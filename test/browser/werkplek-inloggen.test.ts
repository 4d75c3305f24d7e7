/**
 * The werkplek in a real browser against the real gateway in demo mode (`npm start`): the
 * login crosses sites (the demo providers on `localhost`, the gateway on `127.0.0.1`), so a
 * SameSite mistake on a cookie makes the login fail here. No request leaves the gateway's
 * origin except to the identity provider.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChromium } from '../helpers/browser.js';
import { draaiTsx, type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';

let gateway: GatewayProces;
let browser: Browser;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([startGatewayProces(), startChromium()]);
  // The narrated demo registers signals, so the logboek holds disclosures to find.
  const demo = await draaiTsx(['src/cli/demo.ts'], { ...gateway.env, KETENPOORT_URL: gateway.url });
  expect(demo.code, demo.fout).toBe(0);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  gateway?.stop();
});

/** A fresh browser context (no cookies), recording every request and every error. */
async function nieuwePagina() {
  const context = await browser.newContext();
  const pagina = await context.newPage();
  const verzoeken: string[] = [];
  const fouten: string[] = [];
  pagina.on('request', (v) => verzoeken.push(v.url()));
  pagina.on('pageerror', (f) => fouten.push(f.message));
  return { pagina, verzoeken, fouten, sluit: () => context.close() };
}

/** Logs in from the start page at `organisatie` (its link text) as `gebruikersnaam`. */
async function logIn(pagina: Page, organisatie: string | RegExp, gebruikersnaam: string) {
  await pagina.goto(`${gateway.url}/`);
  await pagina.getByRole('link', { name: organisatie }).click();
  await pagina.locator('input[name="login"]').fill(gebruikersnaam);
  await pagina.locator('input[name="password"]').fill('demo');
  await pagina.locator('button[type="submit"]').click();
  await pagina.waitForURL(
    (url) => url.origin === gateway.url && url.pathname !== '/inloggen/terug',
  );
}

describe('inloggen op de werkplek in de browser', () => {
  it('de FG van de poort logt in bij de eigen organisatie en vindt de verstrekkingen van de demo', async () => {
    const { pagina, verzoeken, fouten, sluit } = await nieuwePagina();
    await logIn(pagina, /Ketenpoort \(FG en jurist/, 'fg');
    expect(new URL(pagina.url()).pathname).toBe('/fg');
    await expect
      .poll(() => pagina.getByRole('heading', { level: 1 }).textContent())
      .toBe('Logboek doorzoeken');
    await pagina.getByLabel('Actie').selectOption('verstrekking');
    await pagina.getByRole('button', { name: 'Zoeken' }).click();
    await pagina.waitForURL(/actie=verstrekking/);
    const rijen = pagina.locator('tbody tr');
    expect(await rijen.count()).toBeGreaterThan(0);
    for (const actie of await pagina.locator('tbody tr td:nth-child(3)').allTextContents()) {
      expect(actie).toBe('Verstrekking');
    }

    // Only the gateway and the identity provider were asked anything.
    const idp = verzoeken.map((u) => new URL(u)).find((u) => u.hostname === 'localhost');
    expect(idp, 'de demo-inlogdienst staat op localhost').toBeDefined();
    const toegestaan = new Set([new URL(gateway.url).origin, idp!.origin]);
    expect(
      verzoeken.filter((u) => !u.startsWith('data:') && !toegestaan.has(new URL(u).origin)),
    ).toEqual([]);
    expect(fouten).toEqual([]);
    await sluit();
  });
});

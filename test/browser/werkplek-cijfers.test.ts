/**
 * The figures page (issue 19) in a real browser against the demo gateway: a gemeente's
 * employee asks for the figures with the form, and the page with its charts and tables, and
 * the printable half-year report, meet WCAG 2.1 AA (axe-core) under the page's own CSP.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagSchendingen } from '../helpers/axe.js';
import { startChromium } from '../helpers/browser.js';
import { type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';

let gateway: GatewayProces;
let browser: Browser;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([startGatewayProces(), startChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  gateway?.stop();
});

describe('cijferpagina in de browser', () => {
  it('voldoet aan WCAG 2.1 AA: het formulier, de cijfers met grafieken en het rapport', async () => {
    const context = await browser.newContext();
    const pagina = await context.newPage();
    const fouten: string[] = [];
    pagina.on('pageerror', (f) => fouten.push(f.message));
    pagina.on('console', (m) => {
      // A CSP violation shows as a console error ("Refused to apply inline style ...").
      if (m.type() === 'error' && /Refused|Content Security Policy/.test(m.text())) {
        fouten.push(m.text());
      }
    });
    await pagina.goto(`${gateway.url}/`);
    await pagina
      .getByRole('link', { name: /Gemeente Hilversum/ })
      .first()
      .click();
    await pagina.locator('input[name="login"]').fill('medewerker');
    await pagina.locator('input[name="password"]').fill('demo');
    await pagina.locator('button[type="submit"]').click();
    await pagina.waitForURL((u) => u.origin === gateway.url && u.pathname !== '/inloggen/terug');
    await pagina.goto(`${gateway.url}/cijfers`);
    expect(await wcagSchendingen(pagina), 'formulier').toEqual([]);
    await pagina.getByRole('button', { name: 'Toon de cijfers' }).click();
    await pagina.waitForURL(`${gateway.url}/cijfers`);
    await expect.poll(() => pagina.locator('svg[role="img"]').count()).toBe(3);
    expect(await wcagSchendingen(pagina), 'cijfers').toEqual([]);
    await pagina.goto(`${gateway.url}/cijfers`);
    await pagina.locator('#soort').selectOption('rapport');
    await pagina.getByRole('button', { name: 'Toon de cijfers' }).click();
    await expect.poll(() => pagina.locator('h1').textContent()).toContain('Halfjaarrapport');
    expect(await wcagSchendingen(pagina), 'rapport').toEqual([]);
    // No CSP violation: Plot's styles come from the stylesheet.
    expect(fouten).toEqual([]);
    await context.close();
  });
});

/**
 * The werkplek in Chromium: a fresh context recording every request, and a login from the
 * start page at an organisation's demo identity provider.
 */
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';

/** A fresh browser context (no cookies), recording every request and every page error. */
export async function nieuwePagina(browser: Browser, opties: BrowserContextOptions = {}) {
  const context = await browser.newContext(opties);
  const pagina = await context.newPage();
  const verzoeken: Request[] = [];
  const fouten: string[] = [];
  pagina.on('request', (v) => verzoeken.push(v));
  pagina.on('pageerror', (f) => fouten.push(f.message));
  return { context, pagina, verzoeken, fouten, sluit: () => context.close() };
}

/** Logs in from the start page at `organisatie` (its link text) as `gebruikersnaam`. */
export async function logIn(
  pagina: Page,
  gateway: string,
  organisatie: string | RegExp,
  gebruikersnaam: string,
) {
  await pagina.goto(`${gateway}/`);
  await pagina
    .getByRole('link', { name: organisatie, exact: typeof organisatie === 'string' })
    .click();
  await pagina.locator('input[name="login"]').fill(gebruikersnaam);
  await pagina.locator('input[name="password"]').fill('demo');
  await pagina.locator('button[type="submit"]').click();
  await pagina.waitForURL((url) => url.origin === gateway && url.pathname !== '/inloggen/terug');
}

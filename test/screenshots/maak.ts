/**
 * `npm run screenshots`: pictures of the werkplek's main pages for the README, made in
 * Debian's Chromium against the real gateway in demo mode after `npm run demo`. Written to
 * docs/werkplek/; never run by the tests (a test run writes nothing into the working tree).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startChromium } from '../helpers/browser.js';
import { draaiTsx, startGatewayProces } from '../helpers/gateway-proces.js';

const MAP = join('docs', 'werkplek');

async function logIn(pagina: Page, url: string, organisatie: string, gebruikersnaam: string) {
  await pagina.goto(`${url}/inloggen/${organisatie}`);
  await pagina.locator('input[name="login"]').fill(gebruikersnaam);
  await pagina.locator('input[name="password"]').fill('demo');
  await pagina.locator('button[type="submit"]').click();
  await pagina.waitForURL((u) => u.origin === url && u.pathname !== '/inloggen/terug');
}

/** Waits until a pseudonymising page redeemed its code at the identity provider. */
async function klaar(pagina: Page, knop: string) {
  await pagina.waitForURL((u) => u.hash === '' && !u.searchParams.has('code'));
  await pagina.getByRole('button', { name: knop, disabled: false }).waitFor();
}

const gateway = await startGatewayProces();
const browser = await startChromium();
try {
  const demo = await draaiTsx(['src/cli/demo.ts'], { ...gateway.env, KETENPOORT_URL: gateway.url });
  if (demo.code !== 0) throw new Error(`npm run demo mislukte:\n${demo.fout}`);
  mkdirSync(MAP, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const pagina = await context.newPage();
  // Long pages (the matrix, an explanation of every doel) as far as the window shows them.
  const foto = async (naam: string, heel = true) => {
    await pagina.screenshot({ path: join(MAP, `${naam}.png`), fullPage: heel });
    console.log(`${MAP}/${naam}.png`);
  };
  await pagina.goto(`${gateway.url}/`);
  await foto('start');
  await logIn(pagina, gateway.url, 'ketenpoort', 'fg');
  await pagina.goto(`${gateway.url}/fg?actie=verstrekking`);
  await foto('fg-zoeken');
  await pagina.locator('tbody tr td:first-child a').first().click();
  await foto('fg-logboekregel');
  await pagina.goto(`${gateway.url}/fg/controle`);
  await foto('fg-controle');
  await context.clearCookies();
  await logIn(pagina, gateway.url, 'ketenpoort', 'jurist');
  await foto('jurist');
  await pagina.goto(`${gateway.url}/jurist/uitleg?bron=vtgv&ontvanger=gemeente-hilversum&doel=`);
  await foto('jurist-uitleg', false);
  await pagina.goto(`${gateway.url}/jurist/matrix`);
  await foto('jurist-matrix', false);
  await pagina.goto(`${gateway.url}/jurist/scenarios`);
  await foto('jurist-scenarios', false);
  // The partner employee (issue 20), with made-up identifiers.
  await context.clearCookies();
  await logIn(pagina, gateway.url, 'gemeente-hilversum', 'medewerker');
  await foto('partner-signalen');
  await pagina.goto(`${gateway.url}/partner/registreren`);
  await klaar(pagina, 'Versleutel en registreer');
  await pagina.getByLabel('Telefoonnummer').fill('06 87654321');
  await pagina.getByLabel('Postcode').fill('1211 AB');
  await pagina.getByLabel('Huisnummer').fill('12');
  await pagina.getByLabel('seksuele uitbuiting').check();
  await pagina.getByLabel('Doel').selectOption('zorgcoordinatie');
  await foto('partner-registreren');
  await pagina.getByRole('button', { name: 'Versleutel en registreer' }).click();
  await pagina.getByRole('heading', { name: 'Signaal geregistreerd' }).waitFor();
  await foto('partner-geregistreerd');
  await pagina.getByRole('link', { name: 'Naar het signaal' }).click();
  await foto('partner-signaal');
  // An overdracht to a role in the chain; the zorgcoördinator takes it on.
  await pagina.getByLabel('Aan').selectOption('rol:zorgcoordinator');
  await pagina.getByLabel('Doel', { exact: true }).selectOption('zorgcoordinatie');
  await pagina.getByRole('button', { name: 'Overdragen' }).click();
  await pagina.getByRole('heading', { name: 'Overgedragen' }).waitFor();
  await foto('partner-overgedragen');
  await context.clearCookies();
  await logIn(pagina, gateway.url, 'zorgcoordinator-gv', 'medewerker');
  await pagina.goto(`${gateway.url}/partner/inbox`);
  await foto('partner-inbox-overdracht');
  await pagina.getByRole('button', { name: 'Aannemen' }).last().click();
  await pagina.getByRole('heading', { name: 'Overdracht beantwoord' }).waitFor();
  // Back at the gemeente: the answer, with the question for terugkoppeling on it.
  await context.clearCookies();
  await logIn(pagina, gateway.url, 'gemeente-hilversum', 'medewerker');
  await pagina.goto(`${gateway.url}/partner/inbox`);
  await foto('partner-inbox');
  // The casus of the demo's person at the zorgcoördinator, which took regie in `npm run demo`.
  await context.clearCookies();
  await logIn(pagina, gateway.url, 'zorgcoordinator-gv', 'medewerker');
  await pagina.locator('tbody tr td:first-child a').first().click();
  await pagina.getByRole('button', { name: 'Casussen en regie bekijken' }).click();
  await pagina.getByRole('heading', { name: 'Casussen en regie' }).waitFor();
  await foto('partner-regie');
  // The gateway's FG answers an inzage for the demo's person (its phone number).
  await context.clearCookies();
  await logIn(pagina, gateway.url, 'ketenpoort', 'fg');
  await pagina.goto(`${gateway.url}/fg/inzage`);
  await klaar(pagina, 'Versleutel en zoek');
  await pagina.getByLabel('Telefoonnummer').fill('06 87654321');
  await pagina.getByRole('button', { name: 'Versleutel en zoek' }).click();
  await pagina.getByRole('article', { name: 'Brief aan de betrokkene' }).waitFor();
  await foto('fg-inzage');
} finally {
  await browser.close();
  gateway.stop();
}

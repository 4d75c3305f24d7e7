/**
 * The werkplek in a real browser against the real gateway in demo mode (`npm start`): the
 * login crosses sites (the demo providers on `localhost`, the gateway on `127.0.0.1`), so a
 * SameSite mistake on a cookie makes the login fail here. No request leaves the gateway's
 * origin except to the identity provider. axe-core checks WCAG 2.1 AA in every page state
 * (logged out, empty, filled, error, print). The jurist's flow (explain, matrix, scenario
 * results) and the FG's (search, a leaf with its proof, CSV export, logout) run on the
 * keyboard alone.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabNaar, wcagSchendingen } from '../helpers/axe.js';
import { startChromium } from '../helpers/browser.js';
import { draaiTsx, type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';
import { pseudoniemV2 } from '../helpers/pseudoniem-v2.js';
import { logIn, nieuwePagina } from '../helpers/werkplek-browser.js';

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

describe('inloggen op de werkplek in de browser', () => {
  it('de FG van de poort logt in bij de eigen organisatie en vindt de verstrekkingen van de demo', async () => {
    const { pagina, verzoeken, fouten, sluit } = await nieuwePagina(browser);
    await logIn(pagina, gateway.url, /Ketenpoort \(FG en jurist/, 'fg');
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
    const urls = verzoeken.map((v) => v.url());
    const idp = urls.map((u) => new URL(u)).find((u) => u.hostname === 'localhost');
    expect(idp, 'de demo-inlogdienst staat op localhost').toBeDefined();
    const toegestaan = new Set([new URL(gateway.url).origin, idp!.origin]);
    expect(
      urls.filter((u) => !u.startsWith('data:') && !toegestaan.has(new URL(u).origin)),
    ).toEqual([]);
    expect(fouten).toEqual([]);
    expect(await wcagSchendingen(pagina), 'gevuld').toEqual([]);

    // An entry with its proof.
    await pagina.locator('tbody tr td:first-child a').first().click();
    await pagina.waitForURL(/\/fg\/blad\/\d+$/);
    expect(await pagina.getByRole('status').textContent()).toContain('Het bewijs klopt');
    expect(await wcagSchendingen(pagina), 'logboekregel').toEqual([]);

    // The CSV export of a search, as Excel opens it.
    await pagina.goto(`${gateway.url}/fg?actie=verstrekking`);
    const [download] = await Promise.all([
      pagina.waitForEvent('download'),
      pagina.getByRole('link', { name: 'CSV voor Excel' }).click(),
    ]);
    const csv = await (await download.createReadStream()).toArray();
    const bytes = Buffer.concat(csv as Buffer[]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3)).toMatch(/^volgnummer;blad;tijdstip;.*\r\n/);

    // Empty, error and print states.
    await pagina.goto(`${gateway.url}/fg?actie=inzage&partner=tmm`);
    expect(await pagina.getByRole('status').textContent()).toContain('Geen logboekregels');
    expect(await wcagSchendingen(pagina), 'leeg').toEqual([]);
    await pagina.goto(`${gateway.url}/fg?van=2026-03-29T02:30`);
    expect(await pagina.getByRole('alert').textContent()).toContain('geen bestaande datum');
    expect(await wcagSchendingen(pagina), 'fout').toEqual([]);
    await pagina.goto(`${gateway.url}/fg`);
    await pagina.emulateMedia({ media: 'print' });
    expect(await wcagSchendingen(pagina), 'afdruk').toEqual([]);
    await sluit();
  });

  it('de startpagina (uitgelogd) en de inlogpagina voldoen aan WCAG 2.1 AA', async () => {
    const { pagina, sluit } = await nieuwePagina(browser);
    await pagina.goto(`${gateway.url}/`);
    expect(await pagina.getByRole('heading', { name: 'Demoaccounts' }).count()).toBe(1);
    expect(await wcagSchendingen(pagina), 'uitgelogd').toEqual([]);
    await pagina.goto(`${gateway.url}/fg`);
    expect(await pagina.getByRole('heading', { level: 1 }).textContent()).toBe('Log opnieuw in');
    expect(await wcagSchendingen(pagina), 'niet ingelogd').toEqual([]);
    await sluit();
  });

  it('de jurist logt in en legt een besluit uit met alleen het toetsenbord, en opent de matrix en de scenario’s', async () => {
    const { pagina, fouten, sluit } = await nieuwePagina(browser);
    await pagina.goto(`${gateway.url}/`);
    await tabNaar(pagina, 'a[href="/inloggen/ketenpoort"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL((u) => u.hostname === 'localhost');
    await tabNaar(pagina, 'input[name="login"]');
    await pagina.keyboard.type('jurist');
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.type('demo');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(`${gateway.url}/jurist`);
    expect(await wcagSchendingen(pagina), 'jurist').toEqual([]);

    await tabNaar(pagina, '#j-ontvanger');
    await pagina.keyboard.type('Politie');
    await tabNaar(pagina, '#j-doel');
    await pagina.keyboard.type('Opsporing');
    await tabNaar(pagina, 'form[action="/jurist/uitleg"] button[type="submit"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(/\/jurist\/uitleg\?/);
    const adres = new URL(pagina.url());
    expect(adres.searchParams.get('ontvanger')).toBe('tmm');
    expect(adres.searchParams.get('doel')).toBe('opsporing');
    expect(await pagina.locator('pre').first().textContent()).toBeTruthy();
    expect(await wcagSchendingen(pagina), 'uitleg').toEqual([]);

    await pagina.goto(`${gateway.url}/jurist`);
    await tabNaar(pagina, 'a[href="/jurist/matrix"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(`${gateway.url}/jurist/matrix`);
    expect(await pagina.locator('.werkplek-ingebed table').count()).toBeGreaterThan(0);
    expect(await wcagSchendingen(pagina), 'matrix').toEqual([]);

    // The scenario results of the loaded policy, reached from the jurist's start page.
    await pagina.goto(`${gateway.url}/jurist`);
    await tabNaar(pagina, 'a[href="/jurist/scenarios"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(`${gateway.url}/jurist/scenarios`);
    expect(await pagina.getByRole('status').textContent()).toMatch(/\d+ geslaagd, 0 mislukt/);
    expect(await pagina.locator('table').count()).toBeGreaterThan(1);
    expect(await wcagSchendingen(pagina), 'scenario’s').toEqual([]);
    expect(fouten).toEqual([]);
    await sluit();
  });

  it('de FG zoekt, opent een blad met bewijs, exporteert en logt uit met alleen het toetsenbord', async () => {
    const { pagina, fouten, sluit } = await nieuwePagina(browser);
    await pagina.goto(`${gateway.url}/`);
    await tabNaar(pagina, 'a[href="/inloggen/ketenpoort"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL((u) => u.hostname === 'localhost');
    await tabNaar(pagina, 'input[name="login"]');
    await pagina.keyboard.type('fg');
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.type('demo');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(`${gateway.url}/fg`);

    await tabNaar(pagina, '#f-actie');
    await pagina.keyboard.type('Verstrekking');
    await tabNaar(pagina, 'form[action="/fg"] button[type="submit"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(/actie=verstrekking/);
    await tabNaar(pagina, 'tbody tr td:first-child a');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(/\/fg\/blad\/\d+$/);
    expect(await pagina.getByRole('status').textContent()).toContain('Het bewijs klopt');

    await tabNaar(pagina, 'main a[href="/fg"]');
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(`${gateway.url}/fg`);
    await tabNaar(pagina, 'a[href^="/fg/export/csv"]');
    const [download] = await Promise.all([
      pagina.waitForEvent('download'),
      pagina.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('logboek.csv');

    // Past the results table (a page of rows, each with its link) and round to the header.
    await tabNaar(pagina, 'form[action="/uitloggen"] button[type="submit"]', 200);
    await pagina.keyboard.press('Enter');
    await pagina.waitForURL(`${gateway.url}/uitloggen`);
    expect(await pagina.getByRole('heading', { level: 1 }).textContent()).toBe('U bent uitgelogd');
    expect(await wcagSchendingen(pagina), 'uitgelogd na uitloggen').toEqual([]);
    await pagina.goto(`${gateway.url}/fg`);
    expect(await pagina.getByRole('heading', { level: 1 }).textContent()).toBe('Log opnieuw in');
    expect(fouten).toEqual([]);
    await sluit();
  });

  it('de FG van een partner ziet alleen de logboekregels van de eigen organisatie', async () => {
    const { pagina, sluit } = await nieuwePagina(browser);
    await logIn(pagina, gateway.url, 'Gemeente Hilversum', 'fg');
    expect(new URL(pagina.url()).pathname).toBe('/fg');
    const rijen = pagina.locator('tbody tr');
    expect(await rijen.count()).toBeGreaterThan(0);
    for (const rij of await rijen.all()) {
      const cellen = await rij.locator('td').allTextContents();
      expect(cellen.slice(3, 6)).toContain('Gemeente Hilversum');
    }
    expect(await wcagSchendingen(pagina), 'partner-FG').toEqual([]);
    await sluit();
  });

  it('de logregels van de poort dragen geen gegeven of pseudoniem van de demo', async () => {
    // The demo's made-up person, as typed and as the gateway receives it (v2, key demo-v2).
    const gegevens = [
      ['bsn', '111222333'],
      ['telefoon', '06-55501234'],
      ['persoon', 'de Vries-Demo|1998-04-12'],
    ] as const;
    // The start message prints an example to copy with this made-up BSN; what follows it is
    // what the gateway (and the sleutelbewaarder it runs) wrote while the demo and the pages ran.
    const alles = gateway.uitvoer();
    const eindeStart = `"doel":"zorgcoordinatie"}'`;
    expect(alles).toContain(eindeStart);
    const uitvoer = alles.slice(alles.indexOf(eindeStart) + eindeStart.length);
    for (const [soort, waarde] of gegevens) {
      expect(uitvoer).not.toContain(waarde);
      expect(uitvoer).not.toContain(pseudoniemV2(soort, waarde).waarde);
    }
    expect(uitvoer).not.toContain('0655501234');
  });
});

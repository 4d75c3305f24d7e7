/**
 * Issue 20 in Chromium, the ways in and around: without JavaScript the pseudonymising pages
 * say they need it, and Enter in every field and a click on every button send nothing;
 * registering works on the keyboard alone; the pages' CSP connects to exactly the gateway,
 * the token endpoint and the sleutelbewaarder; what the gateway holds for a session gets 401
 * at the sleutelbewaarder; and the pages after the match (status, overdracht, the recipient's
 * inbox and its answer) work and pass axe-core.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabNaar, wcagSchendingen } from '../helpers/axe.js';
import { startChromium } from '../helpers/browser.js';
import { type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';
import { logIn, nieuwePagina } from '../helpers/werkplek-browser.js';

let gateway: GatewayProces;
let browser: Browser;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([startGatewayProces(), startChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  gateway?.stop();
});

/** Waits until the page redeemed its code and can pseudonymise. */
async function klaar(pagina: Page, knop: string) {
  await pagina.waitForURL((u) => u.origin === gateway.url && u.hash === '');
  await expect.poll(() => pagina.getByRole('button', { name: knop }).isEnabled()).toBe(true);
}

describe('zonder JavaScript', () => {
  for (const [pad, organisatie, gebruiker, wat] of [
    ['/partner/registreren', 'Gemeente Hilversum', 'medewerker', 'Registreren'],
    ['/fg/inzage', /Ketenpoort \(FG en jurist/, 'fg', 'Een inzage'],
  ] as const) {
    it(`${pad}: zegt dat JavaScript nodig is; Enter in elk veld en elke knop sturen niets`, async () => {
      const p = await nieuwePagina(browser, { javaScriptEnabled: false });
      await logIn(p.pagina, gateway.url, organisatie, gebruiker);
      await p.pagina.goto(`${gateway.url}${pad}`);
      await p.pagina.waitForLoadState('networkidle');
      expect(await p.pagina.locator('main').textContent()).toContain(
        `${wat} kan alleen met JavaScript`,
      );
      const voor = p.verzoeken.length;
      const velden = p.pagina.locator('main input:not([type=hidden]), main select');
      expect(await velden.count()).toBeGreaterThan(10);
      for (const veld of await velden.all()) {
        const soort = await veld.getAttribute('type');
        if (soort === 'text') await veld.fill('123456782');
        await veld.focus();
        await p.pagina.keyboard.press('Enter');
      }
      const knoppen = p.pagina.locator('main button');
      expect(await knoppen.count()).toBeGreaterThan(0);
      for (const knop of await knoppen.all()) await knop.click();
      await p.pagina.waitForLoadState('networkidle');
      expect(p.verzoeken.slice(voor).map((v) => v.url())).toEqual([]);
      // Identifier fields: no name, autocomplete off, in no form; no form in the page's body at all.
      const idVelden = p.pagina.locator('[data-soort] input');
      expect(await idVelden.count()).toBeGreaterThan(10);
      for (const veld of await idVelden.all()) {
        expect(await veld.getAttribute('name')).toBeNull();
        expect(await veld.getAttribute('autocomplete')).toBe('off');
      }
      expect(await p.pagina.locator('main form').count()).toBe(0);
      await p.sluit();
      // axe needs scripts: the same page with the gateway's scripts refused.
      const a = await nieuwePagina(browser);
      await logIn(a.pagina, gateway.url, organisatie, gebruiker);
      await a.pagina.route('**/werkplek/*.js', (r) => r.abort());
      await a.pagina.goto(`${gateway.url}${pad}`);
      expect(await wcagSchendingen(a.pagina), 'zonder script').toEqual([]);
      await a.sluit();
    }, 120_000);
  }
});

describe('met JavaScript', () => {
  it('registreren lukt met alleen het toetsenbord, onder een CSP met precies drie verbindingen', async () => {
    const p = await nieuwePagina(browser);
    await logIn(p.pagina, gateway.url, 'Gemeente Hilversum', 'medewerker');
    const antwoord = await p.pagina.goto(`${gateway.url}/partner/registreren`);
    const csp = antwoord?.headers()['content-security-policy'] ?? '';
    await klaar(p.pagina, 'Versleutel en registreer');
    const sleutelbewaarder = (await p.pagina
      .locator('[data-pseudonimiseer]')
      .getAttribute('data-sleutelbewaarder')) as string;
    const token = (await p.pagina
      .locator('[data-pseudonimiseer]')
      .getAttribute('data-token')) as string;
    const verbinden = csp.split('; ').find((d) => d.startsWith('connect-src '));
    expect(verbinden).toBe(`connect-src 'self' ${token} ${sleutelbewaarder}/v1/evaluaties`);

    await tabNaar(p.pagina, '#id-bsn-0');
    await p.pagina.keyboard.type('111222333');
    await tabNaar(p.pagina, '#r-doel');
    await p.pagina.keyboard.type('zorg');
    await tabNaar(p.pagina, '#r-vorm-1');
    await p.pagina.keyboard.press('Space');
    await tabNaar(p.pagina, '[data-verstuur]');
    await p.pagina.keyboard.press('Enter');
    await expect.poll(() => p.pagina.locator('h1').textContent()).toBe('Signaal geregistreerd');

    // Everything the gateway set in this browser, presented to the sleutelbewaarder: 401.
    const koekjes = (await p.context.cookies(gateway.url)).map((k) => k.value);
    expect(koekjes.length).toBeGreaterThan(0);
    for (const waarde of koekjes) {
      const r = await fetch(`${sleutelbewaarder}/v1/evaluaties`, {
        method: 'POST',
        headers: { authorization: `Bearer ${waarde}`, 'content-type': 'application/json' },
        body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
      });
      expect(r.status).toBe(401);
    }
    expect(p.fouten).toEqual([]);
    await p.sluit();
  }, 120_000);

  it('na de overlap: stand, overdracht aan de zorgcoördinator, en diens inbox met antwoord', async () => {
    const vt = await nieuwePagina(browser);
    await logIn(vt.pagina, gateway.url, 'Veilig Thuis Gooi en Vechtstreek', 'medewerker');
    await vt.pagina.goto(`${gateway.url}/partner/registreren`);
    await klaar(vt.pagina, 'Versleutel en registreer');
    await vt.pagina.getByLabel('Telefoonnummer').fill('06 87650000');
    await vt.pagina.getByLabel('seksuele uitbuiting').check();
    await vt.pagina.getByLabel('Doel').selectOption('veiligheidsbeoordeling');
    await vt.pagina.getByRole('button', { name: 'Versleutel en registreer' }).click();
    await vt.pagina.getByRole('link', { name: 'Naar het signaal' }).click();
    await vt.pagina.getByLabel('Nieuwe stand').selectOption('in_behandeling');
    await vt.pagina.getByRole('button', { name: 'Stand opslaan' }).click();
    await expect.poll(() => vt.pagina.locator('h1').textContent()).toBe('Stand opgeslagen');
    expect(await wcagSchendingen(vt.pagina), 'stand opgeslagen').toEqual([]);
    await vt.pagina.getByRole('link', { name: 'Terug naar het signaal' }).click();
    expect(await vt.pagina.locator('dl').textContent()).toContain('in behandeling');
    await vt.pagina.getByLabel('Aan').selectOption('zorgcoordinator-gv');
    await vt.pagina.getByLabel('Doel', { exact: true }).selectOption('zorgcoordinatie');
    await vt.pagina.getByRole('button', { name: 'Overdragen' }).click();
    await expect.poll(() => vt.pagina.locator('h1').textContent()).toBe('Overgedragen');
    expect(await wcagSchendingen(vt.pagina), 'overgedragen').toEqual([]);

    const zc = await nieuwePagina(browser);
    await logIn(zc.pagina, gateway.url, /Zorgcoördinatie mensenhandel/, 'medewerker');
    await zc.pagina.goto(`${gateway.url}/partner/inbox`);
    expect(await zc.pagina.locator('main li').first().textContent()).toContain(
      'Veilig Thuis Gooi en Vechtstreek draagt een signaal aan uw organisatie over',
    );
    expect(await wcagSchendingen(zc.pagina), 'inbox met overdracht').toEqual([]);
    await zc.pagina.getByRole('button', { name: 'Aannemen' }).click();
    await expect.poll(() => zc.pagina.locator('h1').textContent()).toBe('Overdracht beantwoord');
    expect(await wcagSchendingen(zc.pagina), 'overdracht aangenomen').toEqual([]);

    await vt.pagina.goto(`${gateway.url}/partner/inbox`);
    expect((await vt.pagina.locator('main li').allTextContents()).join('\n')).toContain(
      'Antwoord op uw overdracht: aangenomen',
    );
    // Withdrawing the own signal.
    await vt.pagina.goto(`${gateway.url}/partner`);
    await vt.pagina.locator('tbody a').first().click();
    await vt.pagina.getByRole('button', { name: 'Signaal intrekken' }).click();
    await expect.poll(() => vt.pagina.locator('h1').textContent()).toBe('Signaal ingetrokken');
    expect(vt.fouten.concat(zc.fouten)).toEqual([]);
    await vt.sluit();
    await zc.sluit();
  }, 120_000);
});

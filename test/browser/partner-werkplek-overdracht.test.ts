/**
 * Issue 20 in Chromium, after an overdracht: the Hilversum employee hands a signal to a role
 * in the chain (the zorgcoördinator, the meldpunt) from the choices its own rules allow; the
 * zorgcoördinator takes it on and the gemeente asks for terugkoppeling on its overdracht;
 * Veilig Thuis passes the other one on (doorgezet) to Veilig Thuis Utrecht; and Veilig Thuis
 * pages through more than 100 own signals with the keyboard. axe-core finds no WCAG 2.1 AA
 * violation in any of these states. The signals themselves come in through the API.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakToken } from '../../src/client/token.js';
import { tabNaar, wcagSchendingen } from '../helpers/axe.js';
import { startChromium } from '../helpers/browser.js';
import { type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';
import { testSignaal } from '../helpers/node-poort.js';
import { pseudoniemV2 } from '../helpers/pseudoniem-v2.js';
import { logIn, nieuwePagina } from '../helpers/werkplek-browser.js';

let gateway: GatewayProces;
let browser: Browser;
let beleid: string;

/** Veilig Thuis's signals for paging: more than the 100 of one page. */
const VEEL = 103;

/** The demo policy with a quota that lets Veilig Thuis register {@link VEEL} in one batch. */
function beleidMetRuimQuotum(): string {
  const map = mkdtempSync(join(tmpdir(), 'ketenpoort-beleid-'));
  cpSync('policies', map, { recursive: true });
  const pad = join(map, 'quota.yaml');
  const oud = readFileSync(pad, 'utf8');
  const nieuw = oud
    .replace('registraties: { uur: 100, dag: 400 }', 'registraties: { uur: 1000, dag: 4000 }')
    .replace('pseudoniemen: { uur: 500, dag: 2000 }', 'pseudoniemen: { uur: 5000, dag: 20000 }')
    .replace('batch: 100', 'batch: 1000');
  if (nieuw === oud) throw new Error('quota.yaml is veranderd: pas deze test aan');
  writeFileSync(pad, nieuw);
  return map;
}

/** Registers `signalen` as `partner` through POST /v1/signalen/batch, with its demo key. */
async function registreer(partner: string, signalen: unknown[]) {
  const jwk = JSON.parse(
    readFileSync(join(gateway.data, 'demo', 'keys', `${partner}.jwk.json`), 'utf8'),
  ) as JWK & { kid: string };
  const token = await maakToken(jwk, { partner, gebruiker: 'medewerker-1' });
  const r = await fetch(`${gateway.url}/v1/signalen/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ signalen }),
  });
  expect(r.status, await r.clone().text()).toBe(200);
  const { resultaten } = (await r.json()) as { resultaten: Array<{ status: number }> };
  expect(resultaten.map((x) => x.status)).toEqual(signalen.map(() => 201));
}

beforeAll(async () => {
  beleid = beleidMetRuimQuotum();
  [gateway, browser] = await Promise.all([
    startGatewayProces({ KETENPOORT_BELEID: beleid }),
    startChromium(),
  ]);
  // Two made-up people at Hilversum; many made-up phone numbers at Veilig Thuis.
  await registreer('gemeente-hilversum', [testSignaal('111222333'), testSignaal('123456782')]);
  await registreer(
    'vtgv',
    Array.from({ length: VEEL }, (_, i) => ({
      ...testSignaal('111222333', { doel: 'veiligheidsbeoordeling' }),
      pseudoniemen: [pseudoniemV2('telefoon', `06 ${String(70000000 + i)}`)],
    })),
  );
}, 180_000);

afterAll(async () => {
  await browser?.close();
  gateway?.stop();
  if (beleid) rmSync(beleid, { recursive: true, force: true });
});

const h1 = (p: Page) => p.locator('h1').textContent();

/** Opens the `n`th signal on the first page of Mijn signalen (0: the newest). */
async function openSignaal(p: Page, n: number) {
  await p.goto(`${gateway.url}/partner`);
  await p.locator('tbody a').nth(n).click();
  await expect.poll(() => h1(p)).toBe('Signaal');
}

/** Hands the open signal over to `aan` (an option's value) for `doel`. */
async function draagOver(p: Page, aan: string, doel: string) {
  await p.getByLabel('Aan').selectOption(aan);
  await p.getByLabel('Doel', { exact: true }).selectOption(doel);
  await p.getByRole('button', { name: 'Overdragen' }).click();
  await expect.poll(() => h1(p)).toBe('Overgedragen');
}

describe('overdracht aan een ketenrol, doorzetten en terugkoppeling', () => {
  it('Hilversum draagt over aan de zorgcoördinator als rol; die neemt aan; Hilversum vraagt terugkoppeling', async () => {
    const hv = await nieuwePagina(browser);
    await logIn(hv.pagina, gateway.url, 'Gemeente Hilversum', 'medewerker');
    await openSignaal(hv.pagina, 0);
    // The choices of the gemeente's own rules: both roles, and the partners they reach.
    const rollen = await hv.pagina
      .locator('#o-naar optgroup[label="Een rol in de keten"] option')
      .allTextContents();
    expect(rollen).toEqual([
      'De rol meldpunt (nu: Veilig Thuis Gooi en Vechtstreek)',
      'De rol zorgcoordinator (nu: Zorgcoördinatie mensenhandel Gooi en Vechtstreek (HVO-Querido))',
    ]);
    const partners = await hv.pagina
      .locator('#o-naar optgroup[label="Een partner"] option')
      .allTextContents();
    expect(partners).toContain('Veilig Thuis Utrecht');
    expect(partners).not.toContain('Gemeente Hilversum');
    expect(partners).not.toContain('RIEC Midden-Nederland (signalentafel mensenhandel)');
    expect(await wcagSchendingen(hv.pagina), 'signaal met overdrachtskeuzes').toEqual([]);
    // With the keyboard only: type-ahead in both lists, then Enter on the button.
    await tabNaar(hv.pagina, '#o-naar');
    await hv.pagina.keyboard.type('De rol z');
    await tabNaar(hv.pagina, '#o-doel');
    await hv.pagina.keyboard.type('Zorg');
    expect(await hv.pagina.locator('#o-naar').inputValue()).toBe('rol:zorgcoordinator');
    expect(await hv.pagina.locator('#o-doel').inputValue()).toBe('zorgcoordinatie');
    await tabNaar(hv.pagina, 'form[action$="/overdracht"] button');
    await hv.pagina.keyboard.press('Enter');
    await expect.poll(() => h1(hv.pagina)).toBe('Overgedragen');
    expect(await hv.pagina.locator('main').textContent()).toContain(
      'die de rol zorgcoordinator in de keten vervult',
    );
    expect(await wcagSchendingen(hv.pagina), 'overgedragen aan een rol').toEqual([]);

    const zc = await nieuwePagina(browser);
    await logIn(zc.pagina, gateway.url, /Zorgcoördinatie mensenhandel/, 'medewerker');
    await zc.pagina.goto(`${gateway.url}/partner/inbox`);
    await zc.pagina.getByRole('button', { name: 'Aannemen' }).click();
    await expect.poll(() => h1(zc.pagina)).toBe('Overdracht beantwoord');

    await hv.pagina.goto(`${gateway.url}/partner/inbox`);
    const antwoord = hv.pagina.locator('main li', { hasText: 'Antwoord op uw overdracht' });
    expect(await antwoord.textContent()).toContain('Antwoord op uw overdracht: aangenomen');
    expect(await wcagSchendingen(hv.pagina), 'inbox met aangenomen overdracht').toEqual([]);
    const morgen = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await antwoord.getByLabel('Terugkoppeling graag voor').fill(morgen);
    await antwoord.getByRole('button', { name: 'Vraag om terugkoppeling' }).click();
    await expect.poll(() => h1(hv.pagina)).toBe('Terugkoppeling gevraagd');
    expect(await wcagSchendingen(hv.pagina), 'terugkoppeling gevraagd').toEqual([]);

    // The zorgcoördinator finds the question in its inbox.
    await zc.pagina.goto(`${gateway.url}/partner/inbox`);
    expect((await zc.pagina.locator('main li').allTextContents()).join('\n')).toContain(
      'Een partner vraagt om terugkoppeling over uw signaal.',
    );
    expect(hv.fouten.concat(zc.fouten)).toEqual([]);
    await hv.sluit();
    await zc.sluit();
  }, 180_000);

  it('Hilversum draagt over aan het meldpunt; Veilig Thuis zet door aan Veilig Thuis Utrecht', async () => {
    const hv = await nieuwePagina(browser);
    await logIn(hv.pagina, gateway.url, 'Gemeente Hilversum', 'medewerker');
    await openSignaal(hv.pagina, 1);
    await draagOver(hv.pagina, 'rol:meldpunt', 'signalering');
    expect(await hv.pagina.locator('main').textContent()).toContain(
      'De overdracht aan Veilig Thuis Gooi en Vechtstreek, die de rol meldpunt in de keten vervult,',
    );

    const vt = await nieuwePagina(browser);
    await logIn(vt.pagina, gateway.url, 'Veilig Thuis Gooi en Vechtstreek', 'medewerker');
    await vt.pagina.goto(`${gateway.url}/partner/inbox`);
    const bericht = vt.pagina.locator('main li', { hasText: 'Gemeente Hilversum draagt' });
    const volgenden = await bericht
      .getByLabel('Doorzetten aan')
      .locator('option')
      .allTextContents();
    expect(volgenden).toContain('Veilig Thuis Utrecht');
    expect(volgenden).not.toContain('Gemeente Hilversum');
    expect(volgenden).not.toContain('Veilig Thuis Gooi en Vechtstreek');
    expect(await wcagSchendingen(vt.pagina), 'inbox met doorzetten').toEqual([]);
    // With the keyboard: the select, then its button.
    await bericht.getByLabel('Doorzetten aan').selectOption('vtu');
    await bericht.getByRole('button', { name: 'Doorzetten' }).focus();
    await vt.pagina.keyboard.press('Enter');
    await expect.poll(() => h1(vt.pagina)).toBe('Overdracht beantwoord');
    expect(await vt.pagina.locator('main').textContent()).toContain(
      'Doorgezet aan Veilig Thuis Utrecht',
    );
    expect(await wcagSchendingen(vt.pagina), 'doorgezet').toEqual([]);

    const vtu = await nieuwePagina(browser);
    await logIn(vtu.pagina, gateway.url, 'Veilig Thuis Utrecht', 'medewerker');
    await vtu.pagina.goto(`${gateway.url}/partner/inbox`);
    expect(await vtu.pagina.locator('main li').first().textContent()).toContain(
      'Gemeente Hilversum draagt een signaal aan uw organisatie over',
    );
    await hv.pagina.goto(`${gateway.url}/partner/inbox`);
    expect((await hv.pagina.locator('main li').allTextContents()).join('\n')).toContain(
      'Antwoord op uw overdracht: doorgezet.',
    );
    expect(hv.fouten.concat(vt.fouten, vtu.fouten)).toEqual([]);
    await hv.sluit();
    await vt.sluit();
    await vtu.sluit();
  }, 180_000);
});

describe('mijn signalen, bladzijde voor bladzijde', () => {
  it(`Veilig Thuis bladert met het toetsenbord door ${VEEL} signalen`, async () => {
    const vt = await nieuwePagina(browser);
    await logIn(vt.pagina, gateway.url, 'Veilig Thuis Gooi en Vechtstreek', 'medewerker');
    await vt.pagina.goto(`${gateway.url}/partner`);
    const rijen = () =>
      vt.pagina.locator('tbody a').evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    const eerste = await rijen();
    expect(eerste).toHaveLength(100);
    const bladeren = vt.pagina.getByRole('navigation', { name: 'Bladzijden met signalen' });
    expect(await bladeren.getByRole('link').allTextContents()).toEqual([
      'Volgende bladzijde: oudere signalen',
    ]);
    expect(await wcagSchendingen(vt.pagina), 'eerste bladzijde').toEqual([]);
    await tabNaar(vt.pagina, 'a[rel="next"]', 250);
    await vt.pagina.keyboard.press('Enter');
    await vt.pagina.waitForURL((u) => u.searchParams.has('voor'));
    const tweede = await rijen();
    expect(tweede).toHaveLength(VEEL - 100);
    expect(new Set([...eerste, ...tweede]).size).toBe(VEEL);
    expect(await bladeren.getByRole('link').allTextContents()).toEqual([
      'Vorige bladzijde: nieuwere signalen',
    ]);
    expect(await wcagSchendingen(vt.pagina), 'tweede bladzijde').toEqual([]);
    await tabNaar(vt.pagina, 'a[rel="prev"]');
    await vt.pagina.keyboard.press('Enter');
    await vt.pagina.waitForURL((u) => u.searchParams.has('na'));
    expect(await rijen()).toEqual(eerste);
    // Before the oldest there is nothing: the page says so and leads back.
    await vt.pagina.goto(`${gateway.url}/partner?voor=1`);
    expect(await vt.pagina.locator('main').textContent()).toContain(
      'Op deze bladzijde staan geen signalen meer.',
    );
    expect(await wcagSchendingen(vt.pagina), 'lege bladzijde').toEqual([]);
    await vt.pagina.getByRole('link', { name: 'Naar de nieuwste signalen' }).click();
    expect(await rijen()).toEqual(eerste);
    expect(vt.fouten).toEqual([]);
    await vt.sluit();
  }, 180_000);
});

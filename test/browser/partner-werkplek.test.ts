/**
 * Issue 20 in Chromium against the real gateway in demo mode (`npm start`, with its demo
 * identity providers on `localhost` and its sleutelbewaarder as a child process): the
 * Hilversum aandachtsfunctionaris registers a signal in the browser, Veilig Thuis registers
 * the same person and sees the overlap, and the gateway's FG answers an inzage for that person
 * and prints the letter. Every request goes to the gateway, the identity provider or the
 * sleutelbewaarder; the sleutelbewaarder gets only blinded elements; no identifier, canonical
 * form or OPRF input appears in any request, server log line, cookie or browser storage, in
 * any common encoding. axe-core finds no WCAG 2.1 AA violation on any new page or state.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wcagSchendingen } from '../helpers/axe.js';
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

/** A made-up person: a BSN with a valid 11-proef, a surname, a birthday and a phone number. */
const PERSOON = { achternaam: 'Van der Proefpersoon', geboortedatum: '1991-04-23' };
const TELEFOON = '06 87654321';
const BSN = '123456782';
/** What must never leave the device: as typed, canonical, and as OPRF input. */
const GEHEIM = [
  'Proefpersoon',
  'proefpersoon|1991-04-23',
  'ketenpoort:v2:persoon:proefpersoon|1991-04-23',
  '87654321',
  '+31687654321',
  'ketenpoort:v2:telefoon:+31687654321',
  BSN,
  `ketenpoort:v2:bsn:${BSN}`,
];

/** Every encoding of `s` a leak could take. */
function vormen(s: string): string[] {
  const b = Buffer.from(s, 'utf8');
  return [
    s,
    s.toLowerCase(),
    encodeURIComponent(s),
    new URLSearchParams({ x: s }).toString().slice(2),
    b.toString('base64'),
    b.toString('base64url'),
    b.toString('hex'),
  ];
}

/** Every request as text: method, URL, headers and body. */
async function alsTekst(verzoeken: readonly Request[]): Promise<string> {
  const delen = await Promise.all(
    verzoeken.map(async (v) => {
      const koppen = await v.allHeaders().catch(() => v.headers());
      return `${v.method()} ${v.url()}\n${JSON.stringify(koppen)}\n${v.postData() ?? ''}`;
    }),
  );
  return delen.join('\n');
}

/** Everything the browser stores for every origin it visited. */
async function opslag(pagina: Page): Promise<string> {
  const koekjes = await pagina.context().cookies();
  const lokaal = await pagina.evaluate(async () => {
    const idb = (await indexedDB.databases?.()) ?? [];
    return (
      JSON.stringify({ ...localStorage }) +
      JSON.stringify({ ...sessionStorage }) +
      JSON.stringify(idb)
    );
  });
  return JSON.stringify(koekjes) + lokaal;
}

/** Types the person into the identifier fields of the page. */
async function vulPersoonIn(pagina: Page, metBsn: boolean) {
  if (metBsn) await pagina.getByLabel('BSN (9 cijfers)').fill(BSN);
  await pagina.getByLabel('Achternaam (met tussenvoegsel)').fill(PERSOON.achternaam);
  await pagina.getByLabel('Geboortedatum (jjjj-mm-dd of dd-mm-jjjj)').fill(PERSOON.geboortedatum);
  await pagina.getByLabel('Telefoonnummer').fill(TELEFOON);
}

/** Waits until the page redeemed its code and can pseudonymise. */
async function klaarVoorVersturen(pagina: Page, knop: string) {
  await pagina.waitForURL((u) => u.origin === gateway.url && u.hash === '');
  await expect.poll(() => pagina.getByRole('button', { name: knop }).isEnabled()).toBe(true);
}

describe('de medewerker van een partner in de browser', () => {
  const verzamel: Request[] = [];

  it('Hilversum registreert een signaal; Veilig Thuis registreert dezelfde persoon en ziet de overlap', async () => {
    const hv = await nieuwePagina(browser);
    await logIn(hv.pagina, gateway.url, 'Gemeente Hilversum', 'medewerker');
    expect(new URL(hv.pagina.url()).pathname).toBe('/partner');
    expect(await wcagSchendingen(hv.pagina), 'mijn signalen, leeg').toEqual([]);
    await hv.pagina.getByRole('link', { name: 'Signaal registreren' }).click();
    await klaarVoorVersturen(hv.pagina, 'Versleutel en registreer');
    expect(await wcagSchendingen(hv.pagina), 'registreren, leeg').toEqual([]);
    await vulPersoonIn(hv.pagina, false);
    // The canonical form, computed on the device, shows beside the fields.
    await expect
      .poll(() => hv.pagina.locator('[data-soort="telefoon"] output').textContent())
      .toBe('Wordt vergeleken als: +31687654321');
    expect(await wcagSchendingen(hv.pagina), 'registreren, gevuld').toEqual([]);
    await hv.pagina.getByLabel('seksuele uitbuiting').check();
    await hv.pagina.getByLabel('Doel').selectOption('zorgcoordinatie');
    await hv.pagina.getByRole('button', { name: 'Versleutel en registreer' }).click();
    await hv.pagina.waitForURL(`${gateway.url}/partner/registreren`);
    await expect.poll(() => hv.pagina.locator('h1').textContent()).toBe('Signaal geregistreerd');
    expect(await wcagSchendingen(hv.pagina), 'geregistreerd').toEqual([]);
    verzamel.push(...hv.verzoeken);
    expect(hv.fouten).toEqual([]);
    expect(await opslag(hv.pagina)).not.toMatch(/Proefpersoon|87654321/i);

    const vt = await nieuwePagina(browser);
    await logIn(vt.pagina, gateway.url, 'Veilig Thuis Gooi en Vechtstreek', 'medewerker');
    await vt.pagina.goto(`${gateway.url}/partner/registreren`);
    await klaarVoorVersturen(vt.pagina, 'Versleutel en registreer');
    await vulPersoonIn(vt.pagina, true);
    await vt.pagina.getByLabel('seksuele uitbuiting').check();
    await vt.pagina.getByLabel('Sterkte').selectOption('hard');
    await vt.pagina.getByLabel('Gemeente (CBS-code)').selectOption('GM0402');
    await vt.pagina.getByLabel('Doel').selectOption('veiligheidsbeoordeling');
    await vt.pagina.getByRole('button', { name: 'Versleutel en registreer' }).click();
    await expect.poll(() => vt.pagina.locator('h1').textContent()).toBe('Signaal geregistreerd');
    const overlap = await vt.pagina.locator('main li').allTextContents();
    expect(overlap.join('\n')).toContain(
      'Gemeente Hilversum heeft ook een signaal over deze betrokkene',
    );
    expect(await wcagSchendingen(vt.pagina), 'geregistreerd met overlap').toEqual([]);

    // Mijn signalen, one signal, and the overlap on it now.
    await vt.pagina.getByRole('link', { name: 'Naar het signaal' }).click();
    expect(await wcagSchendingen(vt.pagina), 'een signaal').toEqual([]);
    await vt.pagina.getByRole('button', { name: 'Overlap bekijken' }).click();
    await expect.poll(() => vt.pagina.locator('h1').textContent()).toBe('Overlap van uw signaal');
    expect(await vt.pagina.locator('main li').allTextContents()).toHaveLength(1);
    await vt.pagina.goto(`${gateway.url}/partner`);
    expect(await vt.pagina.locator('tbody tr').count()).toBe(1);
    expect(await wcagSchendingen(vt.pagina), 'mijn signalen, gevuld').toEqual([]);
    verzamel.push(...vt.verzoeken);
    expect(vt.fouten).toEqual([]);
    expect(await opslag(vt.pagina)).not.toMatch(/Proefpersoon|87654321|123456782/i);

    // Hilversum's inbox holds the later overlap.
    await hv.pagina.goto(`${gateway.url}/partner/inbox`);
    expect(await hv.pagina.locator('main li').allTextContents()).toEqual([
      expect.stringContaining('Nieuwe overlap op uw signaal'),
    ]);
    expect(await wcagSchendingen(hv.pagina), 'inbox').toEqual([]);
    await hv.sluit();
    await vt.sluit();
  }, 120_000);

  it('de gateway-FG beantwoordt een inzage voor die persoon en drukt de brief af', async () => {
    const fg = await nieuwePagina(browser);
    await logIn(fg.pagina, gateway.url, /Ketenpoort \(FG en jurist/, 'fg');
    await fg.pagina.goto(`${gateway.url}/fg/inzage`);
    await klaarVoorVersturen(fg.pagina, 'Versleutel en zoek');
    expect(await wcagSchendingen(fg.pagina), 'inzage, leeg').toEqual([]);
    await vulPersoonIn(fg.pagina, false);
    await fg.pagina.getByRole('button', { name: 'Versleutel en zoek' }).click();
    await expect.poll(() => fg.pagina.locator('h1').first().textContent()).toBe('Inzage');
    const brief = await fg.pagina
      .getByRole('article', { name: 'Brief aan de betrokkene' })
      .textContent();
    expect(brief).toContain('Gemeente Hilversum heeft een signaal over u vastgelegd');
    expect(brief).toContain('Veilig Thuis Gooi en Vechtstreek heeft een signaal over u vastgelegd');
    expect(await wcagSchendingen(fg.pagina), 'inzage, rapport').toEqual([]);
    // Printed: the letter, without the FG's annex or the page's buttons.
    await fg.pagina.emulateMedia({ media: 'print' });
    expect(await fg.pagina.getByRole('article', { name: 'Bijlage voor de FG' }).isVisible()).toBe(
      false,
    );
    expect(await fg.pagina.getByRole('button', { name: 'Brief afdrukken' }).isVisible()).toBe(
      false,
    );
    expect(
      await fg.pagina.getByRole('article', { name: 'Brief aan de betrokkene' }).isVisible(),
    ).toBe(true);
    expect((await fg.pagina.pdf()).subarray(0, 4).toString()).toBe('%PDF');
    expect(await wcagSchendingen(fg.pagina), 'inzage, afdruk').toEqual([]);
    verzamel.push(...fg.verzoeken);
    expect(fg.fouten).toEqual([]);
    expect(await opslag(fg.pagina)).not.toMatch(/Proefpersoon|87654321/i);
    await fg.sluit();
  }, 120_000);

  it('stuurt alleen naar poort, inlogdienst en sleutelbewaarder, en nergens een identificatie', async () => {
    expect(verzamel.length).toBeGreaterThan(10);
    const origins = new Set(verzamel.map((v) => new URL(v.url()).origin));
    const sleutelbewaarder = verzamel.find((v) => v.url().endsWith('/v1/evaluaties'));
    expect(sleutelbewaarder).toBeDefined();
    const idp = verzamel.find((v) => new URL(v.url()).hostname === 'localhost');
    expect([...origins].sort()).toEqual(
      [gateway.url, new URL(idp!.url()).origin, new URL(sleutelbewaarder!.url()).origin].sort(),
    );
    // The sleutelbewaarder gets blinded elements only: key id and 32-byte group elements.
    for (const v of verzamel.filter((x) => x.url() === sleutelbewaarder!.url())) {
      if (v.method() === 'OPTIONS') continue;
      const body = JSON.parse(v.postData() ?? '{}') as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['elementen', 'sleutel']);
      for (const e of body.elementen as string[]) expect(e).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    const tekst = await alsTekst(verzamel);
    const log = gateway.uitvoer();
    for (const g of GEHEIM) {
      for (const vorm of vormen(g)) {
        expect(tekst.includes(vorm), `${vorm} in een verzoek`).toBe(false);
        expect(log.includes(vorm), `${vorm} in het serverlog`).toBe(false);
      }
    }
  });
});

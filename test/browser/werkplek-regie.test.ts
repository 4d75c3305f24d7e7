/**
 * The regie pages of the werkplek (issues 17 and 20) in Chromium: gemeente Hilversum and the
 * zorgcoördinator hold a signal about the same made-up person and see each other's casus; the
 * gemeente proposes the zorgcoördinator as regisseur on the keyboard alone, the zorgcoördinator
 * accepts in its inbox, and both see who leads. The police's TMM holds a signal about the same
 * person, but no member's rule grants it the casus: its pages read the same as in a world where
 * it holds a signal about somebody else. axe-core finds no WCAG 2.1 AA violation on any state;
 * every request goes to the gateway or the identity provider and carries no identifier.
 * The set-up is an in-process test gateway served over HTTP, as in werkplek-eenrichting.test.ts.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { tabNaar, wcagSchendingen } from '../helpers/axe.js';
import { startChromium, startWereldServer, type WereldServer } from '../helpers/browser.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { zonderToeval } from '../helpers/eenrichting.js';
import { ANDER, casussen, GEMEENTE, meld, PERSOON, stelVoor, TMM, ZC } from '../helpers/regie.js';
import { nieuwePagina } from '../helpers/werkplek-browser.js';
import { werkplekMet } from '../helpers/werkplek-sessie.js';

/** The HTTP server of one world at a time: `zet` switches the app it serves. */
let zet: WereldServer['zet'];
let stopServer: WereldServer['stop'];
let url: string;
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
let browser: Browser;

beforeAll(async () => {
  browser = await startChromium();
  ({ url, zet, stop: stopServer } = await startWereldServer());
  ({ dienst: idp, inloggen } = await demoInlog(
    demoAccounts([GEMEENTE, ZC, TMM], 'ketenpoort'),
    url,
  ));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await idp?.stop();
  stopServer?.();
});

/** A world: the gemeente and the zorgcoördinator about PERSOON, TMM about `tmmOver`. */
async function wereld(tmmOver: string) {
  const o = await werkplekMet(inloggen);
  const g = await meld(o, GEMEENTE);
  const z = await meld(o, ZC);
  const t = await meld(o, TMM, tmmOver);
  zet(o.app);
  return { o, g, z, t };
}

/** Logs in as `organisatie`'s employee in a fresh context that records every request. */
async function logIn(organisatie: string) {
  const p = await nieuwePagina(browser);
  await p.pagina.goto(`${url}/inloggen/${organisatie}`);
  await p.pagina.locator('input[name="login"]').fill('medewerker');
  await p.pagina.locator('input[name="password"]').fill('demo');
  await p.pagina.locator('button[type="submit"]').click();
  await p.pagina.waitForURL((u) => u.origin === url && u.pathname !== '/inloggen/terug');
  return p;
}

/** Opens the regie page of signal `id` from its signal page. */
async function naarRegie(pagina: Page, id: string) {
  await pagina.goto(`${url}/partner/signalen/${id}`);
  await pagina.getByRole('button', { name: 'Casussen en regie bekijken' }).click();
  await expect.poll(() => pagina.locator('h1').textContent()).toBe('Casussen en regie');
}

/** The text of the main part of the page. */
const hoofd = async (pagina: Page) => (await pagina.locator('main').textContent()) ?? '';

/** Every request as text, and whether each went to the gateway or the identity provider. */
async function sporen(verzoeken: readonly Request[], pagina: Page) {
  const vreemd = verzoeken
    .map((v) => new URL(v.url()))
    .filter((u) => u.origin !== url && u.hostname !== 'localhost');
  const tekst = await Promise.all(
    verzoeken.map(
      async (v) =>
        `${v.url()}\n${JSON.stringify(await v.allHeaders().catch(() => v.headers()))}\n${v.postData() ?? ''}`,
    ),
  );
  const opslag = JSON.stringify(await pagina.context().storageState({ indexedDB: true }));
  return { vreemd, tekst: [...tekst, opslag].join('\n') };
}

describe('regie in de werkplek', () => {
  it('de gemeente stelt met het toetsenbord de zorgcoördinator voor, die neemt aan, en beide zien wie de regie heeft', async () => {
    const { o, g, z } = await wereld(ANDER);
    const gem = await logIn(GEMEENTE);
    await gem.pagina.goto(`${url}/partner/signalen/${g}`);
    expect(await wcagSchendingen(gem.pagina), 'signaal met regieknop').toEqual([]);
    // Keyboard only: to the regie button, then the proposal form.
    await tabNaar(gem.pagina, `form[action="/partner/signalen/${g}/regie"] button`);
    await gem.pagina.keyboard.press('Enter');
    await expect.poll(() => gem.pagina.locator('h1').textContent()).toBe('Casussen en regie');
    expect(await gem.pagina.locator('[data-regie]').allTextContents()).toEqual([
      'Voor zover uw organisatie het mag weten, heeft niemand de regie.',
    ]);
    expect(await wcagSchendingen(gem.pagina), 'casus zonder regie').toEqual([]);
    await tabNaar(gem.pagina, '#r-naar-1');
    // The second option: the policy's default regisseur (for zorgcoördinatie: the zorgcoördinator).
    await gem.pagina.keyboard.press('ArrowDown');
    expect(await gem.pagina.locator('#r-naar-1').inputValue()).toBe('standaard');
    // The doel starts at the signal's own.
    expect(await gem.pagina.locator('#r-doel-1').inputValue()).toBe('zorgcoordinatie');
    await tabNaar(gem.pagina, 'form[action$="/regie"] button[type="submit"]');
    await gem.pagina.keyboard.press('Enter');
    await expect.poll(() => gem.pagina.locator('h1').textContent()).toBe('Regie voorgesteld');
    expect(await hoofd(gem.pagina)).toContain(
      'Het voorstel aan Zorgcoördinatie mensenhandel Gooi en Vechtstreek (HVO-Querido) staat open',
    );
    expect(await wcagSchendingen(gem.pagina), 'regie voorgesteld').toEqual([]);
    await gem.pagina.getByRole('button', { name: 'Casussen en regie bekijken' }).click();
    const open = await gem.pagina.locator('main li').allTextContents();
    expect(open).toEqual([expect.stringMatching(/^Uw voorstel: Zorgcoördinatie .* uiterlijk \d/)]);
    expect(await wcagSchendingen(gem.pagina), 'open voorstel').toEqual([]);

    const zc = await logIn(ZC);
    await zc.pagina.goto(`${url}/partner/inbox`);
    expect(await zc.pagina.locator('main li').allTextContents()).toContainEqual(
      expect.stringContaining(
        'Gemeente Hilversum stelt voor dat uw organisatie de regie neemt van een casus van uw signaal, voor Zorgcoördinatie.',
      ),
    );
    expect(await wcagSchendingen(zc.pagina), 'inbox met regievoorstel').toEqual([]);
    // The gateway's own proposal of the default regisseur stands above it: answer the gemeente's.
    await zc.pagina
      .locator('main li', { hasText: 'Gemeente Hilversum stelt voor' })
      .getByRole('button', { name: 'Regie aannemen' })
      .click();
    await expect.poll(() => zc.pagina.locator('h1').textContent()).toBe('Regie aangenomen');
    expect(await wcagSchendingen(zc.pagina), 'regie aangenomen').toEqual([]);
    await naarRegie(zc.pagina, z);
    expect(await zc.pagina.locator('[data-regie]').allTextContents()).toEqual([
      'Uw organisatie heeft de regie.',
    ]);
    expect(await zc.pagina.getByRole('button', { name: 'Regie overdragen' }).count()).toBe(1);
    expect(await wcagSchendingen(zc.pagina), 'eigen regie').toEqual([]);

    await naarRegie(gem.pagina, g);
    const contact = o.beleid.partners.get(ZC)?.contact.email as string;
    expect(await gem.pagina.locator('[data-regie]').allTextContents()).toEqual([
      expect.stringMatching(/^Zorgcoördinatie mensenhandel .* heeft de regie\. Contact: /),
    ]);
    expect(await hoofd(gem.pagina)).toContain(contact);
    expect(await hoofd(gem.pagina)).toContain('Alleen de regisseur kan de regie overdragen.');
    expect(await gem.pagina.locator('main li').count()).toBe(0);
    expect(await wcagSchendingen(gem.pagina), 'regie bij een ander').toEqual([]);
    await gem.pagina.goto(`${url}/partner/inbox`);
    const inbox = (await gem.pagina.locator('main li').allTextContents()).join('\n');
    expect(inbox).toContain('Uw regievoorstel is aangenomen.');
    expect(inbox).toContain(
      'Zorgcoördinatie mensenhandel Gooi en Vechtstreek (HVO-Querido) heeft nu de regie',
    );
    expect(await wcagSchendingen(gem.pagina), 'inbox met regie').toEqual([]);

    // The regie is stored and logged as the API shows it.
    const vanG = await casussen(o, GEMEENTE, g);
    expect(vanG.casussen[0]?.regie).toMatchObject({ regisseur: { id: ZC } });
    // Only the gateway and the identity provider; no identifier or pseudonym anywhere.
    for (const p of [gem, zc]) {
      const s = await sporen(p.verzoeken, p.pagina);
      expect(s.vreemd).toEqual([]);
      expect(s.tekst).toContain('ketenpoort-sessie');
      expect(s.tekst).not.toContain(PERSOON);
      expect(s.tekst).not.toContain(o.pseudoniem('bsn', PERSOON).waarde);
      expect(p.fouten).toEqual([]);
      await p.sluit();
    }
  }, 120_000);

  it('TMM, die de casus niet mag zien, ziet op zijn pagina’s hetzelfde als bij een ander persoon', async () => {
    /** TMM's signal page, regie page and inbox after the gemeente and zc settled regie. */
    const waarneming = async (tmmOver: string) => {
      const w = await wereld(tmmOver);
      const casus = (await casussen(w.o, GEMEENTE, w.g)).casussen[0]?.id as string;
      const r = await stelVoor(w.o, GEMEENTE, w.g, casus, { naar: ZC, doel: 'zorgcoordinatie' });
      const { voorstel } = (await r.json()) as { voorstel: string };
      const a = await w.o.vraag(ZC, 'POST', `/v1/regievoorstellen/${voorstel}/antwoord`, {
        antwoord: 'aangenomen',
      });
      expect(a.status).toBe(200);
      const tmm = await logIn(TMM);
      const gezien: string[] = [];
      await naarRegie(tmm.pagina, w.t);
      expect(await wcagSchendingen(tmm.pagina), 'geen casus').toEqual([]);
      gezien.push(await hoofd(tmm.pagina));
      await tmm.pagina.goto(`${url}/partner/inbox`);
      gezien.push(await hoofd(tmm.pagina));
      await tmm.pagina.goto(`${url}/partner/signalen/${w.t}`);
      gezien.push(await hoofd(tmm.pagina));
      const s = await sporen(tmm.verzoeken, tmm.pagina);
      expect(s.vreemd).toEqual([]);
      expect(s.tekst).not.toContain(PERSOON);
      await tmm.sluit();
      // The casus's members: TMM's signal is one of them only in the world of the same person.
      const leden = await w.o.store.casusLeden(w.t, w.o.diensten.klok());
      return { gezien: gezien.map(zonderToeval), leden: leden.length };
    };
    const zelfde = await waarneming(PERSOON);
    const ander = await waarneming(ANDER);
    expect(zelfde.leden).toBeGreaterThan(ander.leden);
    expect(zelfde.gezien).toEqual(ander.gezien);
    expect(zelfde.gezien[0]).toContain('Uw signaal hoort bij geen casus');
    // The regie page and the inbox name nobody (the signal page lists every partner to hand over to).
    for (const tekst of zelfde.gezien.slice(0, 2)) {
      expect(tekst).not.toMatch(/Gemeente Hilversum|Zorgcoördinatie mensenhandel|regie belegd/i);
    }
  }, 120_000);
});

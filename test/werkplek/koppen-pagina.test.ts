/**
 * The security headers on every page of a logged-in FG and jurist, and of a partner's
 * employee (and on the pages that
 * refuse, the downloads and the login steps), HSTS over HTTPS, and no inline script or style
 * in any HTML page: the CSP would block it. The list of pages is checked against the
 * werkplek's router, so a new page cannot be left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { STIJL_PAD } from '../../src/werkplek/stijl.js';
import { maakWerkplek } from '../../src/werkplek/werkplek.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { registreer, signaal } from '../helpers/signalen.js';
import { alsIngelogd, POORT, werkplekMet } from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  const accounts = new Map(
    [...demoAccounts(['vtgv'], 'ketenpoort')].map(([o, n]) => [o, new Map(n)]),
  );
  accounts.get('ketenpoort')!.set('beide', ['fg', 'jurist']);
  ({ dienst: idp, inloggen } = await demoInlog(accounts, POORT));
});
afterAll(() => idp?.stop());

const PAGINAS = [
  '/',
  '/fg',
  '/fg?actie=onbekend',
  '/fg/blad/1',
  '/fg/blad/999',
  '/fg/controle',
  '/jurist',
  '/jurist/matrix',
  '/jurist/register',
  '/jurist/uitleg?bron=vtgv&ontvanger=tmm&doel=',
  '/jurist/uitleg?bron=x&ontvanger=tmm&doel=',
  '/jurist/scenarios',
  '/cijfers',
  '/fg/export/csv',
  '/fg/export/jsonl',
  '/inloggen/vtgv',
  '/inloggen/terug',
  '/fg/inzage',
  '/partner',
  '/partner/registreren',
  '/partner/inbox',
  '/partner/signalen/bestaat-niet',
];

/** Routes that are no page: the style sheets (tested in koppen.test.ts, served before the headers). */
const GEEN_PAGINA = [`${STIJL_PAD}/:naam`];

describe('beveiligingskoppen op elke pagina', () => {
  it.each(PAGINAS)('%s', async (pad) => {
    const o = await werkplekMet(inloggen);
    await registreer(
      o,
      'vtgv',
      signaal(o, { doel: 'casusoverleg', pseudoniemen: [o.pseudoniem('bsn', '111222333')] }),
    );
    const pagina = await alsIngelogd(o, 'ketenpoort', 'beide');
    const partner = await alsIngelogd(o, 'vtgv', 'medewerker');
    const https = await o.app.request(`https://poort.example${pad}`);
    expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    for (const r of [
      await pagina(pad),
      await partner(pad),
      await o.app.request(`${POORT}${pad}`),
    ]) {
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('strict-transport-security')).toBeNull();
      const html = await r.text();
      // No pseudonym in a download or a redirect either.
      expect(html).not.toContain(o.pseudoniem('bsn', '111222333').waarde);
      expect(r.headers.get('location') ?? '').not.toContain(
        o.pseudoniem('bsn', '111222333').waarde,
      );
      if (!(r.headers.get('content-type') ?? '').startsWith('text/html') || html === '') continue;
      expect(html).toContain('<html lang="nl">');
      // Scripts only as files of the gateway (`src`), never inline.
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)|<style|\sstyle=|\son[a-z]+=/i);
      // No pseudonym in the page: the registered one is nowhere.
      expect(html).not.toContain(o.pseudoniem('bsn', '111222333').waarde);
    }
  });

  it('de lijst noemt elke GET-route van de werkplek', async () => {
    const o = await werkplekMet(inloggen);
    const routes = maakWerkplek(o.werkplek)
      .routes.filter((r) => r.method === 'GET' && !GEEN_PAGINA.includes(r.path))
      .map((r) => r.path);
    expect(routes.length).toBeGreaterThan(10);
    const vorm = (route: string) => new RegExp(`^${route.replace(/:[a-z]+/g, '[^/?]+')}(\\?|$)`);
    const ontbreekt = routes.filter((route) => !PAGINAS.some((p) => vorm(route).test(p)));
    expect(ontbreekt).toEqual([]);
  });
});

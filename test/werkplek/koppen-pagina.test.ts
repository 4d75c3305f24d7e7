/**
 * The security headers on every page of a logged-in FG and jurist (and on the pages that
 * refuse), and no inline script or style anywhere: the CSP would block it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
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
];

describe('beveiligingskoppen op elke pagina', () => {
  it.each(PAGINAS)('%s', async (pad) => {
    const o = await werkplekMet(inloggen);
    await registreer(
      o,
      'vtgv',
      signaal(o, { doel: 'casusoverleg', pseudoniemen: [o.pseudoniem('bsn', '111222333')] }),
    );
    const pagina = await alsIngelogd(o, 'ketenpoort', 'beide');
    for (const r of [await pagina(pad), await o.app.request(`${POORT}${pad}`)]) {
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await r.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
      // No pseudonym in the page: the registered one is nowhere.
      expect(html).not.toContain(o.pseudoniem('bsn', '111222333').waarde);
    }
  });
});

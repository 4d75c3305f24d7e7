/**
 * Logging in at one's own organisation with OpenID Connect, against real demo providers
 * (oidc-provider) on `localhost` while the gateway is `127.0.0.1`: state, nonce and PKCE are
 * enforced, a callback works once, a partner's issuer cannot make anyone a jurist or the
 * gateway's FG, and the cookies carry the flags the issue asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog, naarProvider } from '../helpers/demo-inloggen.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';

const POORT = 'http://127.0.0.1';
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;

beforeAll(async () => {
  const accounts = new Map(
    [...demoAccounts(['vtgv', 'gemeente-hilversum'], 'ketenpoort')].map(([o, namen]) => [
      o,
      new Map(namen),
    ]),
  );
  // A partner account whose own issuer claims the jurist role: never granted.
  accounts.get('vtgv')!.set('indringer', ['fg', 'jurist']);
  // A sub that is an e-mail address: it must not be stored or shown.
  accounts.get('ketenpoort')!.set('fg@ketenpoort.example', ['fg']);
  ({ dienst: idp, inloggen } = await demoInlog(accounts, POORT));
});
afterAll(() => idp?.stop());

async function gateway() {
  return await maakWerkplekOmgeving({ inloggen });
}

describe('inloggen bij de eigen organisatie', () => {
  it('de FG van de poort logt in over twee sites en komt op de FG-pagina', async () => {
    const o = await gateway();
    const { poortkoekjes, terug } = await naarProvider(
      o.app,
      'ketenpoort',
      'fg@ketenpoort.example',
      POORT,
    );
    expect(new URL(terug).host).toBe('127.0.0.1');
    expect(idp.issuers.get('ketenpoort')).toMatch(/^http:\/\/localhost:/);
    const r = await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } });
    expect(r.status).toBe(200);
    const sessie = r.headers.getSetCookie().find((k) => k.startsWith('ketenpoort-sessie='))!;
    expect(sessie).toMatch(/HttpOnly/);
    expect(sessie).toMatch(/SameSite=Strict/);
    expect(sessie).not.toMatch(/Secure/);
    poortkoekjes.neem(r);
    expect(await r.text()).toContain('url=/fg');
    const fg = await o.app.request(`${POORT}/fg`, { headers: { cookie: poortkoekjes.kop() } });
    expect(fg.status).toBe(200);
    const html = await fg.text();
    expect(html).toContain('alle logboekregels');
    expect(html).not.toContain('fg@ketenpoort.example');
    // Stored: the hash of the cookie and an HMAC of the person, never the sub itself.
    const rijen = await o.store.sql('SELECT * FROM sessies');
    expect(rijen).toHaveLength(1);
    expect(JSON.stringify(rijen)).not.toContain('ketenpoort.example');
    expect(JSON.stringify(rijen)).not.toContain(poortkoekjes.get('ketenpoort-sessie'));
    expect(rijen[0]).toMatchObject({ organisatie: 'ketenpoort', rollen: '["fg"]' });
  });

  it('de inlogstatus is een HttpOnly-cookie met SameSite=Lax; over HTTPS Secure en __Host-', async () => {
    const o = await gateway();
    const http = await o.app.request(`${POORT}/inloggen/vtgv`);
    const koekje = http.headers.getSetCookie()[0]!;
    expect(koekje).toMatch(/^ketenpoort-inlog=/);
    expect(koekje).toMatch(/HttpOnly/);
    expect(koekje).toMatch(/SameSite=Lax/);
    const https = await o.app.request('https://poort.example/inloggen/vtgv');
    expect(https.headers.getSetCookie()[0]).toMatch(/^__Host-ketenpoort-inlog=.*Secure/);
    const loc = new URL(http.headers.get('location')!);
    expect(loc.searchParams.get('code_challenge_method')).toBe('S256');
    for (const p of ['state', 'nonce', 'code_challenge']) {
      expect(loc.searchParams.get(p)?.length).toBeGreaterThanOrEqual(43);
    }
  });

  it('een teruggespeelde callback wordt geweigerd: de inlogstatus geldt één keer', async () => {
    const o = await gateway();
    const { poortkoekjes, terug } = await naarProvider(o.app, 'vtgv', 'fg', POORT);
    const cookie = poortkoekjes.kop();
    expect((await o.app.request(terug, { headers: { cookie } })).status).toBe(200);
    const opnieuw = await o.app.request(terug, { headers: { cookie } });
    expect(opnieuw.status).toBe(400);
    expect(opnieuw.headers.getSetCookie().join()).not.toContain('ketenpoort-sessie=');
  });

  it('een callback zonder eigen inlogstatus, met andere state of andere code wordt geweigerd', async () => {
    const o = await gateway();
    const { poortkoekjes, terug } = await naarProvider(o.app, 'vtgv', 'fg', POORT);
    // Without the login-state cookie (someone else's callback, login CSRF).
    expect((await o.app.request(terug)).status).toBe(400);
    const b = await naarProvider(o.app, 'vtgv', 'fg', POORT);
    // A's callback with B's login state: the state does not match.
    expect((await o.app.request(terug, { headers: { cookie: b.poortkoekjes.kop() } })).status).toBe(
      400,
    );
    const c = await naarProvider(o.app, 'vtgv', 'fg', POORT);
    const anders = new URL(c.terug);
    anders.searchParams.set('code', `${anders.searchParams.get('code')}x`);
    expect(
      (await o.app.request(anders, { headers: { cookie: c.poortkoekjes.kop() } })).status,
    ).toBe(400);
    expect(await o.store.sql('SELECT * FROM sessies')).toHaveLength(0);
    void poortkoekjes;
  });

  it('PKCE en nonce worden gecontroleerd: een andere verifier of nonce levert geen sessie', async () => {
    for (const kolom of ['verifier', 'nonce']) {
      const o = await gateway();
      const { poortkoekjes, terug } = await naarProvider(o.app, 'vtgv', 'fg', POORT);
      await o.store.exec(`UPDATE inlogpogingen SET ${kolom} = '${'A'.repeat(43)}'`);
      const r = await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } });
      expect(r.status, kolom).toBe(400);
      expect(await o.store.sql('SELECT * FROM sessies')).toHaveLength(0);
    }
  });

  it('de uitgever van een partner die om de rol jurist vraagt, wordt geweigerd', async () => {
    const o = await gateway();
    const { poortkoekjes, terug } = await naarProvider(o.app, 'vtgv', 'indringer', POORT);
    const r = await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } });
    expect(r.status).toBe(403);
    expect(await r.text()).toContain('geen rol');
    expect(await o.store.sql('SELECT * FROM sessies')).toHaveLength(0);
  });

  it('de FG van een partner is FG van de eigen organisatie, niet van de poort', async () => {
    const o = await gateway();
    const { poortkoekjes, terug } = await naarProvider(o.app, 'gemeente-hilversum', 'fg', POORT);
    poortkoekjes.neem(await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } }));
    const fg = await o.app.request(`${POORT}/fg`, { headers: { cookie: poortkoekjes.kop() } });
    expect(fg.status).toBe(200);
    expect(await fg.text()).toContain('U ziet als FG van Gemeente Hilversum');
    const jurist = await o.app.request(`${POORT}/jurist`, {
      headers: { cookie: poortkoekjes.kop() },
    });
    expect(jurist.status).not.toBe(200);
  });
});

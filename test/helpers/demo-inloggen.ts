/**
 * Logging in at a demo identity provider without a browser: follows the redirects of the
 * authorisation request, submits the provider's login form, and returns the callback URL the
 * provider sends the browser back to. A small cookie jar per provider.
 */
import type { Hono } from 'hono';
import {
  DEMO_CLIENT,
  type DemoAccounts,
  type DemoInlogdienst,
  startDemoInlogdienst,
} from '../../src/node/demo-inlogdienst.js';
import { leesInlogconfiguratie } from '../../src/werkplek/inlog-configuratie.js';
import { maakInlogdienst } from '../../src/werkplek/oidc.js';

/** Cookies as a browser would send them back (name=value only; enough for one site). */
export class Koekjestrommel {
  private readonly koekjes = new Map<string, string>();
  neem(r: Response) {
    for (const regel of r.headers.getSetCookie()) {
      const [paar] = regel.split(';');
      const i = paar!.indexOf('=');
      const naam = paar!.slice(0, i);
      const waarde = paar!.slice(i + 1);
      if (waarde === '' || /max-age=0/i.test(regel)) this.koekjes.delete(naam);
      else this.koekjes.set(naam, waarde);
    }
  }
  kop(): string {
    return [...this.koekjes].map(([n, w]) => `${n}=${w}`).join('; ');
  }
  get(naam: string) {
    return this.koekjes.get(naam);
  }
}

/** Starts demo providers for `accounts` and a login service of the gateway for them. */
export async function demoInlog(accounts: DemoAccounts, poort = 'http://127.0.0.1') {
  const dienst = await startDemoInlogdienst(accounts, { host: 'localhost', poort: 0 });
  await dienst.registreer(`${poort}/inloggen/terug`, `${poort}/`);
  const organisaties = [...dienst.issuers.keys()];
  const config = leesInlogconfiguratie(
    Object.fromEntries(
      organisaties.map((o) => [
        o,
        {
          issuer: dienst.issuers.get(o),
          client: DEMO_CLIENT,
          claim: 'rollen',
          rollen: o === 'ketenpoort' ? ['fg', 'jurist'] : ['partner', 'fg', 'statistiek'],
        },
      ]),
    ),
    new Set(organisaties.filter((o) => o !== 'ketenpoort')),
    Object.fromEntries(organisaties.map((o) => [o, dienst.geheim])),
  );
  return { dienst, inloggen: maakInlogdienst(config) };
}

/**
 * Starts a login at `organisatie` on the gateway `app` and logs in at the provider as
 * `gebruikersnaam`. Returns the gateway's cookies (with the login-state cookie) and the
 * callback URL, not yet visited.
 */
export async function naarProvider(
  app: Hono<never> | { request: Hono['request'] },
  organisatie: string,
  gebruikersnaam: string,
  poort = 'http://127.0.0.1',
) {
  const poortkoekjes = new Koekjestrommel();
  const start = await app.request(`${poort}/inloggen/${organisatie}`);
  if (start.status !== 302) throw new Error(`inloggen begon niet: ${start.status}`);
  poortkoekjes.neem(start);
  const idp = new Koekjestrommel();
  let url = new URL(start.headers.get('location')!);
  let body: URLSearchParams | undefined;
  for (let stap = 0; stap < 10; stap++) {
    const r = await fetch(url, {
      redirect: 'manual',
      method: body ? 'POST' : 'GET',
      body,
      headers: { cookie: idp.kop() },
    });
    idp.neem(r);
    body = undefined;
    const verder = r.headers.get('location');
    if (r.status === 200) {
      // The provider's login form.
      await r.text();
      body = new URLSearchParams({ prompt: 'login', login: gebruikersnaam, password: 'demo' });
      continue;
    }
    if (!verder) throw new Error(`provider antwoordde ${r.status}: ${await r.text()}`);
    const volgende = new URL(verder, url);
    if (volgende.origin === new URL(poort).origin) return { poortkoekjes, terug: volgende };
    url = volgende;
  }
  throw new Error('te veel stappen bij de provider');
}

export type { DemoInlogdienst };

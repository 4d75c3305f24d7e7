/**
 * Logging in at a demo identity provider without a browser: follows the redirects of the
 * authorisation request, submits the provider's login form, and returns the callback URL the
 * provider sends the browser back to. Web-standard only, so workerd runs it too.
 */

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

/**
 * Starts a login at `organisatie` on the gateway `app` and logs in at the provider as
 * `gebruikersnaam`. Returns the gateway's cookies (with the login-state cookie) and the
 * callback URL, not yet visited.
 */
export async function naarProvider(
  app: { request(url: string, init?: RequestInit): Response | Promise<Response> },
  organisatie: string,
  gebruikersnaam: string,
  poort = 'http://127.0.0.1',
) {
  const poortkoekjes = new Koekjestrommel();
  const start = await app.request(`${poort}/inloggen/${organisatie}`);
  if (start.status !== 302) throw new Error(`inloggen begon niet: ${start.status}`);
  poortkoekjes.neem(start);
  const terug = await volgProvider(
    new URL(start.headers.get('location')!),
    gebruikersnaam,
    new URL(poort).origin,
  );
  return { poortkoekjes, terug };
}

/**
 * Follows an authorisation request at a provider from `url`, logs in as `gebruikersnaam` on
 * its login form, and returns the URL it sends the browser to on `terugOrigin` (not visited).
 * `idp` keeps the provider's cookies, so a second request finds the session.
 */
export async function volgProvider(
  start: URL,
  gebruikersnaam: string,
  terugOrigin: string,
  idp = new Koekjestrommel(),
): Promise<URL> {
  let url = start;
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
    if (volgende.origin === terugOrigin) return volgende;
    url = volgende;
  }
  throw new Error('te veel stappen bij de provider');
}

/**
 * A logged-in werkplek session in a test gateway: logs in at the demo provider (no browser)
 * and returns a function that fetches a page of the gateway with the session's cookies.
 */
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { naarProvider } from './demo-inloggen.js';
import { maakWerkplekOmgeving } from './werkplek.js';

export const POORT = 'http://127.0.0.1';
export type Werkplek = Awaited<ReturnType<typeof maakWerkplekOmgeving>>;

/**
 * Logs in at `organisatie` as `gebruikersnaam`; returns a fetcher with that session's cookies
 * (a GET unless `init` says otherwise).
 */
export async function alsIngelogd(o: Werkplek, organisatie: string, gebruikersnaam = 'fg') {
  const { poortkoekjes, terug } = await naarProvider(o.app, organisatie, gebruikersnaam, POORT);
  const r = await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } });
  if (r.status !== 200) throw new Error(`inloggen mislukt: ${r.status}`);
  poortkoekjes.neem(r);
  return (pad: string, init: RequestInit = {}) =>
    o.app.request(`${POORT}${pad}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie: poortkoekjes.kop() },
    });
}

/** A test gateway with pages whose people log in through `inloggen`. */
export const werkplekMet = (inloggen: Inlogdienst) => maakWerkplekOmgeving({ inloggen });

/** Posts `velden` as a form of the werkplek's pages would, with the page's CSRF token. */
export async function postFormulier(
  pagina: Awaited<ReturnType<typeof alsIngelogd>>,
  pad: string,
  velden: Record<string, string | string[]>,
  csrf?: string,
) {
  const token =
    csrf ?? /name="csrf" value="([^"]+)"/.exec(await (await pagina('/partner')).text())?.[1];
  const body = new URLSearchParams({ csrf: token ?? '' });
  for (const [naam, waarde] of Object.entries(velden)) {
    for (const w of Array.isArray(waarde) ? waarde : [waarde]) body.append(naam, w);
  }
  return pagina(pad, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

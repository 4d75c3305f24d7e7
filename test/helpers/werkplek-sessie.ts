/**
 * A logged-in werkplek session in a test gateway: logs in at the demo provider (no browser)
 * and returns a function that fetches a page of the gateway with the session's cookies.
 */
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { naarProvider } from './demo-inloggen.js';
import { maakWerkplekOmgeving } from './werkplek.js';

export const POORT = 'http://127.0.0.1';
export type Werkplek = Awaited<ReturnType<typeof maakWerkplekOmgeving>>;

/** Logs in at `organisatie` as `gebruikersnaam`; returns a page fetcher with that session. */
export async function alsIngelogd(o: Werkplek, organisatie: string, gebruikersnaam = 'fg') {
  const { poortkoekjes, terug } = await naarProvider(o.app, organisatie, gebruikersnaam, POORT);
  const r = await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } });
  if (r.status !== 200) throw new Error(`inloggen mislukt: ${r.status}`);
  poortkoekjes.neem(r);
  return (pad: string) =>
    o.app.request(`${POORT}${pad}`, { headers: { cookie: poortkoekjes.kop() } });
}

/** A test gateway with pages whose people log in through `inloggen`. */
export const werkplekMet = (inloggen: Inlogdienst) => maakWerkplekOmgeving({ inloggen });

/**
 * Logging in at a demo identity provider without a browser: follows the redirects of the
 * authorisation request, submits the provider's login form, and returns the callback URL the
 * provider sends the browser back to. A small cookie jar per provider.
 */
import {
  DEMO_BROWSER_CLIENT,
  DEMO_CLIENT,
  type DemoAccounts,
  type DemoInlogdienst,
  startDemoInlogdienst,
} from '../../src/node/demo-inlogdienst.js';

export { Koekjestrommel, naarProvider } from './idp-stappen.js';

import { leesInlogconfiguratie } from '../../src/werkplek/inlog-configuratie.js';
import { maakInlogdienst } from '../../src/werkplek/oidc.js';

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
          browserClient: DEMO_BROWSER_CLIENT,
        },
      ]),
    ),
    new Set(organisaties.filter((o) => o !== 'ketenpoort')),
    Object.fromEntries(organisaties.map((o) => [o, dienst.geheim])),
  );
  return { dienst, inloggen: maakInlogdienst(config) };
}

export type { DemoInlogdienst };

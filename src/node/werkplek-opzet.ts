/**
 * @module
 * The werkplek's options in Node: style sheets from node_modules, and where people log in:
 * the demo identity providers in demo mode, otherwise the login configuration file with the
 * client secrets from their own file (never under policies/, which is bundled and signed).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Configuratie } from '../config/env.js';
import { POORT } from '../logboek/zoeken.js';
import type { Beleid } from '../policy/index.js';
import { scenariobestanden } from '../policy/scenarios.js';
import { type Inlogconfiguratie, leesInlogconfiguratie } from '../werkplek/inlog-configuratie.js';
import { maakInlogdienst } from '../werkplek/oidc.js';
import type { WerkplekOpties } from '../werkplek/opties.js';
import { leesBeleidBestanden } from './beleid-lezen.js';
import {
  DEMO_BROWSER_CLIENT,
  DEMO_CLIENT,
  type DemoAccounts,
  type DemoInlogdienst,
  demoAccountLijst,
} from './demo-inlogdienst.js';
import { leesGeheimenBestand } from './geheimen-bestand.js';
import { sleutelbewaarderUrl } from './pseudoniem-instelling.js';
import { werkplekStijlUitPakketten } from './werkplek-stijl.js';

/** The werkplek of the Node gateway; `demo`: the running demo providers and their accounts. */
export function werkplekOpties(
  cfg: Configuratie,
  beleid: Beleid,
  demo?: { dienst: DemoInlogdienst; accounts: DemoAccounts },
): WerkplekOpties {
  const partners = new Set(beleid.partners.keys());
  let config: Inlogconfiguratie | undefined;
  if (demo) {
    const invoer = Object.fromEntries(
      [...demo.dienst.issuers].map(([organisatie, issuer]) => [
        organisatie,
        {
          issuer,
          client: DEMO_CLIENT,
          claim: 'rollen',
          rollen: organisatie === POORT ? ['fg', 'jurist'] : ['partner', 'fg', 'statistiek'],
          browserClient: DEMO_BROWSER_CLIENT,
        },
      ]),
    );
    const geheimen = Object.fromEntries(
      [...demo.dienst.issuers.keys()].map((o) => [o, demo.dienst.geheim]),
    );
    config = leesInlogconfiguratie(invoer, partners, geheimen);
  } else if (cfg.inloggen) {
    config = leesInlogconfiguratie(
      parse(readFileSync(cfg.inloggen, 'utf8')),
      partners,
      leesGeheimen(cfg),
    );
  }
  return {
    stijlBestand: werkplekStijlUitPakketten(),
    inloggen: config && maakInlogdienst(config),
    demoAccounts: demo ? demoAccountLijst(demo.accounts) : [],
    openbareUrl: cfg.openbareUrl,
    sleutelbewaarder: () => {
      try {
        return sleutelbewaarderUrl(cfg);
      } catch {
        return undefined;
      }
    },
    scenarios: {
      bestanden: scenariobestanden(leesBeleidBestanden(cfg.beleid)),
      herkomst: `de map ${cfg.beleid}/tests/ op de server, gelezen bij de start van de poort`,
    },
  };
}

/** The client secrets: a JSON object of organisation -> secret, outside the policy folder. */
function leesGeheimen(cfg: Configuratie): Record<string, string> {
  if (!cfg.inloggeheimen) {
    throw new Error(
      'KETENPOORT_INLOGGEHEIMEN ontbreekt: geef het bestand met per organisatie het clientgeheim.',
    );
  }
  return leesGeheimenBestand('KETENPOORT_INLOGGEHEIMEN', cfg.inloggeheimen, cfg.beleid);
}

/**
 * @module
 * What a pseudonymising page tells its script (data attributes) and which connections its CSP
 * allows: the sleutelbewaarder's evaluation address, the identity provider's token endpoint
 * and the public client of the logged-in person's organisation, the key pinned in the signed
 * policy, and the page's own address for the return. When any of it is missing the page
 * cannot pseudonymise and says what the beheerder must set.
 */
import type { Context } from 'hono';
import {
  SLEUTELBEWAARDER_RESOURCE,
  SLEUTELBEWAARDER_SCOPE,
} from '../client/sleutelbewaarder-resource.js';
import type { WerkplekEnv } from './context.js';
import { cspMet } from './koppen.js';
import type { WerkplekOpties } from './opties.js';
import { paginaScriptPad, pseudoniemModulePad } from './pseudoniem-module.js';

/** A page ready to pseudonymise: its data attributes, its scripts and its CSP. */
export interface BrowserInstellingen {
  data: Record<string, string>;
  scripts: string[];
  csp: string;
}

/**
 * The settings of the page at `pad` whose script posts to `actie`, for the session on `c`;
 * a Dutch reason instead when something is not configured.
 */
export async function browserInstellingen(
  c: Context<WerkplekEnv>,
  o: WerkplekOpties,
  pad: string,
  actie: string,
): Promise<BrowserInstellingen | { reden: string }> {
  const { sessie, diensten } = c.var;
  const sleutel = diensten.beleid.pseudoniemen.sleutels.at(-1);
  if (diensten.beleid.pseudoniemen.versie !== 'v2' || !sleutel?.publiek) {
    return { reden: 'Het beleid pint geen sleutel van de sleutelbewaarder (pseudoniemen v2).' };
  }
  const sleutelbewaarder = o.sleutelbewaarder?.()?.replace(/\/+$/, '');
  if (!sleutelbewaarder || !o.pseudoniemModule || !o.paginaScript) {
    return {
      reden: 'De poort weet niet waar de sleutelbewaarder is (KETENPOORT_SLEUTELBEWAARDER_URL).',
    };
  }
  const uitgever = o.inloggen?.uitgever(sessie.organisatie);
  if (!o.inloggen || !uitgever?.browserClient) {
    return {
      reden:
        'De inlogdienst van uw organisatie heeft geen publieke client voor de browser (browserClient in de inlogconfiguratie).',
    };
  }
  const eindpunten = await o.inloggen.eindpunten(uitgever);
  const basis = o.openbareUrl ?? new URL(c.req.url).origin;
  const evaluaties = `${sleutelbewaarder}/v1/evaluaties`;
  return {
    data: {
      'data-pseudonimiseer': '',
      'data-sleutelbewaarder': sleutelbewaarder,
      'data-sleutel': sleutel.id,
      'data-publiek': sleutel.publiek,
      'data-autorisatie': eindpunten.autorisatie,
      'data-token': eindpunten.token,
      'data-client': uitgever.browserClient,
      'data-resource': SLEUTELBEWAARDER_RESOURCE,
      'data-scope': SLEUTELBEWAARDER_SCOPE,
      'data-terug': `${basis}${pad}`,
      'data-actie': actie,
      'data-csrf': sessie.csrf,
    },
    scripts: [pseudoniemModulePad(o.pseudoniemModule), paginaScriptPad(o.paginaScript)],
    csp: cspMet([eindpunten.token, evaluaties]),
  };
}

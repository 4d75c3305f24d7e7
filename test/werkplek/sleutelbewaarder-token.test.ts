/**
 * The person at the sleutelbewaarder (issue 20, item 2), against real demo providers: the
 * werkplek's public browser client gets a token for the sleutelbewaarder with PKCE and the
 * resource indicator, the code comes back in the fragment, the token endpoint answers the
 * gateway's origin only (CORS), and the sleutelbewaarder, trusting the issuer by its own
 * configuration, evaluates once per token; a refresh gives the next one. Everything the gateway
 * holds for a session (its cookies, and the ID and access token it redeemed at login) gets 401.
 */
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SLEUTELBEWAARDER_RESOURCE,
  SLEUTELBEWAARDER_SCOPE,
} from '../../src/client/sleutelbewaarder-resource.js';
import { base64url } from '../../src/encoding/base64url.js';
import { DEMO_BROWSER_CLIENT, DEMO_CLIENT, demoAccounts } from '../../src/node/demo-inlogdienst.js';
import { blindeer } from '../../src/pseudonym/v2.js';
import { maakSleutelbewaarderApp } from '../../src/sleutelbewaarder/app.js';
import { ConfiguratieSchema } from '../../src/sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from '../../src/sleutelbewaarder/demo-sleutel.js';
import { geheugenOpslag } from '../../src/sleutelbewaarder/opslag.js';
import { REGISTREREN_PAD } from '../../src/werkplek/browser-inlog.js';
import { leesInlogconfiguratie } from '../../src/werkplek/inlog-configuratie.js';
import { maakInlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog, naarProvider } from '../helpers/demo-inloggen.js';
import { volgProvider } from '../helpers/idp-stappen.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';

const POORT = 'http://127.0.0.1';
const ORG = 'gemeente-hilversum';
let idp: DemoInlogdienst;

beforeAll(async () => {
  ({ dienst: idp } = await demoInlog(demoAccounts([ORG], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

function sleutelbewaarder() {
  const issuer = idp.issuers.get(ORG)!;
  const configuratie = ConfiguratieSchema.parse({
    partners: [
      { id: ORG, sleutels: [{ kty: 'OKP', kid: 'x' }], quotum: { perVerzoek: 10, perDag: 100 } },
    ],
    uitgevers: [{ issuer, jwks: `${issuer}/jwks`, partner: ORG, rollen: ['partner'] }],
    herkomsten: [POORT],
  });
  const app = maakSleutelbewaarderApp({
    configuratie,
    sleutels: [demoOprfSleutel()],
    opslag: geheugenOpslag(),
    klok: Date.now,
    logTelling: () => {},
  });
  return (token: string) =>
    app.request('/v1/evaluaties', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        sleutel: 'demo-v2',
        elementen: [base64url(blindeer('bsn', '111222333').geblindeerd)],
      }),
    });
}

/** The browser's part: authorise as a public client and redeem the code from the fragment. */
async function browserTokens(gebruiker: string) {
  const issuer = idp.issuers.get(ORG)!;
  const verifier = oidc.randomPKCECodeVerifier();
  const terug = `${POORT}${REGISTREREN_PAD}`;
  const auth = new URL(`${issuer}/auth`);
  auth.search = new URLSearchParams({
    client_id: DEMO_BROWSER_CLIENT,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: terug,
    scope: `openid ${SLEUTELBEWAARDER_SCOPE}`,
    resource: SLEUTELBEWAARDER_RESOURCE,
    state: 'toestand-1234',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  const terugUrl = await volgProvider(auth, gebruiker, POORT);
  expect(terugUrl.search).toBe('');
  const fragment = new URLSearchParams(terugUrl.hash.slice(1));
  const r = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { origin: POORT, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: DEMO_BROWSER_CLIENT,
      code: fragment.get('code') ?? '',
      redirect_uri: terug,
      code_verifier: verifier,
      resource: SLEUTELBEWAARDER_RESOURCE,
    }),
  });
  expect(r.headers.get('access-control-allow-origin')).toBe(POORT);
  const tokens = (await r.json()) as { access_token: string; refresh_token: string };
  return { ...tokens, issuer, fragment };
}

describe('a token of the browser for the sleutelbewaarder', () => {
  it('comes with PKCE in the fragment, evaluates once, and a refresh gives the next', async () => {
    const vraag = sleutelbewaarder();
    const t = await browserTokens('medewerker');
    expect(t.fragment.get('state')).toBe('toestand-1234');
    expect((await vraag(t.access_token)).status).toBe(200);
    expect((await vraag(t.access_token)).status).toBe(401);
    const ververst = await fetch(`${t.issuer}/token`, {
      method: 'POST',
      headers: { origin: POORT, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: DEMO_BROWSER_CLIENT,
        refresh_token: t.refresh_token,
        resource: SLEUTELBEWAARDER_RESOURCE,
      }),
    });
    const nieuw = (await ververst.json()) as { access_token: string };
    expect((await vraag(nieuw.access_token)).status).toBe(200);
  });

  it('is not given to another origin, nor without PKCE', async () => {
    const issuer = idp.issuers.get(ORG)!;
    const r = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        origin: 'http://elders.test',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: DEMO_BROWSER_CLIENT }),
    });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    const zonderPkce = new URL(`${issuer}/auth`);
    zonderPkce.search = new URLSearchParams({
      client_id: DEMO_BROWSER_CLIENT,
      response_type: 'code',
      redirect_uri: `${POORT}${REGISTREREN_PAD}`,
      scope: 'openid',
    }).toString();
    const terug = await volgProvider(zonderPkce, 'medewerker', POORT);
    expect(terug.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses with 401 every token and cookie the gateway holds for a session', async () => {
    const vraag = sleutelbewaarder();
    // The gateway's own login, with a fetch that records what its token endpoint answered.
    const antwoorden: string[] = [];
    const config = leesInlogconfiguratie(
      {
        [ORG]: {
          issuer: idp.issuers.get(ORG),
          client: DEMO_CLIENT,
          claim: 'rollen',
          rollen: ['partner', 'fg', 'statistiek'],
        },
      },
      new Set([ORG]),
      { [ORG]: idp.geheim },
    );
    const inloggen = maakInlogdienst(config, {
      fetch: async (url, init) => {
        const r = await fetch(url, init);
        if (url.endsWith('/token')) antwoorden.push(await r.clone().text());
        return r;
      },
    });
    const o = await maakWerkplekOmgeving({ inloggen });
    const { poortkoekjes, terug } = await naarProvider(o.app, ORG, 'medewerker', POORT);
    const inlogkoekje = poortkoekjes.get('ketenpoort-inlog');
    const r = await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } });
    expect(r.status).toBe(200);
    poortkoekjes.neem(r);
    const tokens = JSON.parse(antwoorden[0] ?? '{}') as Record<string, string>;
    const gehouden = [
      poortkoekjes.get('ketenpoort-sessie'),
      inlogkoekje,
      tokens.id_token,
      tokens.access_token,
    ];
    expect(gehouden.every((t) => typeof t === 'string' && t.length > 10)).toBe(true);
    for (const t of gehouden) expect((await vraag(t!)).status).toBe(401);
  });
});

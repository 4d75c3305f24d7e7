/**
 * @module
 * Logging in at one's own organisation with OpenID Connect (openid-client): authorisation
 * code with PKCE (S256), state and nonce. The provider's metadata is discovered once per
 * organisation. Plain HTTP is allowed only for an issuer on this machine (the demo provider).
 */
import * as oidc from 'openid-client';
import type { Inlogconfiguratie, Uitgever } from './inlog-configuratie.js';

/** What the callback must match; kept server-side until the callback. */
export interface Controles {
  state: string;
  nonce: string;
  verifier: string;
}

/** A verified login: who (issuer and `sub`) and the claims of the ID token. */
export interface Aanmelding {
  issuer: string;
  sub: string;
  claims: Record<string, unknown>;
}

/** Where a browser authorises and redeems its code at an organisation's provider. */
export interface Eindpunten {
  autorisatie: string;
  token: string;
}

export interface Inlogdienst {
  /** The organisation's issuer; undefined when the organisation has none configured. */
  uitgever(organisatie: string): Uitgever | undefined;
  /** Where to send the browser, and what the callback must then match. */
  begin(u: Uitgever, terug: string): Promise<{ url: URL; controles: Controles }>;
  /** Redeems the code of the callback at `huidig`; throws when anything does not match. */
  rond(u: Uitgever, huidig: URL, controles: Controles): Promise<Aanmelding>;
  /** The endpoints a page's browser uses itself (the public client's code flow). */
  eindpunten(u: Uitgever): Promise<Eindpunten>;
  /** The provider's logout page, when it has one. */
  uitlogUrl(u: Uitgever, terug: string): Promise<URL | undefined>;
}

const LOKAAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The login service over `config`; `fetch` is injectable for tests and the Worker. */
export function maakInlogdienst(
  config: Inlogconfiguratie,
  opties: { fetch?: (url: string, init: RequestInit) => Promise<Response> } = {},
): Inlogdienst {
  const ontdekt = new Map<string, Promise<oidc.Configuration>>();
  const configuratie = (u: Uitgever) => {
    let c = ontdekt.get(u.organisatie);
    if (!c) {
      const issuer = new URL(u.issuer);
      const onveilig = issuer.protocol === 'http:' && LOKAAL.has(issuer.hostname);
      c = oidc.discovery(issuer, u.client, undefined, oidc.ClientSecretBasic(u.geheim), {
        execute: onveilig ? [oidc.allowInsecureRequests] : [],
        ...(opties.fetch
          ? {
              [oidc.customFetch]: (url: string, o: oidc.CustomFetchOptions) =>
                opties.fetch!(url, o as RequestInit),
            }
          : {}),
      });
      // A provider that was down is asked again next time.
      c.catch(() => ontdekt.delete(u.organisatie));
      ontdekt.set(u.organisatie, c);
    }
    return c;
  };
  return {
    uitgever: (organisatie) => config.get(organisatie),
    async begin(u, terug) {
      const c = await configuratie(u);
      const controles = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(c, {
        redirect_uri: terug,
        scope: 'openid',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(controles.verifier),
        code_challenge_method: 'S256',
        state: controles.state,
        nonce: controles.nonce,
      });
      return { url, controles };
    },
    async rond(u, huidig, controles) {
      const c = await configuratie(u);
      const tokens = await oidc.authorizationCodeGrant(c, huidig, {
        pkceCodeVerifier: controles.verifier,
        expectedState: controles.state,
        expectedNonce: controles.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('geen ID-token');
      return { issuer: claims.iss, sub: claims.sub, claims: claims as Record<string, unknown> };
    },
    async eindpunten(u) {
      const m = (await configuratie(u)).serverMetadata();
      if (!m.authorization_endpoint || !m.token_endpoint) {
        throw new Error(
          `De uitgever van ${u.organisatie} noemt geen autorisatie- of tokeneindpunt.`,
        );
      }
      return { autorisatie: m.authorization_endpoint, token: m.token_endpoint };
    },
    async uitlogUrl(u, terug) {
      const c = await configuratie(u);
      if (!c.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(c, { client_id: u.client, post_logout_redirect_uri: terug });
    },
  };
}

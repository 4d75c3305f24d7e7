/**
 * @module
 * In the employee's browser: its own token for the sleutelbewaarder, from its organisation's
 * identity provider as a public client (authorisation code with PKCE, RFC 7636; resource
 * indicator, RFC 8707). The code comes back in the fragment, which the browser never sends
 * to the gateway; the tokens live in this page's memory only. Only the PKCE verifier and
 * state survive the round trip, in sessionStorage, and are removed when the code is redeemed.
 */
import { base64url } from '../../encoding/base64url.js';

/** What the page tells the script about the identity provider (data attributes). */
export interface TokenInstellingen {
  autorisatie: string;
  token: string;
  client: string;
  resource: string;
  scope: string;
  /** This page's own address, where the provider sends the browser back. */
  terug: string;
}

const OPSLAG = 'ketenpoort-pkce';

/** Tokens of this page: one access token used once, and the refresh token for the next. */
export interface Tokens {
  volgende(): Promise<string>;
}

function willekeurig(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function uitdaging(verifier: string): Promise<string> {
  const te = new TextEncoder().encode(verifier);
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', te)));
}

/** Sends the browser to the provider; it comes back to `terug` with a code in the fragment. */
export async function vraagCode(i: TokenInstellingen): Promise<void> {
  const state = willekeurig();
  const verifier = willekeurig();
  sessionStorage.setItem(OPSLAG, JSON.stringify({ state, verifier }));
  const url = new URL(i.autorisatie);
  url.search = new URLSearchParams({
    client_id: i.client,
    response_type: 'code',
    response_mode: 'fragment',
    redirect_uri: i.terug,
    scope: `openid ${i.scope}`,
    resource: i.resource,
    state,
    code_challenge: await uitdaging(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
}

async function tokenVraag(i: TokenInstellingen, velden: Record<string, string>) {
  const r = await fetch(i.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: i.client, resource: i.resource, ...velden }),
    credentials: 'omit',
  });
  if (!r.ok) throw new Error(`De inlogdienst gaf geen token (${r.status}).`);
  const t = (await r.json()) as { access_token?: string; refresh_token?: string };
  if (!t.access_token) throw new Error('De inlogdienst gaf geen token.');
  return t;
}

/**
 * Redeems the code in the fragment, if any (and removes it from the address bar): the page's
 * tokens, or undefined when there is no code; throws when the code or its state is wrong.
 */
export async function leesCode(i: TokenInstellingen): Promise<Tokens | undefined> {
  const fragment = new URLSearchParams(location.hash.slice(1));
  if (!fragment.has('code') && !fragment.has('error')) return undefined;
  history.replaceState(null, '', location.pathname);
  const bewaard = JSON.parse(sessionStorage.getItem(OPSLAG) ?? '{}') as {
    state?: string;
    verifier?: string;
  };
  sessionStorage.removeItem(OPSLAG);
  if (fragment.has('error') || !bewaard.verifier || fragment.get('state') !== bewaard.state) {
    throw new Error('De inlogdienst van uw organisatie gaf geen toestemming.');
  }
  const eerste = await tokenVraag(i, {
    grant_type: 'authorization_code',
    code: fragment.get('code') ?? '',
    redirect_uri: i.terug,
    code_verifier: bewaard.verifier,
  });
  let toegang: string | undefined = eerste.access_token;
  let ververs = eerste.refresh_token;
  return {
    async volgende() {
      if (toegang) {
        const t = toegang;
        toegang = undefined;
        return t;
      }
      if (!ververs) throw new Error('Vraag een nieuw token: laad de pagina opnieuw.');
      const t = await tokenVraag(i, { grant_type: 'refresh_token', refresh_token: ververs });
      ververs = t.refresh_token ?? ververs;
      return t.access_token as string;
    },
  };
}

/**
 * @module
 * The demo region's identity providers: a real OpenID provider (oidc-provider) per
 * organisation, one issuer each (`<url>/<organisatie>`), on its own host name so that logging
 * in crosses sites as it does in production. Demo accounts per role; any password is good.
 * Only in demo mode (`KETENPOORT_DEMO=aan`).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, errors } from 'oidc-provider';
import type { ApiRol } from '../api/auth/rollen.js';
import {
  SLEUTELBEWAARDER_RESOURCE,
  SLEUTELBEWAARDER_SCOPE,
} from '../client/sleutelbewaarder-resource.js';
import { BROWSER_TERUG_PADEN } from '../werkplek/browser-inlog.js';
import type { DemoAccount } from '../werkplek/opties.js';

/** One organisation's demo accounts: user name -> the roles its claim carries. */
export type DemoAccounts = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

export interface DemoInlogdienst {
  /** Per organisation, its issuer URL. */
  issuers: ReadonlyMap<string, string>;
  /** The client secret the gateway uses at every demo issuer. */
  geheim: string;
  /** Accepts logins returning to `terug` (the gateway's callback); call once the gateway listens. */
  registreer(terug: string, naUitloggen: string): Promise<void>;
  stop(): Promise<void>;
}

/** The client id of the gateway at every demo issuer. */
export const DEMO_CLIENT = 'ketenpoort-werkplek';

/**
 * The public client of the werkplek's pages (no secret, PKCE): the browser itself gets a token
 * for the sleutelbewaarder with it, which never passes through the gateway.
 */
export const DEMO_BROWSER_CLIENT = 'ketenpoort-browser';

/** The demo accounts: per partner an employee and its FG; the gateway's FG and jurist. */
export function demoAccounts(partners: readonly string[], poort: string): DemoAccounts {
  const accounts = new Map<string, Map<string, ApiRol[]>>();
  for (const p of partners) {
    accounts.set(
      p,
      new Map<string, ApiRol[]>([
        ['medewerker', ['partner']],
        ['fg', ['fg']],
      ]),
    );
  }
  accounts.set(
    poort,
    new Map<string, ApiRol[]>([
      ['fg', ['fg']],
      ['jurist', ['jurist']],
    ]),
  );
  return accounts;
}

/** The accounts as the start page lists them. */
export function demoAccountLijst(accounts: DemoAccounts): DemoAccount[] {
  const omschrijving: Record<string, string> = {
    partner: 'medewerker',
    fg: 'functionaris gegevensbescherming',
    jurist: 'jurist',
    statistiek: 'ketenregisseur (cijfers)',
  };
  return [...accounts].flatMap(([organisatie, namen]) =>
    [...namen].map(([gebruikersnaam, rollen]) => ({
      organisatie,
      gebruikersnaam,
      omschrijving: rollen.map((r) => omschrijving[r] ?? r).join(', '),
    })),
  );
}

/** Starts the providers' HTTP server on `host:poort` (0: a free port). */
export async function startDemoInlogdienst(
  accounts: DemoAccounts,
  { host, poort }: { host: string; poort: number },
): Promise<DemoInlogdienst> {
  const providers = new Map<string, Provider>();
  const server = createServer((req, res) => behandel(providers, req, res));
  await new Promise<void>((klaar, mis) => {
    server.once('error', (fout) =>
      mis(
        new Error(
          `De demo-inlogdiensten starten niet op ${host}:${poort} (${fout.message}). Kies een andere poort met KETENPOORT_DEMO_INLOGPOORT.`,
        ),
      ),
    );
    server.listen(poort, host, klaar);
  });
  // The gateway's own server keeps the process running; this one does not need to.
  server.unref();
  const basis = `http://${host}:${(server.address() as AddressInfo).port}`;
  const issuers = new Map([...accounts.keys()].map((o) => [o, `${basis}/${o}`]));
  const geheim = randomBytes(32).toString('base64url');
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const sleutel = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: 'demo-1' };
  const cookiesleutel = randomBytes(32).toString('base64url');
  return {
    issuers,
    geheim,
    async registreer(terug, naUitloggen) {
      for (const [organisatie, namen] of accounts) {
        const config = providerConfiguratie(organisatie, namen, {
          geheim,
          terug,
          naUitloggen,
          sleutel,
          cookiesleutel,
        });
        providers.set(
          organisatie,
          zonderDemowaarschuwing(() => new Provider(issuers.get(organisatie)!, config)),
        );
      }
    },
    stop: () =>
      new Promise<void>((klaar) => {
        server.closeAllConnections();
        server.close(() => klaar());
      }),
  };
}

function providerConfiguratie(
  organisatie: string,
  namen: ReadonlyMap<string, readonly string[]>,
  o: { geheim: string; terug: string; naUitloggen: string; sleutel: object; cookiesleutel: string },
): Configuration {
  return {
    clients: [
      {
        client_id: DEMO_CLIENT,
        client_secret: o.geheim,
        redirect_uris: [o.terug],
        post_logout_redirect_uris: [o.naUitloggen],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        id_token_signed_response_alg: 'ES256',
      },
      {
        client_id: DEMO_BROWSER_CLIENT,
        token_endpoint_auth_method: 'none',
        redirect_uris: BROWSER_TERUG_PADEN.map((pad) => `${new URL(o.terug).origin}${pad}`),
        response_types: ['code'],
        grant_types: ['authorization_code', 'refresh_token'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    // The werkplek's pages redeem the code and refresh from the browser, and nobody else.
    clientBasedCORS: (_ctx, origin, client) =>
      client.clientId === DEMO_BROWSER_CLIENT && origin === new URL(o.terug).origin,
    // Kept in the page's memory only; rotated at every use (a public client).
    issueRefreshToken: async (_ctx, client) => client.clientId === DEMO_BROWSER_CLIENT,
    // The roles in the sleutelbewaarder's token, which admits only the roles it names.
    extraTokenClaims: async (_ctx, token) =>
      'accountId' in token && token.accountId
        ? { rollen: [...(namen.get(String(token.accountId)) ?? [])] }
        : undefined,
    jwks: { keys: [o.sleutel as never] },
    cookies: { keys: [o.cookiesleutel] },
    pkce: { required: () => true },
    ttl: {
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      // Five minutes: the longest the sleutelbewaarder accepts.
      AccessToken: 300,
      IdToken: 600,
      AuthorizationCode: 60,
      RefreshToken: 3600,
    },
    claims: { openid: ['sub', 'rollen'] },
    // The roles go in the ID token, where the gateway reads them.
    conformIdTokenClaims: false,
    // Our own login page (inloggenPagina): Dutch, and nothing from another origin (the
    // provider's development pages load a web font from Google).
    features: {
      devInteractions: { enabled: false },
      // RFC 8707: the browser client asks for a token whose audience is the sleutelbewaarder.
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx, client, oneOf) =>
          (client?.clientId === DEMO_BROWSER_CLIENT ? SLEUTELBEWAARDER_RESOURCE : oneOf) as string,
        useGrantedResource: () => true,
        getResourceServerInfo: async (_ctx, resource, client) => {
          if (resource !== SLEUTELBEWAARDER_RESOURCE || client.clientId !== DEMO_BROWSER_CLIENT) {
            throw new errors.InvalidTarget();
          }
          return {
            scope: SLEUTELBEWAARDER_SCOPE,
            audience: SLEUTELBEWAARDER_RESOURCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 300,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/${organisatie}/interaction/${interaction.uid}` },
    async findAccount(_ctx, id) {
      const rollen = namen.get(id);
      if (!rollen) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, rollen: [...rollen] }) };
    },
    // Demo: no consent screen; the gateway is the only client.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId ??
        ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return await ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId,
      });
      grant.addOIDCScope('openid');
      grant.addOIDCClaims(['rollen']);
      if (ctx.oidc.client!.clientId === DEMO_BROWSER_CLIENT) {
        grant.addResourceScope(SLEUTELBEWAARDER_RESOURCE, SLEUTELBEWAARDER_SCOPE);
      }
      await grant.save();
      return grant;
    },
  };
}

/**
 * Runs `maak` without oidc-provider's warnings that it runs in its development set-up
 * (in-memory storage, built-in login pages): that is what a demo provider is, and the start
 * message already says so; sixteen providers would print thirty-two lines.
 */
function zonderDemowaarschuwing<T>(maak: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('oidc-provider WARNING: a quick start development-only')) {
      warn(...args);
    }
  };
  try {
    return maak();
  } finally {
    console.warn = warn;
  }
}

/** Routes `/<organisatie>/...` to that organisation's provider, mounted under its path. */
function behandel(
  providers: ReadonlyMap<string, Provider>,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const url = req.url ?? '/';
  const organisatie = url.split(/[/?]/)[1] ?? '';
  const provider = providers.get(organisatie);
  if (!provider) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Geen demo-inlogdienst op dit adres.');
    return;
  }
  if (/^\/[^/]+\/interaction\/[^/?]+$/.test(url.split('?')[0]!)) {
    inloggenBijDemo(provider, req, res).catch(() => {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Deze inlogpoging is verlopen. Begin opnieuw bij Ketenpoort.');
    });
    return;
  }
  const mount = `/${organisatie}`;
  Object.assign(req, { originalUrl: url, url: url.slice(mount.length) || '/' });
  provider.callback()(req, res);
}

/** The demo login page: any password is good; the user name must be a demo account. */
async function inloggenBijDemo(provider: Provider, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  let fout = '';
  if (req.method === 'POST') {
    let body = '';
    for await (const deel of req) body += deel;
    const login = new URLSearchParams(body).get('login') ?? '';
    const account = await provider.Account.findAccount(undefined as never, login);
    if (account) {
      await provider.interactionFinished(req, res, { login: { accountId: login } });
      return;
    }
    fout =
      '<p role="alert">Deze gebruikersnaam kent de demo niet. Kies er een van de startpagina van Ketenpoort.</p>';
  }
  res.writeHead(fout ? 400 : 200, {
    'content-type': 'text/html; charset=utf-8',
    // No form-action: after the login the provider redirects to the gateway, another origin.
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
  });
  res.end(`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Inloggen (demo)</title></head>
<body><main>
<h1>Inloggen bij uw organisatie (demo)</h1>
<p>Dit is de demo-inlogdienst van ${ontsnap(new URL(provider.issuer).pathname.slice(1))}. Elk wachtwoord is goed.</p>
${fout}
<form method="post" action="/${ontsnap(new URL(provider.issuer).pathname.slice(1))}/interaction/${ontsnap(details.uid)}">
<p><label for="login">Gebruikersnaam</label><br><input id="login" name="login" autocomplete="username" required></p>
<p><label for="password">Wachtwoord</label><br><input id="password" name="password" type="password" autocomplete="current-password"></p>
<p><button type="submit">Inloggen</button></p>
</form>
</main></body></html>`);
}

function ontsnap(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (t) => `&#${t.charCodeAt(0)};`);
}

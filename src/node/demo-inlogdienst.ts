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
import Provider, { type Configuration } from 'oidc-provider';
import type { ApiRol } from '../api/auth/rollen.js';
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
  await new Promise<void>((klaar) => server.listen(poort, host, klaar));
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
        const config = providerConfiguratie(namen, {
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
    ],
    jwks: { keys: [o.sleutel as never] },
    cookies: { keys: [o.cookiesleutel] },
    pkce: { required: () => true },
    ttl: {
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    claims: { openid: ['sub', 'rollen'] },
    // The roles go in the ID token, where the gateway reads them.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
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
  const mount = `/${organisatie}`;
  Object.assign(req, { originalUrl: url, url: url.slice(mount.length) || '/' });
  provider.callback()(req, res);
}

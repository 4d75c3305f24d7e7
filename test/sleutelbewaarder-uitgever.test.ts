/**
 * A person in a browser at the sleutelbewaarder: an access token of an identity provider that
 * the sleutelbewaarder's own configuration trusts (audience the resource indicator, type
 * at+jwt, a role it names) is accepted once for the issuer's partner; an ID token, a token
 * for the gateway, a foreign issuer, a role it does not name and a replay get 401. Only the
 * configured origins pass the CORS check.
 */
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { maakSleutelbewaarderApp } from '../src/sleutelbewaarder/app.js';
import {
  ConfiguratieSchema,
  SLEUTELBEWAARDER_RESOURCE,
} from '../src/sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from '../src/sleutelbewaarder/demo-sleutel.js';
import { geheugenOpslag } from '../src/sleutelbewaarder/opslag.js';

const NU = Date.now();
const ISSUER = 'http://idp.test/gemeente-hilversum';
const POORT = 'http://poort.test';

async function opzet() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256' }] };
  const partnerJwk = { ...(await exportJWK((await generateKeyPair('EdDSA')).publicKey)), kid: 'p' };
  const configuratie = ConfiguratieSchema.parse({
    partners: [
      {
        id: 'gemeente-hilversum',
        sleutels: [partnerJwk as JWK & { kty: string; kid: string }],
        quotum: { perVerzoek: 10, perDag: 100 },
      },
    ],
    uitgevers: [
      {
        issuer: ISSUER,
        jwks: `${ISSUER}/jwks`,
        partner: 'gemeente-hilversum',
        rollen: ['partner'],
      },
    ],
    herkomsten: [POORT],
  });
  const opgehaald: string[] = [];
  const app = maakSleutelbewaarderApp({
    configuratie,
    sleutels: [demoOprfSleutel()],
    opslag: geheugenOpslag(),
    klok: () => NU,
    logTelling: () => {},
    fetch: (async (url: string | URL | Request) => {
      opgehaald.push(String(url));
      return Response.json(jwks);
    }) as typeof fetch,
  });
  const teken = (claims: Record<string, unknown>, typ = 'at+jwt', iss = ISSUER) =>
    new SignJWT({ rollen: ['partner'], jti: crypto.randomUUID(), ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1', typ })
      .setIssuer(iss)
      .setSubject('medewerker')
      .setAudience((claims.aud as string | undefined) ?? SLEUTELBEWAARDER_RESOURCE)
      .setIssuedAt(Math.floor(NU / 1000))
      .setExpirationTime(Math.floor(NU / 1000) + 300)
      .sign(privateKey);
  const vraag = (token: string, origin?: string) =>
    app.request('/v1/evaluaties', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(origin ? { origin } : {}),
      },
      body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
    });
  return { app, teken, vraag, opgehaald };
}

describe('sleutelbewaarder: a person with a token of a trusted identity provider', () => {
  it('accepts an access token for its resource once, with the keys the issuer publishes', async () => {
    const s = await opzet();
    const token = await s.teken({});
    // 400: the token passed; the element is no valid point.
    expect((await s.vraag(token)).status).toBe(400);
    expect((await s.vraag(token)).status).toBe(401);
    expect(s.opgehaald).toEqual([`${ISSUER}/jwks`]);
  });

  it('refuses an ID token, a token for the gateway, a role it does not name and a foreign issuer', async () => {
    const s = await opzet();
    const geweigerd = [
      await s.teken({}, 'JWT'),
      await s.teken({ aud: 'ketenpoort-werkplek' }),
      await s.teken({ aud: 'ketenpoort' }),
      await s.teken({ rollen: ['jurist'] }),
      await s.teken({ rollen: 'partner' }),
      await s.teken({}, 'at+jwt', 'http://idp.test/ander'),
    ];
    for (const token of geweigerd) expect((await s.vraag(token)).status).toBe(401);
  });

  it('lets only the configured origin read its answers in a browser', async () => {
    const s = await opzet();
    const goed = await s.vraag(await s.teken({}), POORT);
    expect(goed.headers.get('access-control-allow-origin')).toBe(POORT);
    const vreemd = await s.vraag(await s.teken({}), 'http://elders.test');
    expect(vreemd.headers.get('access-control-allow-origin')).toBeNull();
    const voorvraag = await s.app.request('/v1/evaluaties', {
      method: 'OPTIONS',
      headers: {
        origin: POORT,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(voorvraag.status).toBe(204);
    expect(voorvraag.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('refuses a configuration whose issuer names no partner of it', () => {
    const r = ConfiguratieSchema.safeParse({
      partners: [
        { id: 'vtgv', sleutels: [{ kty: 'OKP', kid: 'x' }], quotum: { perVerzoek: 1, perDag: 1 } },
      ],
      uitgevers: [{ issuer: ISSUER, jwks: `${ISSUER}/jwks`, partner: 'tmm', rollen: ['partner'] }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('tmm staat niet onder partners');
  });
});

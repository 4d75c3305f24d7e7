/**
 * The sleutelbewaarder's own Worker inside workerd trusts exactly the identity providers its
 * signed configuration names (`uitgevers`, issue 20 item 2): an access token of the named
 * issuer is accepted for its partner (with the keys fetched from the configured `jwks`); one of
 * an issuer it does not name gets 401, and so does what the gateway holds for a session: its
 * session cookie, that cookie as a bearer token, and the ID token the gateway got at login.
 * The issuer's key-set endpoint is this test, through the Worker's global fetch.
 */
import { env } from 'cloudflare:test';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLEUTELBEWAARDER_RESOURCE } from '../../src/sleutelbewaarder/configuratie.js';
import worker from '../../src/sleutelbewaarder/worker.js';

const ISSUER = 'https://idp.test/vtgv';
const JWKS = `${ISSUER}/jwks`;
const privé = JSON.parse((env as { TEST_IDP_JWK: string }).TEST_IDP_JWK) as JWK;
const { d: _, ...publiek } = privé;

/** Answers the configured key-set URL with the provider's public key; records every fetch. */
function idpSleutels(): string[] {
  const opgehaald: string[] = [];
  vi.stubGlobal('fetch', async (url: string | URL | Request) => {
    const adres = url instanceof Request ? url.url : String(url);
    opgehaald.push(adres);
    return adres === JWKS
      ? Response.json({ keys: [publiek] })
      : new Response('onbekend', { status: 404 });
  });
  return opgehaald;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A token signed by the provider's key, as `iss`, for `aud`, of type `typ`. */
async function token(iss: string, aud: string, typ = 'at+jwt') {
  const nu = Math.floor(Date.now() / 1000);
  return new SignJWT({ rollen: ['partner'], jti: crypto.randomUUID() })
    .setProtectedHeader({ alg: 'ES256', kid: privé.kid as string, typ })
    .setIssuer(iss)
    .setSubject('medewerker-vtgv')
    .setAudience(aud)
    .setIssuedAt(nu)
    .setExpirationTime(nu + 300)
    .sign(await importJWK(privé, 'ES256'));
}

/** One evaluation request with `koppen`; the element is no valid point (400 once let in). */
const vraag = (koppen: Record<string, string>) =>
  worker.fetch(
    new Request('https://sleutelbewaarder.test/v1/evaluaties', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...koppen },
      body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
    }),
    env as never,
  );

describe('de uitgevers van de sleutelbewaarder-Worker', () => {
  it('laat een toegangstoken toe van de uitgever die de ondertekende configuratie noemt', async () => {
    const opgehaald = idpSleutels();
    const r = await vraag({
      authorization: `Bearer ${await token(ISSUER, SLEUTELBEWAARDER_RESOURCE)}`,
    });
    // 400, not 401: the token passed; only the element is refused.
    expect(r.status).toBe(400);
    expect(opgehaald).toEqual([JWKS]);
  });

  it('weigert een uitgever die de configuratie niet noemt met 401', async () => {
    idpSleutels();
    for (const iss of ['https://idp.test/ander', 'https://idp.test/vtgv/', 'vtgv']) {
      const r = await vraag({
        authorization: `Bearer ${await token(iss, SLEUTELBEWAARDER_RESOURCE)}`,
      });
      expect(r.status, iss).toBe(401);
    }
  });

  it('weigert wat de poort voor een sessie heeft met 401: koekje, koekje als token, ID-token', async () => {
    idpSleutels();
    const sessie = 'k2Jd0x3mQ1aZ8vWc7bY6nAk2Jd0x3mQ1aZ8vWc7bY6n';
    const pogingen: Record<string, string>[] = [
      { cookie: `ketenpoort-sessie=${sessie}` },
      { authorization: `Bearer ${sessie}` },
      { authorization: `Bearer ${await token(ISSUER, 'ketenpoort-werkplek', 'JWT')}` },
      { authorization: `Bearer ${await token(ISSUER, 'ketenpoort-werkplek')}` },
    ];
    for (const koppen of pogingen) {
      const r = await vraag(koppen);
      expect(r.status, Object.keys(koppen)[0]).toBe(401);
      expect(r.headers.get('content-type')).toContain('problem+json');
    }
    // Not vacuous: the same provider's access token for the sleutelbewaarder passes.
    const goed = await vraag({
      authorization: `Bearer ${await token(ISSUER, SLEUTELBEWAARDER_RESOURCE)}`,
    });
    expect(goed.status).toBe(400);
  });
});

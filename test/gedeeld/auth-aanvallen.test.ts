/**
 * The authentication attack table: every row must be rejected with a problem+json
 * 401/403 that reveals nothing about which check failed.
 */

import { exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64url } from '../../src/encoding/base64url.js';
import { maakOmgeving, type Omgeving, START } from '../helpers/omgeving.js';

const nuS = Math.floor(START / 1000);
const claims = {
  iss: 'vtgv',
  sub: 'medewerker-1',
  aud: 'ketenpoort',
  iat: nuS,
  exp: nuS + 120,
  jti: 'jti-0000001',
};

async function teken(
  o: Omgeving,
  kop: Record<string, unknown>,
  payload: Record<string, unknown>,
  partner = 'vtgv',
) {
  const jwk = o.prive.get(partner)!;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'EdDSA', kid: jwk.kid, ...kop })
    .sign(await importJWK(jwk, 'EdDSA'));
}

const enc = (v: unknown) => base64url(new TextEncoder().encode(JSON.stringify(v)));

type Aanval = [naam: string, maak: (o: Omgeving) => Promise<string | null>, status?: number];

const aanvallen: Aanval[] = [
  ['geen token', async () => null],
  ['lege bearer', async () => ''],
  ['geen JWT', async () => 'dit-is-geen-token'],
  ['alg none', async () => `${enc({ alg: 'none', kid: 'vtgv-1' })}.${enc(claims)}.`],
  [
    'HMAC (HS256) met de publieke sleutel als geheim',
    async (o) => {
      const pub = o.bron.get('vtgv')![0]!;
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', kid: 'vtgv-1' })
        .sign(new TextEncoder().encode(JSON.stringify(pub)));
    },
  ],
  ['onbekende kid', (o) => teken(o, { kid: 'vtgv-99' }, claims)],
  ['geen kid', (o) => teken(o, { kid: undefined }, claims)],
  ['verkeerde aud', (o) => teken(o, {}, { ...claims, aud: 'iemand-anders' })],
  ['iss van een andere partner met eigen sleutel', (o) => teken(o, {}, { ...claims, iss: 'tmm' })],
  ['onbekende iss', (o) => teken(o, {}, { ...claims, iss: 'onbekend' })],
  ['verlopen', (o) => teken(o, {}, { ...claims, iat: nuS - 600, exp: nuS - 300 })],
  [
    'nog niet geldig (iat in de toekomst)',
    (o) => teken(o, {}, { ...claims, iat: nuS + 600, exp: nuS + 700 }),
  ],
  ['nog niet geldig (nbf)', (o) => teken(o, {}, { ...claims, nbf: nuS + 600 })],
  ['langer dan 5 minuten geldig', (o) => teken(o, {}, { ...claims, exp: nuS + 3600 })],
  ['zonder jti', (o) => teken(o, {}, { ...claims, jti: undefined })],
  ['zonder sub', (o) => teken(o, {}, { ...claims, sub: undefined })],
  ['zonder exp', (o) => teken(o, {}, { ...claims, exp: undefined })],
  [
    'ondertekend met een vreemde sleutel onder een bekende kid',
    async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
      const jwk = await exportJWK(privateKey);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'vtgv-1' })
        .sign(await importJWK(jwk, 'EdDSA'));
    },
  ],
  [
    'gewijzigde payload na ondertekening',
    async (o) => {
      const t = await teken(o, {}, claims);
      const [kop, , handtekening] = t.split('.');
      return `${kop}.${enc({ ...claims, iss: 'vtgv', sub: 'iemand-anders' })}.${handtekening}`;
    },
  ],
];

describe('authenticatie: elke aanval wordt geweigerd', () => {
  it.each(aanvallen)('%s', async (_naam, maak, status = 401) => {
    const o = await maakOmgeving();
    const token = await maak(o);
    const antwoord = await o.app.request('/v1/meldingen', {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });
    expect(antwoord.status).toBe(status);
    expect(antwoord.headers.get('content-type')).toContain('application/problem+json');
    const body = await antwoord.json();
    expect(body).toMatchObject({ status, title: 'Niet geauthenticeerd' });
    expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
    expect(JSON.stringify(body)).not.toMatch(/kid|alg|aud|exp|iss|signature|JWS|JWT[A-Z]/);
  });

  it('Basic-authenticatie in plaats van een token', async () => {
    const o = await maakOmgeving();
    const antwoord = await o.app.request('/v1/meldingen', {
      headers: { authorization: 'Basic dnRndjpnZWhlaW0=' },
    });
    expect(antwoord.status).toBe(401);
  });

  it('een token voor een wijzigend verzoek kan niet opnieuw worden gebruikt', async () => {
    const o = await maakOmgeving();
    const token = await o.token('vtgv');
    const body = JSON.stringify({
      pseudoniemen: [o.pseudoniem('bsn', '111222333')],
      rol: 'slachtoffer',
      uitbuitingsvormen: ['seksuele_uitbuiting'],
      sterkte: 'hard',
      gemeente: 'GM0402',
      doel: 'veiligheidsbeoordeling',
    });
    const verzoek = () =>
      o.app.request('/v1/signalen', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    expect((await verzoek()).status).toBe(201);
    const tweede = await verzoek();
    expect(tweede.status).toBe(401);
    expect(tweede.headers.get('content-type')).toContain('application/problem+json');
  });

  it('een sleutel zonder de rol partner (hier die van de FG van vtgv) krijgt 403', async () => {
    const o = await maakOmgeving();
    const antwoord = await o.vraag('vtgv-fg', 'GET', '/v1/meldingen');
    expect(antwoord.status).toBe(403);
    expect(await antwoord.json()).toMatchObject({ status: 403, title: 'Geen toegang' });
  });

  it('een geldig token wordt geaccepteerd (de tabel hierboven test dus echt de afwijking)', async () => {
    const o = await maakOmgeving();
    const antwoord = await o.app.request('/v1/meldingen', {
      headers: { authorization: `Bearer ${await teken(o, {}, claims)}` },
    });
    expect(antwoord.status).toBe(200);
  });
});

/**
 * The sleutelbewaarder's own Worker inside workerd (issue 12, item 4): a batch evaluated with
 * a proof the client checks against the pinned demo key, the same v2 pseudonyms as in Node;
 * its audience (a token for the gateway gets 401), its jti store on its own D1, and its daily
 * quota on that D1 (429 above it, nothing evaluated).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { pseudonimiseerV2 } from '../../src/client/sleutelbewaarder-client.js';
import { maakToken } from '../../src/client/token.js';
import { SleutelbewaarderFout } from '../../src/pseudonym/v2.js';
import { demoOprfSleutel } from '../../src/sleutelbewaarder/demo-sleutel.js';
import worker from '../../src/sleutelbewaarder/worker.js';
import { pseudoniemV2 } from '../helpers/pseudoniem-v2.js';

const bindingen = env as { TEST_PARTNER_JWK: string };
const jwk = JSON.parse(bindingen.TEST_PARTNER_JWK);
const viaWorker = ((url: string | URL | Request, init?: RequestInit) =>
  worker.fetch(new Request(String(url), init), env as never)) as typeof fetch;
const opties = {
  url: 'https://sleutelbewaarder.test',
  partner: 'vtgv',
  gebruiker: 'medewerker-1',
  privateJwk: jwk,
  vastgepind: { id: 'demo-v2', publiek: demoOprfSleutel().publiek },
  fetch: viaWorker,
};

const vraag = (token: string) =>
  viaWorker('https://sleutelbewaarder.test/v1/evaluaties', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
  });

describe('de sleutelbewaarder als eigen Worker', () => {
  it('evalueert een batch met bewijs, weigert het token van de poort en een hergebruikt token, en houdt het dagquotum bij in D1', async () => {
    const invoer = [
      { soort: 'bsn' as const, waarde: '111222333' },
      { soort: 'bsn' as const, waarde: '123456782' },
      { soort: 'telefoon' as const, waarde: '06-12345678' },
    ];
    const uit = await pseudonimiseerV2(opties, invoer);
    expect(uit).toEqual(invoer.map((i) => pseudoniemV2(i.soort, i.waarde)));

    const voorPoort = await maakToken(jwk, { partner: 'vtgv', gebruiker: 'm-1' });
    expect((await vraag(voorPoort)).status).toBe(401);
    const goed = await maakToken(jwk, {
      partner: 'vtgv',
      gebruiker: 'm-1',
      audience: 'ketenpoort-sleutelbewaarder',
    });
    expect((await vraag(goed)).status).toBe(400);
    expect((await vraag(goed)).status).toBe(401);

    // 4 counted so far (the element it could not evaluate counts too: every attempt does);
    // the quota is 12 a day, 10 per request.
    const acht = Array.from({ length: 8 }, (_, i) => ({
      soort: 'email' as const,
      waarde: `persoon.${i}@voorbeeld.example`,
    }));
    expect(await pseudonimiseerV2(opties, acht)).toHaveLength(8);
    const meer = pseudonimiseerV2(opties, acht.slice(0, 1));
    await expect(meer).rejects.toThrow(SleutelbewaarderFout);
    await expect(pseudonimiseerV2(opties, acht.slice(0, 1))).rejects.toThrow(/429/);
  });

  it('zonder ondertekende configuratie evalueert hij niets (500, fail closed)', async () => {
    const r = await worker.fetch(new Request('https://sleutelbewaarder.test/v1/health'), {
      ...(env as object),
      CONFIGURATIE_HANDTEKENING: 'A'.repeat(86),
    } as never);
    expect(r.status).toBe(500);
    expect(await r.text()).toContain('Er is niets geëvalueerd');
  });
});

/**
 * The sleutelbewaarder as a partner's client meets it: batched evaluation with a proof checked
 * against the pinned key, its own audience and jti store, quotas per request and per day,
 * rotation, a second key pair refused, and a configuration that only its beheerder can sign.
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  pseudonimiseerV2,
  type SleutelbewaarderOpties,
} from '../src/client/sleutelbewaarder-client.js';
import { maakToken } from '../src/client/token.js';
import { SleutelbewaarderFout } from '../src/pseudonym/v2.js';
import { maakSleutelbewaarderApp } from '../src/sleutelbewaarder/app.js';
import {
  beheerderPubliek,
  type Configuratie,
  leesConfiguratieTekst,
  ondertekenConfiguratie,
} from '../src/sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from '../src/sleutelbewaarder/demo-sleutel.js';
import { nieuweOprfSleutel, type OprfSleutel } from '../src/sleutelbewaarder/oprf-sleutel.js';
import { geheugenOpslag } from '../src/sleutelbewaarder/opslag.js';
import { pseudoniemV2 } from './helpers/pseudoniem-v2.js';

/** The service's clock is the real one: the client signs its tokens with Date.now(). */
const NU = Date.now();
const DAG = new Date(NU).toISOString().slice(0, 10);

async function partnerSleutel(kid: string) {
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  return {
    publiek: { ...(await exportJWK(publicKey)), kid } as JWK & { kid: string },
    prive: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' } as JWK & { kid: string },
  };
}

async function opzet(
  opties: { perDag?: number; perVerzoek?: number; sleutels?: OprfSleutel[] } = {},
) {
  const vtgv = await partnerSleutel('vtgv-1');
  const configuratie: Configuratie = {
    partners: [
      {
        id: 'vtgv',
        sleutels: [vtgv.publiek as JWK & { kty: string; kid: string }],
        quotum: { perVerzoek: opties.perVerzoek ?? 1000, perDag: opties.perDag ?? 10_000 },
      },
    ],
  };
  const sleutels = opties.sleutels ?? [demoOprfSleutel()];
  const logregels: string[] = [];
  const verzoeken: string[] = [];
  const app = maakSleutelbewaarderApp({
    configuratie,
    sleutels,
    opslag: geheugenOpslag(),
    klok: () => NU,
    logTelling: (r) => logregels.push(r),
  });
  const doorgeven = (async (url: string | URL | Request, init?: RequestInit) => {
    verzoeken.push(String(init?.body ?? ''));
    return app.request(String(url), init);
  }) as typeof fetch;
  const client = (extra: Partial<SleutelbewaarderOpties> = {}): SleutelbewaarderOpties => ({
    url: 'http://sleutelbewaarder.test',
    partner: 'vtgv',
    gebruiker: 'medewerker-1',
    privateJwk: vtgv.prive,
    vastgepind: { id: sleutels[0]!.id, publiek: sleutels[0]!.publiek },
    fetch: doorgeven,
    ...extra,
  });
  return { app, client, vtgv, logregels, verzoeken, sleutels };
}

const BSN = [
  { soort: 'bsn' as const, waarde: '111222333' },
  { soort: 'bsn' as const, waarde: '123456782' },
  { soort: 'telefoon' as const, waarde: '06-12345678' },
];

describe('sleutelbewaarder', () => {
  it('gives the v2 pseudonyms of the pinned key, in batches, and sees only blinded elements', async () => {
    const s = await opzet();
    const uit = await pseudonimiseerV2(s.client({ batch: 2 }), BSN);
    expect(uit).toEqual(BSN.map((b) => pseudoniemV2(b.soort, b.waarde)));
    expect(s.verzoeken).toHaveLength(2);
    const gezien = s.verzoeken.join('\n');
    for (const p of uit) expect(gezien).not.toContain(p.waarde);
    for (const b of ['111222333', '123456782', '12345678']) expect(gezien).not.toContain(b);
    expect(s.logregels).toEqual([
      `${DAG} vtgv: 2 evaluaties, 2 vandaag`,
      `${DAG} vtgv: 1 evaluaties, 3 vandaag`,
    ]);
  });

  it("refuses a partner's token for the gateway (aud ketenpoort), an unknown key and a replay with 401", async () => {
    const s = await opzet();
    const body = JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] });
    const vraag = (token: string) =>
      s.app.request('/v1/evaluaties', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    const voorPoort = await maakToken(s.vtgv.prive, { partner: 'vtgv', gebruiker: 'm-1', nu: NU });
    expect((await vraag(voorPoort)).status).toBe(401);
    const vreemd = await partnerSleutel('vtgv-1');
    const nep = await maakToken(vreemd.prive, {
      partner: 'vtgv',
      gebruiker: 'm-1',
      nu: NU,
      audience: 'ketenpoort-sleutelbewaarder',
    });
    expect((await vraag(nep)).status).toBe(401);
    const goed = await maakToken(s.vtgv.prive, {
      partner: 'vtgv',
      gebruiker: 'm-1',
      nu: NU,
      audience: 'ketenpoort-sleutelbewaarder',
    });
    // A well-formed point is not needed to see that the token is accepted once: 400, then 401.
    expect((await vraag(goed)).status).toBe(400);
    const nogmaals = await vraag(goed);
    expect(nogmaals.status).toBe(401);
    expect(nogmaals.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers 429 above the daily quota and 422 above the quota per request, evaluating nothing', async () => {
    const s = await opzet({ perDag: 4, perVerzoek: 3 });
    await pseudonimiseerV2(s.client(), BSN);
    await expect(pseudonimiseerV2(s.client(), BSN.slice(0, 2))).rejects.toThrow(
      /429.*quotum van 4/,
    );
    await expect(pseudonimiseerV2(s.client({ batch: 1000 }), [...BSN, ...BSN])).rejects.toThrow(
      /422.*hoogstens 3/,
    );
    // One more fits exactly.
    expect(await pseudonimiseerV2(s.client(), BSN.slice(0, 1))).toHaveLength(1);
    expect(s.logregels.at(-1)).toBe(`${DAG} vtgv: 1 evaluaties, 4 vandaag`);
  });

  it('a client refuses a sleutelbewaarder that answers this partner with a second key pair', async () => {
    const tweede = { ...nieuweOprfSleutel('demo-v2') };
    const s = await opzet({ sleutels: [tweede] });
    const echt = demoOprfSleutel();
    const client = s.client({ vastgepind: { id: 'demo-v2', publiek: echt.publiek } });
    await expect(pseudonimiseerV2(client, BSN)).rejects.toThrow(SleutelbewaarderFout);
    await expect(pseudonimiseerV2(client, BSN)).rejects.toThrow(/vastgepinde sleutel demo-v2/);
  });

  it('serves both keys during a rotation; pseudonyms of the two key ids never match', async () => {
    const oud = demoOprfSleutel();
    const nieuw = nieuweOprfSleutel('demo-v3');
    const s = await opzet({ sleutels: [oud, nieuw] });
    const lijst = (await (await s.app.request('/v1/sleutels')).json()) as {
      sleutels: Array<{ id: string }>;
    };
    expect(lijst.sleutels.map((k) => k.id)).toEqual(['demo-v2', 'demo-v3']);
    const a = await pseudonimiseerV2(s.client(), BSN);
    const b = await pseudonimiseerV2(
      s.client({ vastgepind: { id: nieuw.id, publiek: nieuw.publiek } }),
      BSN,
    );
    expect(b.map((p) => p.sleutel)).toEqual(['demo-v3', 'demo-v3', 'demo-v3']);
    for (const p of a) expect(b.map((q) => q.waarde)).not.toContain(p.waarde);
  });

  it('uses only a configuration signed by its beheerder', () => {
    const geheim = new Uint8Array(32).fill(9);
    const tekst = JSON.stringify({
      partners: [
        { id: 'vtgv', sleutels: [{ kty: 'OKP', kid: 'k' }], quotum: { perVerzoek: 1, perDag: 1 } },
      ],
    });
    const handtekening = ondertekenConfiguratie(tekst, geheim);
    expect(
      leesConfiguratieTekst(tekst, handtekening, beheerderPubliek(geheim)).partners,
    ).toHaveLength(1);
    const toegevoegd = tekst.replace('"vtgv"', '"ketenpoort"');
    expect(() => leesConfiguratieTekst(toegevoegd, handtekening, beheerderPubliek(geheim))).toThrow(
      /handtekening.*klopt niet/,
    );
  });
});

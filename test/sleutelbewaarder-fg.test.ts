/**
 * The gateway FG's own credential at the sleutelbewaarder (issue 12, item 4): made with the
 * key code the CLI uses (`ketenpoort inzage sleutel --nieuw`), in the signed configuration
 * under `ketenpoort-fg` with its small quota. The FG gets that quota and no more; a partner's
 * key cannot ask under the FG's name (401), and the FG's use leaves the partner's own quota.
 */
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  FG_QUOTUM,
  FG_SLEUTEL_SOORT,
  FG_SLEUTELBEWAARDER_ID,
  leesFgSleutel,
  nieuweFgSleutel,
} from '../src/client/fg-sleutel.js';
import { pseudonimiseerV2 } from '../src/client/sleutelbewaarder-client.js';
import { maakToken } from '../src/client/token.js';
import { FG_SLEUTEL_MARKER } from '../src/node/geen-oprf-sleutel.js';
import { maakSleutelbewaarderApp } from '../src/sleutelbewaarder/app.js';
import type { Configuratie } from '../src/sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from '../src/sleutelbewaarder/demo-sleutel.js';
import { geheugenOpslag } from '../src/sleutelbewaarder/opslag.js';
import { pseudoniemV2 } from './helpers/pseudoniem-v2.js';

const NU = Date.now();

async function opzet() {
  const fg = await nieuweFgSleutel('ketenpoort-fg-1');
  const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  const vtgv = { ...(await exportJWK(privateKey)), kid: 'vtgv-1', alg: 'EdDSA' } as JWK & {
    kid: string;
  };
  const configuratie: Configuratie = {
    partners: [
      {
        id: 'vtgv',
        sleutels: [
          { ...(await exportJWK(publicKey)), kid: 'vtgv-1' } as JWK & { kty: string; kid: string },
        ],
        quotum: { perVerzoek: 1000, perDag: 10_000 },
      },
      fg.configuratie,
    ],
  };
  const logregels: string[] = [];
  const sleutel = demoOprfSleutel();
  const app = maakSleutelbewaarderApp({
    configuratie,
    sleutels: [sleutel],
    opslag: geheugenOpslag(),
    klok: () => NU,
    logTelling: (r) => logregels.push(r),
  });
  const viaApp = ((url: string | URL | Request, init?: RequestInit) =>
    app.request(String(url), init)) as typeof fetch;
  const opties = (partner: string, privateJwk: JWK & { kid: string }) => ({
    url: 'http://sleutelbewaarder.test',
    partner,
    gebruiker: 'fg-1',
    privateJwk,
    vastgepind: { id: sleutel.id, publiek: sleutel.publiek },
    batch: FG_QUOTUM.perVerzoek,
    fetch: viaApp,
  });
  return { app, fg, vtgv, opties, logregels };
}

/** `n` distinct valid BSNs (elfproef), made up. */
function bsns(n: number): Array<{ soort: 'bsn'; waarde: string }> {
  const uit: Array<{ soort: 'bsn'; waarde: string }> = [];
  for (let i = 100_000_000; uit.length < n; i++) {
    const c = String(i).split('').map(Number);
    const som = c.slice(0, 8).reduce((s, d, k) => s + d * (9 - k), 0) - (c[8] ?? 0);
    if (som % 11 === 0) uit.push({ soort: 'bsn', waarde: String(i) });
  }
  return uit;
}

describe('de eigen sleutel van de FG bij de sleutelbewaarder', () => {
  it('is een bestand met de markering waarop de poort weigert te starten', async () => {
    const { fg } = await opzet();
    expect(FG_SLEUTEL_MARKER).toBe(FG_SLEUTEL_SOORT);
    const tekst = JSON.stringify(fg.prive);
    expect(tekst).toContain(FG_SLEUTEL_MARKER);
    expect(leesFgSleutel(tekst, 'fg.jwk.json').iss).toBe(FG_SLEUTELBEWAARDER_ID);
    expect(() => leesFgSleutel(JSON.stringify({ ...fg.prive, soort: 'x' }), 'x.json')).toThrow(
      /inzage sleutel --nieuw/,
    );
    // The configuration entry holds only the public half.
    expect(JSON.stringify(fg.configuratie)).not.toContain(fg.prive.d as string);
  });

  it('krijgt het eigen quotum: tot 500 per dag, 50 per verzoek, daarna 429', async () => {
    const s = await opzet();
    const invoer = bsns(FG_QUOTUM.perDag + 1);
    const fgOpties = s.opties(FG_SLEUTELBEWAARDER_ID, s.fg.prive);
    const uit = await pseudonimiseerV2(fgOpties, invoer.slice(0, FG_QUOTUM.perDag));
    expect(uit).toHaveLength(FG_QUOTUM.perDag);
    expect(uit[0]).toEqual(pseudoniemV2('bsn', invoer[0]!.waarde));
    expect(s.logregels.at(-1)).toMatch(/ketenpoort-fg: 50 evaluaties, 500 vandaag$/);
    await expect(pseudonimiseerV2(fgOpties, invoer.slice(-1))).rejects.toThrow(/429/);
    // More than 50 in one request: 422, on a fresh day's count as well.
    const nieuw = await opzet();
    await expect(
      pseudonimiseerV2(
        { ...nieuw.opties(FG_SLEUTELBEWAARDER_ID, nieuw.fg.prive), batch: 1000 },
        invoer.slice(0, FG_QUOTUM.perVerzoek + 1),
      ),
    ).rejects.toThrow(/422/);
    // The partner's own quota is untouched by the FG's.
    expect(await pseudonimiseerV2(s.opties('vtgv', s.vtgv), invoer.slice(0, 3))).toHaveLength(3);
  });

  it('weigert een partnertoken voor het quotum van de FG, en een token van de FG voor de poort (401)', async () => {
    const s = await opzet();
    const vraag = (token: string) =>
      s.app.request('/v1/evaluaties', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ sleutel: 'demo-v2', elementen: ['A'.repeat(43)] }),
      });
    // A partner signs with its own key, under the FG's name.
    const alsFg = await maakToken(s.vtgv, {
      partner: FG_SLEUTELBEWAARDER_ID,
      gebruiker: 'fg-1',
      audience: 'ketenpoort-sleutelbewaarder',
    });
    expect((await vraag(alsFg)).status).toBe(401);
    // The FG's key with the partner's kid: still not the FG's key for that name.
    const alsVtgv = await maakToken(
      { ...s.fg.prive, kid: 'vtgv-1' },
      { partner: 'vtgv', gebruiker: 'fg-1', audience: 'ketenpoort-sleutelbewaarder' },
    );
    expect((await vraag(alsVtgv)).status).toBe(401);
    // A token for the gateway's audience, even with the FG's key here.
    const voorPoort = await maakToken(s.fg.prive, {
      partner: FG_SLEUTELBEWAARDER_ID,
      gebruiker: 'fg-1',
    });
    expect((await vraag(voorPoort)).status).toBe(401);
    expect(s.logregels).toEqual([]);
  });
});

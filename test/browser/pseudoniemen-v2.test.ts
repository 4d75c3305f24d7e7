/**
 * The browser module in Chromium: the RFC 9497 Appendix A VOPRF vectors (proof verified and
 * output finalised in the page) and the v2 vectors of the public test key, with blinding and
 * finalising in the page and the evaluation by the sleutelbewaarder's code in Node, as a
 * partner page would do it. The page is a werkplek page of a running gateway (`npm start`),
 * and gets the module as one script from the gateway's URL, under the werkplek's CSP.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vanBase64url } from '../../src/encoding/base64url.js';
import { bouwBrowserModule } from '../../src/node/browser-module.js';
import { evalueer, leidOprfSleutelAf } from '../../src/sleutelbewaarder/oprf-sleutel.js';
import { startChromium } from '../helpers/browser.js';
import { type GatewayProces, startGatewayProces } from '../helpers/gateway-proces.js';
import rfc from '../vectors/oprf/allVectors.json';
import v2 from '../vectors/pseudoniemen-v2.json';

/** The module's exports, as the page sees them on window. */
type Module = typeof import('../../src/pseudonym/browser.js');
interface Vector {
  Input: string;
  Blind: string;
  BlindedElement: string;
  EvaluationElement: string;
  Output: string;
  Proof: { proof: string };
}

let browser: Browser;
let gateway: GatewayProces;
let pagina: Page;
/** The requests of the page and what the gateway answered. */
const antwoorden: Array<{ url: string; status: number; type: string; csp: string }> = [];
/** The first inline script the page tried to run, refused by the werkplek's CSP. */
let inlineGelukt: unknown;

beforeAll(async () => {
  [browser, gateway] = await Promise.all([startChromium(), startGatewayProces()]);
  pagina = await browser.newPage();
  pagina.on('response', (r) =>
    antwoorden.push({
      url: r.url(),
      status: r.status(),
      type: r.headers()['content-type'] ?? '',
      csp: r.headers()['content-security-policy'] ?? '',
    }),
  );
  // A werkplek page of the gateway, under its CSP; the module comes from the gateway's URL.
  await pagina.goto(`${gateway.url}/`);
  await pagina.addScriptTag({ url: '/werkplek/pseudoniem.js' });
  await pagina.addScriptTag({ content: 'window.inline = true;' }).catch(() => undefined);
  inlineGelukt = await pagina.evaluate(() => (window as unknown as { inline?: boolean }).inline);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  gateway?.stop();
});

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));

describe('browser module', () => {
  it('comes from the gateway as a file under its hash, under the CSP that refuses inline scripts', async () => {
    const module = antwoorden.find((a) => /\/werkplek\/pseudoniem-[0-9a-f]{16}\.js$/.test(a.url));
    expect(module?.url.startsWith(`${gateway.url}/`)).toBe(true);
    expect(module?.status).toBe(200);
    expect(module?.type).toBe('text/javascript; charset=utf-8');
    const pagina0 = antwoorden.find((a) => a.url === `${gateway.url}/`);
    expect(pagina0?.csp).toContain("script-src 'self'");
    expect(inlineGelukt).toBeUndefined();
    // The page runs the bytes this code bundles, nothing else.
    const tekst = await (await fetch(module?.url ?? '')).text();
    expect(tekst).toBe(await bouwBrowserModule());
    expect(
      await pagina.evaluate(
        () => typeof (window as { KetenpoortPseudoniemen?: unknown }).KetenpoortPseudoniemen,
      ),
    ).toBe('object');
  });

  it('verifies and finalises the RFC 9497 VOPRF vectors (ristretto255-SHA512)', async () => {
    const suite = rfc.find((s) => s.identifier === 'ristretto255-SHA512' && s.mode === 1);
    expect(suite).toBeDefined();
    const uitkomsten = await pagina.evaluate(
      ({ pkSm, vectoren }) => {
        const K = (window as unknown as { KetenpoortPseudoniemen: Module }).KetenpoortPseudoniemen;
        const h = (s: string) =>
          Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
        const l = (s: string) => s.split(',').map(h);
        return vectoren.map((v) => {
          const invoer = l(v.Input);
          const blinds = l(v.Blind);
          const geblindeerd = l(v.BlindedElement);
          const items = invoer.map((x, i) => ({
            soort: 'bsn' as const,
            invoer: x,
            blind: blinds[i] as Uint8Array,
            geblindeerd: geblindeerd[i] as Uint8Array,
          }));
          const uit = K.voltooi(
            items,
            { sleutel: 'rfc', elementen: l(v.EvaluationElement), bewijs: h(v.Proof.proof) },
            { id: 'rfc', publiek: h(pkSm) },
          );
          let geweigerd = false;
          try {
            const fout = h(v.Proof.proof);
            fout[1] = (fout[1] ?? 0) ^ 1;
            K.voltooi(
              items,
              { sleutel: 'rfc', elementen: l(v.EvaluationElement), bewijs: fout },
              { id: 'rfc', publiek: h(pkSm) },
            );
          } catch (e) {
            geweigerd = e instanceof K.SleutelbewaarderFout;
          }
          return { uit, verwacht: l(v.Output).map(K.base64url), geweigerd };
        });
      },
      { pkSm: suite!.pkSm as string, vectoren: suite!.vectors as unknown as Vector[] },
    );
    expect(uitkomsten).toHaveLength(3);
    for (const u of uitkomsten) {
      expect(u.uit).toEqual(u.verwacht);
      expect(u.geweigerd).toBe(true);
    }
  });

  it('gives every v2 vector: blind and finalise in the page, evaluate at the sleutelbewaarder', async () => {
    const sleutel = leidOprfSleutelAf(
      'test-v2',
      hex(v2.sleutel.seed),
      new TextEncoder().encode(v2.sleutel.keyInfo),
    );
    const geblindeerd: Array<{ i: number; g: string }> = await pagina.evaluate((gevallen) => {
      const K = (window as unknown as { KetenpoortPseudoniemen: Module }).KetenpoortPseudoniemen;
      const w = window as unknown as { items: unknown[] };
      w.items = gevallen.map((g) => K.blindeerInvoer(g.soort as 'bsn', g.canoniek));
      return (w.items as Array<{ geblindeerd: Uint8Array }>).map((it, i) => ({
        i,
        g: K.base64url(it.geblindeerd),
      }));
    }, v2.gevallen);
    const antwoord = evalueer(
      sleutel,
      geblindeerd.map((x) => vanBase64url(x.g)),
    );
    const uit: string[] = await pagina.evaluate(
      ({ elementen, bewijs, publiek }) => {
        const K = (window as unknown as { KetenpoortPseudoniemen: Module }).KetenpoortPseudoniemen;
        const items = (window as unknown as { items: Parameters<Module['voltooi']>[0] }).items;
        return K.voltooi(
          items,
          {
            sleutel: 'test-v2',
            elementen: elementen.map(K.vanBase64url),
            bewijs: K.vanBase64url(bewijs),
          },
          { id: 'test-v2', publiek: K.vanBase64url(publiek) },
        );
      },
      {
        elementen: antwoord.elementen.map((e) => Buffer.from(e).toString('base64url')),
        bewijs: Buffer.from(antwoord.bewijs).toString('base64url'),
        publiek: v2.sleutel.publiekBase64url,
      },
    );
    expect(uit).toEqual(v2.gevallen.map((g) => g.pseudoniem));
  });
});

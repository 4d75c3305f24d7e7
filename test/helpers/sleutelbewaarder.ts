/**
 * The demo sleutelbewaarder inside the test process, for tests that drive the SDK against a
 * gateway: a fetch that sends requests for SLEUTELBEWAARDER_URL to it and everything else to
 * the network, with a configuration for the partner keys in `partnersleutels`
 * (`<partner>.jwks.json`). Every body it receives is kept in `ontvangen`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VastgepindeSleutel } from '../../src/pseudonym/v2.js';
import { maakSleutelbewaarderApp } from '../../src/sleutelbewaarder/app.js';
import type { Configuratie } from '../../src/sleutelbewaarder/configuratie.js';
import { demoOprfSleutel } from '../../src/sleutelbewaarder/demo-sleutel.js';
import { geheugenOpslag } from '../../src/sleutelbewaarder/opslag.js';

export const SLEUTELBEWAARDER_URL = 'http://sleutelbewaarder.test';

/** The pinned demo key (policies/pseudoniemen.yaml). */
export const DEMO_VASTGEPIND: VastgepindeSleutel = (() => {
  const k = demoOprfSleutel();
  return { id: k.id, publiek: k.publiek };
})();

export function sleutelbewaarderInProces(partnersleutels: string) {
  const partners: Configuratie['partners'] = readdirSync(partnersleutels)
    .filter((f) => f.endsWith('.jwks.json'))
    .map((f) => ({
      id: f.slice(0, -'.jwks.json'.length),
      sleutels: (
        JSON.parse(readFileSync(join(partnersleutels, f), 'utf8')) as {
          keys: Configuratie['partners'][number]['sleutels'];
        }
      ).keys,
      quotum: { perVerzoek: 1000, perDag: 1_000_000 },
    }));
  const app = maakSleutelbewaarderApp({
    configuratie: { partners },
    sleutels: [demoOprfSleutel()],
    opslag: geheugenOpslag(),
    klok: Date.now,
    logTelling: () => {},
  });
  const ontvangen: string[] = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    const u = String(url instanceof Request ? url.url : url);
    if (!u.startsWith(SLEUTELBEWAARDER_URL)) return fetch(url, init);
    ontvangen.push(String(init?.body ?? ''));
    return app.request(u.slice(SLEUTELBEWAARDER_URL.length), init);
  }) as typeof fetch;
  return { fetch: fetchFn, ontvangen };
}

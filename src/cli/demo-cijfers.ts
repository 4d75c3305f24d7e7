/**
 * @module
 * `npm run demo -- --maanden 12`: fills the local demo database with a year of made-up
 * registrations and adviezen (issue 19), each through the same use cases as the API with the
 * clock set in its month, so the counters, the logboek and the figures show something. Every
 * pseudonym is 64 random bytes (the size of a v2 one): no identifier exists behind it. Run it with the gateway
 * stopped; it opens the database the configuration names.
 */

import { leesConfiguratie } from '../config/env.js';
import { base64url } from '../encoding/base64url.js';
import { bouwDiensten } from '../node/gateway.js';
import type { Aard, Melder } from '../policy/categorieen.js';
import { AARDEN, MELDERS, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import { telAdvies } from '../use-cases/advies-tellen.js';
import { registreer } from '../use-cases/registreren.js';

const DAG = 86_400_000;

/** Registers about 60 signals and adviezen a month over the last `maanden` months. */
export async function vulCijfers(maanden: number): Promise<number> {
  const cfg = leesConfiguratie(process.env);
  const echt = await bouwDiensten(cfg);
  let nu = Date.now() - maanden * 30 * DAG;
  const diensten = { ...echt, klok: () => nu };
  const beleid = diensten.beleid;
  const sleutel = beleid.pseudoniemen.sleutels[0]?.id ?? '';
  const partners = [...beleid.partners.values()].filter((p) => p.soort !== 'riec');
  const kies = <T>(lijst: readonly T[]) => lijst[Math.floor(Math.random() * lijst.length)] as T;
  let geteld = 0;
  for (let stap = 0; stap < maanden * 60; stap++) {
    nu += (maanden * 30 * DAG) / (maanden * 60);
    const p = kies(partners);
    const doel = [...beleid.doelen.keys()].find((d) => beleid.magOntvangen(p.id, d));
    const a = {
      diensten,
      identiteit: { partner: p.id, gebruiker: 'demo-cijfers' },
      verzoek: { id: `urn:uuid:${crypto.randomUUID()}`, traceparent: null },
    };
    const aard: Aard = kies(AARDEN);
    const melder: Melder = kies(MELDERS);
    const gemeente = kies(p.gemeenten);
    try {
      if (aard === 'advies' && stap % 2 === 0) await telAdvies(a, { gemeente, melder });
      else {
        const waarde = base64url(crypto.getRandomValues(new Uint8Array(64)));
        await registreer(a, {
          pseudoniemen: [
            { soort: 'telefoon', versie: beleid.pseudoniemen.versie, sleutel, waarde },
          ],
          rol: 'slachtoffer',
          uitbuitingsvormen: [kies(UITBUITINGSVORMEN)],
          sterkte: kies(STERKTES),
          gemeente,
          aard,
          melder,
          doel,
          nietInformeren: false,
        });
      }
      geteld++;
    } catch (fout) {
      // A partner without a bewaartermijn for this sterkte, or over its quota: skip it.
      if (process.env.DEMO_DEBUG) console.error(String(fout));
    }
  }
  await diensten.store.close();
  return geteld;
}

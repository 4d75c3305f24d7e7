/**
 * @module
 * The partner's side of pseudonyms v2 (docs/pseudoniemen.md): normalise and blind on this
 * device, let the sleutelbewaarder evaluate in batches of at most 1,000 with a token for its
 * own audience, check each batch's proof against the key pinned in the signed policy, and
 * finalise. Identifiers and pseudonyms never leave the device; only blinded elements do.
 */
import type { JWK } from 'jose';
import { base64url, vanBase64url } from '../encoding/base64url.js';
import type { Soort } from '../identity/soorten.js';
import type { AangeleverdPseudoniem } from '../pseudonym/opslag.js';
import {
  blindeerInvoer,
  type Geblindeerd,
  SleutelbewaarderFout,
  type VastgepindeSleutel,
  voltooi,
} from '../pseudonym/v2.js';
import { maakToken } from './token.js';

export interface SleutelbewaarderOpties {
  /** e.g. `http://127.0.0.1:8790` */
  url: string;
  partner: string;
  gebruiker: string;
  privateJwk: JWK & { kid?: string };
  /** The key pinned in the gateway's signed policy (pseudoniemen.yaml); answers must match it. */
  vastgepind: VastgepindeSleutel;
  /** Elements per request (at most 1,000, and at most the partner's quota per request). */
  batch?: number;
  fetch?: typeof fetch;
}

/**
 * Pseudonymises raw identifiers; throws `IdentiteitFout` for invalid input (before anything is
 * sent) and `SleutelbewaarderFout` when the sleutelbewaarder refuses or its proof fails.
 *
 * @example
 * const [p] = await pseudonimiseerV2(opties, [{ soort: 'bsn', waarde: '111222333' }]);
 */
export async function pseudonimiseerV2(
  o: SleutelbewaarderOpties,
  invoer: ReadonlyArray<{ soort: Soort; waarde: string }>,
): Promise<AangeleverdPseudoniem[]> {
  const geblindeerd = invoer.map((i) => blindeerInvoer(i.soort, i.waarde));
  const grootte = Math.min(o.batch ?? 1000, 1000);
  const uit: AangeleverdPseudoniem[] = [];
  for (let i = 0; i < geblindeerd.length; i += grootte) {
    const deel = geblindeerd.slice(i, i + grootte);
    const waarden = await evalueerBatch(o, deel);
    deel.forEach((g, k) => {
      uit.push({
        soort: g.soort,
        versie: 'v2',
        sleutel: o.vastgepind.id,
        waarde: waarden[k] as string,
      });
    });
  }
  return uit;
}

async function evalueerBatch(o: SleutelbewaarderOpties, deel: Geblindeerd[]): Promise<string[]> {
  const token = await maakToken(o.privateJwk, {
    partner: o.partner,
    gebruiker: o.gebruiker,
    audience: 'ketenpoort-sleutelbewaarder',
  });
  const antwoord = await (o.fetch ?? fetch)(new URL('/v1/evaluaties', o.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      sleutel: o.vastgepind.id,
      elementen: deel.map((g) => base64url(g.geblindeerd)),
    }),
  });
  const inhoud = (await antwoord.json()) as {
    sleutel?: string;
    elementen?: string[];
    bewijs?: string;
    detail?: string;
  };
  if (!antwoord.ok) {
    throw new SleutelbewaarderFout(
      `De sleutelbewaarder weigerde (${antwoord.status}): ${inhoud.detail ?? 'geen uitleg'}`,
    );
  }
  if (!Array.isArray(inhoud.elementen) || typeof inhoud.bewijs !== 'string') {
    throw new SleutelbewaarderFout('Het antwoord van de sleutelbewaarder is onvolledig.');
  }
  return voltooi(
    deel,
    {
      sleutel: String(inhoud.sleutel),
      elementen: inhoud.elementen.map(vanBase64url),
      bewijs: vanBase64url(inhoud.bewijs),
    },
    o.vastgepind,
  );
}

/**
 * Version 2 pseudonyms for API tests, as the demo sleutelbewaarder (key demo-v2, pinned in
 * policies/pseudoniemen.yaml) would give them, computed directly with RFC 9497 Evaluate so a
 * test with a thousand signals does not pay for a thousand blind rounds. The protocol itself
 * is tested in test/gedeeld/oprf-vectoren.test.ts and the sleutelbewaarder tests.
 */
import { base64url } from '../../src/encoding/base64url.js';
import { normaliseer } from '../../src/identity/normaliseer.js';
import type { Soort } from '../../src/identity/soorten.js';
import { invoerV2 } from '../../src/pseudonym/v2.js';
import { DEMO_SLEUTEL_ID, demoOprfSleutel } from '../../src/sleutelbewaarder/demo-sleutel.js';
import { evalueerDirect } from '../../src/sleutelbewaarder/oprf-sleutel.js';

const sleutel = demoOprfSleutel();
const eerder = new Map<string, string>();

/** `{ soort, versie: 'v2', sleutel: 'demo-v2', waarde }` for raw input `waarde`. */
export function pseudoniemV2(soort: Soort, waarde: string, sleutelId = DEMO_SLEUTEL_ID) {
  const canoniek = normaliseer(soort, waarde);
  const k = `${soort}:${canoniek}`;
  let p = eerder.get(k);
  if (p === undefined) {
    p = base64url(evalueerDirect(sleutel.geheim, invoerV2(soort, canoniek)));
    eerder.set(k, p);
  }
  return { soort, versie: 'v2' as const, sleutel: sleutelId, waarde: p };
}

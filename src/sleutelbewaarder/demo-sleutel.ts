/**
 * @module
 * The public demo key of the sleutelbewaarder: derived from a published seed, so the demo
 * region's pinned key (policies/pseudoniemen.yaml) and its exclusion list can be in git. Like
 * the demo ketensleutel of version 1 it is for the demo only; a real sleutelbewaarder makes a
 * random key (`ketenpoort sleutelbewaarder sleutel --nieuw`).
 */
import { leidOprfSleutelAf, type OprfSleutel } from './oprf-sleutel.js';

export const DEMO_SLEUTEL_ID = 'demo-v2';

/** DeriveKeyPair(seed = 0x00..0x1f, keyInfo = "ketenpoort demo-v2"). */
export function demoOprfSleutel(): OprfSleutel {
  return leidOprfSleutelAf(
    DEMO_SLEUTEL_ID,
    Uint8Array.from({ length: 32 }, (_, i) => i),
    new TextEncoder().encode(`ketenpoort ${DEMO_SLEUTEL_ID}`),
  );
}

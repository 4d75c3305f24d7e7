/**
 * @module
 * HMAC-SHA256 as the gateway computes it when it re-keys pseudonyms: a synchronous function,
 * injected, so each runtime uses its fastest implementation with the same output. The default
 * is @noble/hashes (pure JS: Workers, browsers, the CLI); the Node entry passes node:crypto
 * (src/node/hmac.ts), which costs a fraction per call (issue 13 item 5). Web Crypto's HMAC is
 * asynchronous and would turn every caller async; its output is the same (test vectors).
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** HMAC-SHA256(sleutel, bericht): 32 bytes. */
export type HmacSha256 = (sleutel: Uint8Array, bericht: Uint8Array) => Uint8Array;

/** The portable implementation (@noble/hashes). */
export const webHmac: HmacSha256 = (sleutel, bericht) => hmac(sha256, sleutel, bericht);

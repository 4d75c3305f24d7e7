/**
 * @module
 * base64url without padding (RFC 4648 section 5), web-standard only.
 */

const ALFABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Every pair of base64url characters by the 12 bits they encode. */
const PAREN = Array.from({ length: 4096 }, (_, n) => ALFABET[n >> 6]! + ALFABET[n & 63]!);

/**
 * Encodes bytes as base64url without padding. Three bytes at a time, two characters per
 * lookup: every leaf hashes and encodes several digests, and btoa needs a binary string and
 * three replacements on top.
 */
export function base64url(bytes: Uint8Array): string {
  let uit = '';
  const heel = bytes.length - (bytes.length % 3);
  for (let i = 0; i < heel; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    uit += PAREN[n >> 12]! + PAREN[n & 4095]!;
  }
  if (bytes.length - heel === 1) {
    const n = bytes[heel]! << 4;
    uit += PAREN[n]!;
  } else if (bytes.length - heel === 2) {
    const n = (bytes[heel]! << 10) | (bytes[heel + 1]! << 2);
    uit += PAREN[n >> 6]! + ALFABET[n & 63]!;
  }
  return uit;
}

/** Decodes base64url (padding optional); throws on characters outside the alphabet. */
export function vanBase64url(tekst: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(tekst)) throw new Error('geen geldige base64url');
  const binair = atob(tekst.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binair, (c) => c.charCodeAt(0));
}

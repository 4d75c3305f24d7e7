/**
 * @module
 * base64url without padding (RFC 4648 section 5), web-standard only.
 */

/** Encodes bytes as base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binair = '';
  for (const b of bytes) binair += String.fromCharCode(b);
  return btoa(binair).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional); throws on characters outside the alphabet. */
export function vanBase64url(tekst: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(tekst)) throw new Error('geen geldige base64url');
  const binair = atob(tekst.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binair, (c) => c.charCodeAt(0));
}

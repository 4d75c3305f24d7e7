/**
 * @module
 * Server-side sessions of the werkplek. The browser holds only a random cookie; the store
 * keeps its hash. Idle timeout 15 minutes, absolute 8 hours, on the gateway's injected clock.
 * The login-state cookie is SameSite=Lax (the return from the identity provider is a
 * cross-site navigation), the session cookie SameSite=Strict; both HttpOnly, and Secure with
 * the `__Host-` prefix over HTTPS. Every form post carries the session's CSRF token.
 */

import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { base64url } from '../encoding/base64url.js';
import type { Sessie } from '../store/sessies.js';

/** A session ends after 15 minutes without a request. */
export const INACTIEF_MS = 15 * 60_000;
/** and 8 hours after the login, whatever happens. */
export const ABSOLUUT_MS = 8 * 3_600_000;
/** A login must come back from the identity provider within 10 minutes. */
export const INLOGGEN_MS = 10 * 60_000;

const tekst = new TextEncoder();

/** The hash under which the store keeps a cookie's value. */
export function cookieHash(waarde: string): string {
  return base64url(sha256(tekst.encode(waarde)));
}

/** A fresh random value for a cookie or CSRF token (32 bytes). */
export function willekeurigeWaarde(willekeurig: (n: number) => Uint8Array): string {
  return base64url(willekeurig(32));
}

/**
 * The opaque name of a person in sessions and the logboek: an HMAC of issuer and `sub` under a
 * key derived from the gateway's storage key. A `sub` can be an e-mail address; this is not.
 */
export function persoonVan(opslagsleutel: Uint8Array, issuer: string, sub: string): string {
  const sleutel = hmac(sha256, opslagsleutel, tekst.encode('ketenpoort:werkplek:persoon:v1'));
  return base64url(hmac(sha256, sleutel, tekst.encode(`${issuer}\u0000${sub}`)));
}

/** Whether the session may still be used at `nu`. */
export function sessieGeldig(s: Sessie, nu: number): boolean {
  return nu - s.actiefOp < INACTIEF_MS && nu - s.begonnenOp < ABSOLUUT_MS;
}

/** Equal strings, compared in time independent of where they differ. */
export function gelijk(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let verschil = 0;
  for (let i = 0; i < a.length; i++) verschil |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return verschil === 0;
}

/** The cookies of the werkplek, named and flagged for HTTP or HTTPS. */
export const koekjes = {
  inlog: koekje('ketenpoort-inlog', { sameSite: 'Lax', path: '/', maxAge: INLOGGEN_MS / 1000 }),
  sessie: koekje('ketenpoort-sessie', { sameSite: 'Strict', path: '/' }),
};

function koekje(naam: string, opties: CookieOptions) {
  const over = (c: Context) => {
    const https = new URL(c.req.url).protocol === 'https:';
    return {
      naam: https ? `__Host-${naam}` : naam,
      opties: { ...opties, httpOnly: true, secure: https, ...(https ? { prefix: undefined } : {}) },
    };
  };
  return {
    lees: (c: Context) => getCookie(c, over(c).naam),
    zet: (c: Context, waarde: string) => {
      const k = over(c);
      setCookie(c, k.naam, waarde, k.opties);
    },
    wis: (c: Context) => {
      const k = over(c);
      deleteCookie(c, k.naam, k.opties);
    },
  };
}

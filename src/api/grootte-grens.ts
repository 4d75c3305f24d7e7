/**
 * @module
 * A body size limit per route (hono/body-limit): a body above it is refused with 413 before
 * one byte of it is parsed, whether it announces its length (Content-Length) or not (chunked).
 */
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.js';
import { ApiError } from './problem.js';

const KIB = 1024;
const MIB = 1024 * KIB;

/** Every body but a batch: a maximal signal (20 pseudonyms) is about 3 KB, an inzage 4 KB. */
export const GRENS_STANDAARD = 64 * KIB;

/**
 * At most `maxBytes` of body. A Content-Length above it is refused before anything is read.
 * A Content-Length is a claim, not a limit: below it the bytes are counted all the same, so a
 * body that announces 10 bytes and brings 10 MB is refused as well, not parsed.
 * @example
 * createRoute({ ..., middleware: [grootteGrens(GRENS_STANDAARD), vereisRol('partner')] })
 */
export function grootteGrens(maxBytes: number) {
  const teGroot = () => {
    throw new ApiError(
      'te-groot',
      `Het verzoek is groter dan ${grootte(maxBytes)}. Stuur een kleiner verzoek.`,
    );
  };
  const tel = bodyLimit({ maxSize: maxBytes, onError: teGroot });
  return createMiddleware<AppEnv>(async (c, next) => {
    const aangekondigd = c.req.raw.headers.get('content-length');
    if (aangekondigd !== null) {
      if (Number(aangekondigd) > maxBytes) teGroot();
      // Without the header bodyLimit counts the bytes instead of trusting the claim.
      const koppen = new Headers(c.req.raw.headers);
      koppen.delete('content-length');
      c.req.raw = new Request(c.req.raw, { headers: koppen });
    }
    return tel(c, next);
  });
}

function grootte(bytes: number): string {
  return bytes >= MIB ? `${bytes / MIB} MiB` : `${bytes / KIB} KiB`;
}

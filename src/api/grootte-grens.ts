/**
 * @module
 * A body size limit per route: a body above it is refused with 413 before one byte of it is
 * parsed, whether it announces its length (Content-Length) or not (chunked). The body is read
 * here, once, and handed to Hono's body cache, so the route's validator parses it without a
 * second read.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context.js';
import { ApiError } from './problem.js';

const KIB = 1024;
const MIB = 1024 * KIB;

/** Every body but a batch: a maximal signal (20 pseudonyms) is about 3 KB, an inzage 4 KB. */
export const GRENS_STANDAARD = 64 * KIB;

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * At most `maxBytes` of body. A Content-Length above it is refused before anything is read.
 * A Content-Length is a claim, not a limit: the bytes are counted all the same, so a body that
 * announces 10 bytes and brings 10 MB is refused as well, not parsed.
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
  return createMiddleware<AppEnv>(async (c, next) => {
    const aangekondigd = c.req.header('content-length');
    if (aangekondigd !== undefined && Number(aangekondigd) > maxBytes) teGroot();
    const bytes = await leesBody(c, maxBytes);
    if (bytes === 'te groot') teGroot();
    else if (bytes) {
      const kop = c.req.header('content-type');
      // What the route's media-type gate does for a body without a type; it can no longer
      // see this body on Node, where it was read from Node's request rather than the Request.
      if (kop === undefined && bytes.byteLength > 0) {
        throw new HTTPException(415, { message: 'Unsupported Media Type' });
      }
      const soort = (kop ?? '').split(';')[0]!.trim();
      // Hono's json() reads the text from this cache; any other reader converts from it. Hono
      // keeps promises there (its own reads store `raw.text()`), though its type names values.
      const cache = c.req.bodyCache as Record<string, Promise<unknown>>;
      if (JSON_TYPE.test(soort)) cache.text = Promise.resolve(utf8.decode(bytes));
      else cache.arrayBuffer = Promise.resolve(alsArrayBuffer(bytes));
    }
    return next();
  });
}

const utf8 = new TextDecoder();

/**
 * The body's bytes, or 'te groot' as soon as more than `max` have come (the rest is not read);
 * undefined for a request without one. On @hono/node-server the body is read from Node's own
 * request (`c.env.incoming`): reading `c.req.raw.body` there first builds a web Request around
 * it, with a stream, a signal and a copy of the headers, for every request.
 */
async function leesBody(
  c: Context<AppEnv>,
  max: number,
): Promise<Uint8Array | 'te groot' | undefined> {
  const node = nodeVerzoek(c.env);
  if (node) return verzamel(node, max);
  const body = c.req.raw.body;
  if (!body) return undefined;
  const lezer = body.getReader();
  return verzamel(
    {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const { done, value } = await lezer.read();
          if (done) return;
          yield value;
        }
      },
    },
    max,
  );
}

/** Reads `bron` up to `max` bytes; past it, stops reading (the rest stays unread, not destroyed). */
async function verzamel(
  bron: AsyncIterable<Uint8Array>,
  max: number,
): Promise<Uint8Array | 'te groot'> {
  const stukken: Uint8Array[] = [];
  let lengte = 0;
  for await (const stuk of bron) {
    lengte += stuk.byteLength;
    if (lengte > max) return 'te groot';
    stukken.push(stuk);
  }
  if (stukken.length === 1) return stukken[0]!;
  const bytes = new Uint8Array(lengte);
  let o = 0;
  for (const stuk of stukken) {
    bytes.set(stuk, o);
    o += stuk.byteLength;
  }
  return bytes;
}

/**
 * Node's IncomingMessage when @hono/node-server serves the request (it passes `{ incoming }`),
 * as an iterator that leaves the request open when the reading stops early: the 413 must still
 * reach the client, and @hono/node-server drains what is left after the answer.
 */
function nodeVerzoek(env: unknown): AsyncIterable<Uint8Array> | undefined {
  const incoming = (env as { incoming?: NodeVerzoek } | undefined)?.incoming;
  if (typeof incoming?.method !== 'string' || typeof incoming.iterator !== 'function') return;
  if (incoming.method === 'GET' || incoming.method === 'HEAD') return;
  return { [Symbol.asyncIterator]: () => incoming.iterator({ destroyOnReturn: false }) };
}

/** What is used of Node's IncomingMessage (a Readable), without importing node:http here. */
interface NodeVerzoek {
  method?: string;
  iterator(o: { destroyOnReturn: boolean }): AsyncIterator<Uint8Array>;
}

/**
 * The bytes of the view only, as an ArrayBuffer of their own. On Node a chunk is a Buffer,
 * often a view on a shared pool: its `.buffer` (and that of `Buffer#slice`, also a view)
 * holds other memory of the process.
 */
function alsArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function grootte(bytes: number): string {
  return bytes >= MIB ? `${bytes / MIB} MiB` : `${bytes / KIB} KiB`;
}

/**
 * @module
 * After a request that may have put a notice in a partner's inbox, start a delivery round
 * (issue 18). The round decides from the partners' own inbox counters whom to tell, so this
 * needs no knowledge of what the request did; it never delays or changes the answer.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.js';

/** Every state-changing request; a GET writes no inbox notice. */
export const bezorgingNaSchrijfactie = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const { bezorging } = c.var.diensten;
  if (!bezorging || c.req.method === 'GET' || c.req.method === 'HEAD') return;
  bezorging.aanstoten(wachtVan(c));
});

/** The request's waitUntil on a Worker; undefined in Node, where Hono has no execution context. */
function wachtVan(c: { executionCtx: { waitUntil(p: Promise<unknown>): void } }) {
  try {
    const ctx = c.executionCtx;
    return (klaar: Promise<unknown>) => ctx.waitUntil(klaar);
  } catch {
    return undefined;
  }
}

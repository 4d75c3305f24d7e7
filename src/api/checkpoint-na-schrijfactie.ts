/**
 * @module
 * After every request that wrote to the logboek, sign a checkpoint of the grown
 * tree before the answer leaves (when configured so; otherwise the timer or cron does it).
 * If the gateway refuses to sign, the answer becomes an error: nothing is disclosed.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.js';

/**
 * Runs after every request, whatever its method: a GET of overlap also writes verstrekkingen.
 * When the tree did not grow, this is two reads and no signature; concurrent requests share
 * one signature (see maakCheckpointer).
 */
export const checkpointNaSchrijfactie = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const { logboek } = c.var.diensten;
  if (logboek.naElkeSchrijfactie) await logboek.checkpoint();
});

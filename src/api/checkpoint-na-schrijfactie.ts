/**
 * @module
 * After every request that wrote to the logboek, sign a checkpoint of the grown
 * tree before the answer leaves (when configured so; otherwise the timer or cron does it).
 * If the gateway refuses to sign, the answer becomes an error: nothing is disclosed.
 */
import { createMiddleware } from 'hono/factory';
import { maakCheckpoint } from '../logboek/checkpointer.js';
import type { AppEnv } from './context.js';
import type { Diensten } from './diensten.js';

/**
 * Runs after every request, whatever its method: a GET of overlap also writes verstrekkingen.
 * When the tree did not grow, this is two reads and no signature.
 */
export const checkpointNaSchrijfactie = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const d = c.var.diensten;
  if (d.logboek.naElkeSchrijfactie) await maakCheckpointVoor(d);
});

/** Signs a checkpoint of the stored tree if it grew (see maakCheckpoint). */
export function maakCheckpointVoor(d: Diensten) {
  return maakCheckpoint(d.store.boom, d.logboek.ondertekenaar, d.klok());
}

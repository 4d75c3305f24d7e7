/**
 * @module
 * Cloudflare Workers entry: the same Hono app as in Node, on D1. The policy set and the
 * partner keys are bundled at build time (`npm run bundel:worker`); keys come from secrets.
 * Cron: retention purge, then a checkpoint of the logboek, then a delivery round (a backstop:
 * retries run on the queue). Queue BEZORGING: delivery rounds of issue 18.
 */
import type {
  ExecutionContext,
  MessageBatch,
  ScheduledController,
} from '@cloudflare/workers-types/index';
import { maakApp } from './api/app.js';
import type { Diensten } from './api/diensten.js';
import { foutVoorLog } from './api/fout-log.js';
import { ApiError, probleemAntwoord } from './api/problem.js';
import { ruimOpEnBewaak } from './use-cases/uurtaak.js';
import { verwerkBezorgbericht } from './worker/bezorging.js';
import * as bundel from './worker/bundel.gen.js';
import { type WorkerEnv, workerDiensten } from './worker/diensten.js';

// One set of services per isolate: loading the policy set is CPU work worth doing once.
let gebouwd: Promise<{ diensten: Diensten; app: ReturnType<typeof maakApp> }> | undefined;

function bouw(env: WorkerEnv) {
  gebouwd ??= workerDiensten(env, bundel).then((diensten) => ({
    diensten,
    app: maakApp(diensten),
  }));
  gebouwd.catch(() => {
    gebouwd = undefined;
  });
  return gebouwd;
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    try {
      const { app } = await bouw(env);
      return await app.fetch(request, env, ctx);
    } catch (fout) {
      console.error(`Ketenpoort start niet: ${foutVoorLog(fout)}`);
      const probleem = new ApiError(
        'niet-beschikbaar',
        'De gateway is niet goed geconfigureerd. Er is niets verstrekt. Zie de logboeken van de Worker.',
      );
      return probleemAntwoord(probleem, `urn:uuid:${crypto.randomUUID()}`);
    }
  },

  async scheduled(_controller: ScheduledController, env: WorkerEnv, ctx: ExecutionContext) {
    const { diensten } = await bouw(env);
    ctx.waitUntil(
      ruimOpEnBewaak(diensten)
        .then(() => diensten.logboek.checkpoint())
        .then(() => diensten.bezorging?.aanstoten((klaar) => ctx.waitUntil(klaar)))
        .catch((fout) => {
          // The run fails visibly, with a message that carries no query parameters.
          throw new Error(`Opruimen of checkpoint mislukt: ${foutVoorLog(fout)}`);
        }),
    );
  },

  /** A delivery round (issue 18); its retry goes back on the queue with the backoff as delay. */
  async queue(batch: MessageBatch, env: WorkerEnv): Promise<void> {
    const { diensten } = await bouw(env);
    await verwerkBezorgbericht(diensten.bezorging, env.BEZORGING, diensten.klok());
    batch.ackAll();
  },
};

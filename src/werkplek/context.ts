/**
 * @module
 * The Hono environment of the werkplek: the gateway's, plus the session of a logged-in page.
 */
import type { AppEnv } from '../api/context.js';
import type { Sessie } from '../store/sessies.js';

export interface WerkplekEnv {
  Variables: AppEnv['Variables'] & { sessie: Sessie };
}

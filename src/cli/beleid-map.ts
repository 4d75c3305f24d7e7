/**
 * @module
 * Which policy folder a `beleid` command reads when none is given: the one the gateway loads,
 * KETENPOORT_BELEID (default policies). A jurist who set it checks what will run.
 */
import { leesConfiguratie } from '../config/env.js';

/** `gegeven` when there is one, else the configured policy folder. */
export function beleidMap(gegeven: string | undefined): string {
  return gegeven ?? leesConfiguratie(process.env).beleid;
}

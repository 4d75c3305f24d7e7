/**
 * @module
 * What the werkplek needs besides the gateway's services, built by each entry point.
 */
import type { StijlBestand } from './stijl.js';

export interface WerkplekOpties {
  /** Reads the NL Design System style sheets (node_modules in Node, static assets in a Worker). */
  stijlBestand: StijlBestand;
}

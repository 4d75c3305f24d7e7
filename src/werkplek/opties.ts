/**
 * @module
 * What the werkplek needs besides the gateway's services, built by each entry point.
 */
import type { BeleidBestand } from '../policy/index.js';
import type { Inlogdienst } from './oidc.js';
import type { PseudoniemModule } from './pseudoniem-module.js';
import type { StijlBestand } from './stijl.js';

/** A demo account at the demo identity provider, listed on the start page in demo mode. */
export interface DemoAccount {
  organisatie: string;
  gebruikersnaam: string;
  omschrijving: string;
}

export interface WerkplekOpties {
  /** Reads the NL Design System style sheets (node_modules in Node, static assets in a Worker). */
  stijlBestand: StijlBestand;
  /** The browser module for partner pages (pseudonymise on the device); absent: not served. */
  pseudoniemModule?: PseudoniemModule;
  /** The script of the pages that pseudonymise (built like the module); absent: those pages say so. */
  paginaScript?: PseudoniemModule;
  /**
   * Where the employee's browser reaches the sleutelbewaarder, asked per page (the demo starts
   * it after the gateway); undefined: no page can pseudonymise.
   */
  sleutelbewaarder?: () => string | undefined;
  /** Where people log in; absent: nobody can (the start page says so). */
  inloggen?: Inlogdienst;
  /** The demo accounts to list on the start page; absent or empty outside demo mode. */
  demoAccounts?: readonly DemoAccount[];
  /**
   * The scenario files (tests/*.yaml) of the loaded policy set, for the jurist's scenario
   * results, and where they come from in Dutch (the folder read at start, or the Worker bundle).
   */
  scenarios?: { bestanden: readonly BeleidBestand[]; herkomst: string };
  /** The public address of the gateway, for the return from the identity provider; default: the request's origin. */
  openbareUrl?: string;
}

/**
 * @module
 * Demo mode: `npm start` runs the sleutelbewaarder as a separate child process with its own
 * folder outside data/, as a different organisation would run it. The gateway process never
 * loads its key; it only learns the child's URL to print it. The child also makes the FG's own
 * key at the sleutelbewaarder, outside data/ (standing in for the FG's device).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FG_SLEUTELBEWAARDER_ID } from '../client/fg-sleutel.js';
import type { Configuratie } from '../config/env.js';
import { POORT } from '../logboek/zoeken.js';

const BIN = fileURLToPath(new URL('../../bin/ketenpoort.js', import.meta.url));

/**
 * The demo identity providers the child trusts for people in a browser: each partner's for
 * its employees and its FG, the gateway's for its FG under the FG's own credential id.
 */
export function demoUitgevers(issuers: ReadonlyMap<string, string>) {
  return [...issuers].map(([organisatie, issuer]) => ({
    issuer,
    jwks: `${issuer}/jwks`,
    partner: organisatie === POORT ? FG_SLEUTELBEWAARDER_ID : organisatie,
    rollen: organisatie === POORT ? ['fg'] : ['partner', 'fg'],
  }));
}

/**
 * Starts the child; resolves with its URL once it listens. `browser`: the werkplek's origin and
 * the demo issuers whose tokens it accepts from that origin's pages.
 */
export function startDemoSleutelbewaarder(
  cfg: Configuratie,
  browser?: { herkomst: string; issuers: ReadonlyMap<string, string> },
): Promise<{ url: string; proces: ChildProcess }> {
  const proces = spawn(
    process.execPath,
    [
      BIN,
      'sleutelbewaarder',
      '--demo',
      '--map',
      cfg.sleutelbewaarderMap,
      '--partnersleutels',
      cfg.sleutels,
      '--fg-sleutel',
      cfg.fgSleutel,
      '--poort',
      '0',
      ...(browser
        ? [
            '--uitgevers',
            JSON.stringify(demoUitgevers(browser.issuers)),
            '--herkomst',
            browser.herkomst,
          ]
        : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((klaar, mis) => {
    let uit = '';
    const lees = (d: Buffer) => {
      uit += d.toString();
      const m = /luistert op (http:\/\/\S+)/.exec(uit);
      if (m?.[1]) {
        proces.stdout?.off('data', lees);
        proces.stdout?.on('data', (r: Buffer) => process.stdout.write(r));
        klaar({ url: m[1], proces });
      }
    };
    proces.stdout?.on('data', lees);
    proces.once('exit', (code) => mis(new Error(`De sleutelbewaarder stopte (code ${code}).`)));
  });
}

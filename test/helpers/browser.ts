/**
 * Debian's Chromium, driven by playwright-core, for the tests in test/browser/ (`npm run
 * test:browser`). Playwright never downloads a browser here: the project installs the Debian
 * package (`.ci/run` does it with apt-get) and the tests launch that binary.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where the browser is; KETENPOORT_CHROMIUM overrides it (another distribution, a Mac). */
export const CHROMIUM = process.env.KETENPOORT_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless, without a sandbox (the tests run as root in CI) and without the background
 * traffic (updates, sync, safe browsing) that a closed network refuses at every start.
 */
const VLAGGEN = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts a fresh headless Chromium with an empty profile; close it in afterAll. */
export async function startChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Geen Chromium gevonden op ${CHROMIUM}. Installeer het (Debian: apt-get install -y chromium) of zet KETENPOORT_CHROMIUM op het pad van een Chromium.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: VLAGGEN });
}

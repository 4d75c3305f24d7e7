/**
 * Debian's Chromium, driven by playwright-core, for the tests in test/browser/ (`npm run
 * test:browser`). Playwright never downloads a browser here: the project installs the Debian
 * package (`.ci/run` does it with apt-get) and the tests launch that binary.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
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

/** An app as the world server serves it (a method, so a Hono app with its extra parameters fits). */
interface App {
  fetch(r: Request): Response | Promise<Response>;
}

/** What {@link startWereldServer} gives: its fixed url, the app switch and the stop. */
export type WereldServer = Awaited<ReturnType<typeof startWereldServer>>;

/**
 * An HTTP server on a free local port that serves one world at a time: `zet(app)` switches the
 * app it serves (503 until the first); `url` is fixed, so one identity provider serves all.
 */
export async function startWereldServer(): Promise<{
  url: string;
  zet: (app: App) => void;
  stop: () => void;
}> {
  let huidig: App | undefined;
  let server: ReturnType<typeof serve> | undefined;
  const url = await new Promise<string>((klaar) => {
    server = serve(
      {
        fetch: (r) => huidig?.fetch(r) ?? new Response('geen wereld', { status: 503 }),
        hostname: '127.0.0.1',
        port: 0,
      },
      (info: AddressInfo) => klaar(`http://127.0.0.1:${info.port}`),
    );
  });
  return { url, zet: (app) => (huidig = app), stop: () => server?.close() };
}

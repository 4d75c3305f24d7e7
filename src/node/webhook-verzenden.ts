/**
 * @module
 * Sending a webhook from Node (issue 18) with an SSRF guard on every attempt: resolve the name
 * ourselves (every address), refuse when any address may not be reached, then connect to the
 * checked address only (a pinned `lookup`, while TLS still checks the certificate for the name
 * and Host names it), so a DNS rebind between check and connect cannot slip through. Redirects
 * are never followed; https only (http to loopback in test mode).
 */
import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Resultaat } from '../bezorging/kanaal.js';
import type { WebhookVerzender } from '../use-cases/bezorgen.js';
import { adresToegestaan, isLoopback } from './adres-toets.js';

/** Resolves a host name to all its addresses (node:dns by default; tests inject names). */
export type Opzoeker = (host: string) => Promise<Array<{ address: string; family: number }>>;

export interface WebhookOpties {
  opzoeken?: Opzoeker;
  /** Test mode only: allow loopback receivers, over http too. */
  loopbackToegestaan?: boolean;
  /** Milliseconds before an attempt counts as `time-out`; default 10 s. */
  timeout?: number;
}

const dnsOpzoeker: Opzoeker = (host) => lookup(host, { all: true, verbatim: true });

/** A {@link WebhookVerzender} for Node. */
export function nodeWebhookVerzender(o: WebhookOpties = {}): WebhookVerzender {
  const opzoeken = o.opzoeken ?? dnsOpzoeker;
  const loopback = o.loopbackToegestaan ?? false;
  return async (url, koppen, body) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let adressen: Array<{ address: string; family: number }>;
    try {
      adressen = await opzoeken(host);
    } catch {
      return { geleverd: false, reden: 'geen-verbinding' };
    }
    if (adressen.length === 0) return { geleverd: false, reden: 'geen-verbinding' };
    if (!adressen.every((a) => adresToegestaan(a.address, loopback))) {
      return { geleverd: false, reden: 'adres-geweigerd' };
    }
    if (url.protocol !== 'https:' && !(loopback && adressen.every((a) => isLoopback(a.address)))) {
      return { geleverd: false, reden: 'adres-geweigerd' };
    }
    const [gekozen] = adressen as [{ address: string; family: number }];
    return stuur(url, koppen, body, gekozen, o.timeout ?? 10_000);
  };
}

/** One POST to the pinned address; the name stays the URL's for SNI, certificate and Host. */
function stuur(
  url: URL,
  koppen: Record<string, string>,
  body: string,
  adres: { address: string; family: number },
  timeout: number,
): Promise<Resultaat> {
  const vastgepind: LookupFunction = (_naam, opties, klaar) => {
    if (opties.all) klaar(null, [adres]);
    else klaar(null, adres.address, adres.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const verzoek = request(
      url,
      {
        method: 'POST',
        lookup: vastgepind,
        headers: {
          ...koppen,
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Ketenpoort',
        },
        // The whole attempt, not only an idle socket: a receiver that drips bytes stops too.
        signal: AbortSignal.timeout(timeout),
      },
      (antwoord) => {
        // Only the status counts; the body is never read (a receiver could send without end).
        antwoord.destroy();
        const status = antwoord.statusCode ?? 0;
        if (status >= 200 && status < 300) resolve({ geleverd: true });
        else if (status >= 300 && status < 400) {
          resolve({ geleverd: false, reden: 'doorverwijzing', status });
        } else resolve({ geleverd: false, reden: 'status', status });
      },
    );
    verzoek.on('error', (fout) => {
      const afgebroken = fout.name === 'AbortError' || fout.name === 'TimeoutError';
      resolve({ geleverd: false, reden: afgebroken ? 'time-out' : 'geen-verbinding' });
    });
    verzoek.end(body);
  });
}

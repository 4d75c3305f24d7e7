/**
 * @module
 * Issue 18 on the Worker: webhooks only, sent with fetch, and every round on Cloudflare Queues.
 * A write request puts a message on the queue (its waitUntil); the consumer runs a round, and a
 * failed attempt puts a message back with the backoff as `delaySeconds`. Queues over a Durable
 * Object alarm: one binding and no class or migration, per-message delays up to 12 hours cover
 * the whole backoff, and the claim in D1 already makes two consumers send once.
 * E-mail goes through Cloudflare Email Workers (./mail.ts: the `send_email` binding MAIL, to
 * mailboxes the operator verified in Email Routing). Not here: our own DNS check: Workers
 * cannot resolve or pin an address, so a literal address is refused here and names resolve on
 * Cloudflare's network, which does not route to private ranges.
 */
import type { Queue } from '@cloudflare/workers-types/index';
import type { Bezorgdienst } from '../api/diensten.js';
import { foutVoorLog } from '../api/fout-log.js';
import { leesBezorgadressen } from '../bezorging/configuratie.js';
import type { Beleid } from '../policy/index.js';
import type { Store } from '../store/store.js';
import { bezorg, type WebhookVerzender } from '../use-cases/bezorgen.js';
import { jsonInstelling } from './json-instelling.js';
import { emailWorkerVerzender, type MailBinding } from './mail.js';

/** What the Worker's delivery needs from its env. */
export interface BezorgEnv {
  BEZORGADRESSEN?: string;
  BEZORGGEHEIMEN?: string;
  BEZORGING?: Queue;
  /** The `send_email` binding for mail to the partners' verified mailboxes. */
  MAIL?: MailBinding;
  /** The sender address of that mail (an address of the operator's Email Routing domain). */
  MAIL_AFZENDER?: string;
  /** The werkplek's fixed start address, the only link a mail carries. */
  WERKPLEK_URL?: string;
}

/** The delivery service of the Worker, or undefined when BEZORGADRESSEN is not set. */
export function workerBezorging(
  env: BezorgEnv,
  beleid: Beleid,
  store: Store,
  klok: () => number,
): Bezorgdienst | undefined {
  if (!env.BEZORGADRESSEN) return undefined;
  const adressen = leesBezorgadressen(
    jsonInstelling('BEZORGADRESSEN', env.BEZORGADRESSEN),
    jsonInstelling('BEZORGGEHEIMEN', env.BEZORGGEHEIMEN) as Record<string, string>,
    new Set(beleid.partners.keys()),
    { adresToets: (host) => !/^[\d.]+$|:/.test(host) },
  );
  const mail = [...adressen.values()].some((a) => a.email) ? mailVan(env) : undefined;
  const wachtrij = env.BEZORGING;
  if (!wachtrij) {
    throw new Error(
      'Ongeldige Worker-configuratie: BEZORGADRESSEN is gezet maar de wachtrij BEZORGING ontbreekt (wrangler.toml, [[queues.producers]]).',
    );
  }
  const b = {
    opslag: store.bezorgingen,
    adressen,
    webhook: fetchVerzender,
    ...(mail && { mail: mail.verzender }),
    startUrl: mail?.startUrl ?? '',
  };
  return {
    aanstoten(wacht) {
      const verstuurd = wachtrij
        .send({ ronde: true })
        .catch((fout) => console.error(`Bezorgronde niet in de wachtrij: ${foutVoorLog(fout)}`));
      wacht?.(verstuurd);
    },
    ronde: () => bezorg(b, klok()),
  };
}

/** Mail for BEZORGADRESSEN that name mailboxes: all three settings, or a start error. */
function mailVan(env: BezorgEnv) {
  const ontbreekt = [
    env.MAIL ? '' : 'de binding MAIL ([[send_email]] in wrangler.toml)',
    env.MAIL_AFZENDER ? '' : 'MAIL_AFZENDER',
    env.WERKPLEK_URL ? '' : 'WERKPLEK_URL (het startadres van de werkplek in de mail)',
  ].filter(Boolean);
  if (!env.MAIL || !env.MAIL_AFZENDER || !env.WERKPLEK_URL) {
    throw new Error(
      `Ongeldige Worker-configuratie: BEZORGADRESSEN noemt e-mailadressen; zet ook ${ontbreekt.join(', ')}.`,
    );
  }
  return {
    verzender: emailWorkerVerzender(env.MAIL, env.MAIL_AFZENDER),
    startUrl: new URL('/', env.WERKPLEK_URL).href,
  };
}

/** Runs one round for a queue message; a retry it plans goes back on the queue, delayed. */
export async function verwerkBezorgbericht(
  dienst: Bezorgdienst | undefined,
  wachtrij: Queue | undefined,
  nu: number,
): Promise<void> {
  if (!dienst) return;
  const { volgendeOp } = await dienst.ronde();
  if (volgendeOp === undefined || !wachtrij) return;
  const delaySeconds = Math.min(43_200, Math.max(0, Math.ceil((volgendeOp - nu) / 1000)));
  await wachtrij.send({ ronde: true }, { delaySeconds });
}

/** POST with fetch: no redirect followed, https only, 10 seconds at most. */
const fetchVerzender: WebhookVerzender = async (url, koppen, body) => {
  if (url.protocol !== 'https:') return { geleverd: false, reden: 'adres-geweigerd' };
  try {
    const r = await fetch(url, {
      method: 'POST',
      headers: { ...koppen, 'user-agent': 'Ketenpoort' },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    if (r.ok) return { geleverd: true };
    const reden = r.status >= 300 && r.status < 400 ? 'doorverwijzing' : 'status';
    return { geleverd: false, reden, status: r.status };
  } catch (fout) {
    const timeout = fout instanceof Error && fout.name === 'TimeoutError';
    return { geleverd: false, reden: timeout ? 'time-out' : 'geen-verbinding' };
  }
};

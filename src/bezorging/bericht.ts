/**
 * @module
 * What a delivery says (issue 18): only that the partner's own inbox holds something new. No
 * category, pseudonym, signal id or other partner's id; the mail not even a cursor, only the
 * werkplek's fixed start address.
 */
import { Webhook } from 'standardwebhooks';

/** The Standard Webhooks event type of every webhook Ketenpoort sends. */
export const WEBHOOK_TYPE = 'inbox.nieuw';

/** The subject of every mail: the same words whatever waits. */
export const MAIL_ONDERWERP = 'Er wacht iets nieuws in Ketenpoort';

/**
 * The webhook request for announcing inbox numbers after `gemeld` up to `tot`, signed at `nu`
 * (ms) with `geheim` (`whsec_...`). The id is the same for every retry of one announcement
 * (the receiver can drop a duplicate); the timestamp is the attempt's, so a replay is stale.
 * The body: `{"type":"inbox.nieuw","timestamp":...,"data":{"na":gemeld}}`, read on with
 * `GET /v1/meldingen?na=<na>`.
 */
export function webhookVerzoek(geheim: string, gemeld: number, tot: number, nu: number) {
  const moment = new Date(Math.floor(nu / 1000) * 1000);
  const id = `msg_inbox_${tot}`;
  const body = JSON.stringify({
    type: WEBHOOK_TYPE,
    timestamp: moment.toISOString(),
    data: { na: gemeld },
  });
  const koppen = {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(moment.getTime() / 1000),
    'webhook-signature': new Webhook(geheim).sign(id, moment, body),
  };
  return { koppen, body };
}

/** The mail's plain text: that something waits, and where to log in. Nothing else. */
export function mailTekst(startUrl: string): string {
  return [
    'Goedendag,',
    '',
    'Er wacht iets nieuws voor uw organisatie in Ketenpoort.',
    `Log in op de werkplek om het te lezen: ${startUrl}`,
    '',
    'Deze e-mail zegt bewust niet wat er wacht of over wie: dat staat alleen in Ketenpoort.',
    'U krijgt hem omdat uw organisatie dit adres liet instellen bij de beheerder van Ketenpoort.',
  ].join('\n');
}

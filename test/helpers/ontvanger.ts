/**
 * Real local receivers for issue 18's tests: an HTTP listener that verifies Standard Webhooks
 * signatures with the secret it holds, and an SMTP server (smtp-server) that keeps every raw
 * message. Both on 127.0.0.1 with a free port; the test closes them.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';

/** A fresh Standard Webhooks secret. */
export const nieuwGeheim = () => `whsec_${randomBytes(32).toString('base64')}`;

export interface OntvangenVerzoek {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the receiver's own secret verified it (signature and timestamp). */
  geldig: boolean;
}

/**
 * An HTTP receiver holding `geheim`: answers 204 to a verified delivery and 400 otherwise;
 * `antwoorden` overrides the status of the first requests (e.g. [503, 503]).
 */
export async function startWebhookOntvanger(geheim: string, antwoorden: number[] = []) {
  const ontvangen: OntvangenVerzoek[] = [];
  const server = createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      const body = Buffer.concat(delen).toString('utf8');
      const geldig = verifieer(geheim, body, req.headers);
      ontvangen.push({ headers: req.headers, body, geldig });
      res.statusCode = antwoorden.shift() ?? (geldig ? 204 : 400);
      res.end();
    });
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ketenpoort`,
    port,
    ontvangen,
    /** Sends a captured delivery again, as an attacker who recorded it would. */
    herhaal: (v: OntvangenVerzoek) => verifieer(geheim, v.body, v.headers),
    sluit: () => new Promise<void>((klaar) => server.close(() => klaar())),
  };
}

/** True when `geheim` verifies the delivery now (Webhook.verify also checks the timestamp). */
export function verifieer(geheim: string, body: string, headers: IncomingHttpHeaders): boolean {
  try {
    new Webhook(geheim).verify(body, headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

/** An SMTP server keeping every raw message; `weiger` refuses the first n messages. */
export async function startSmtpOntvanger(weiger = 0) {
  const berichten: Array<{ aan: string[]; ruw: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, sessie, klaar) {
      const delen: Buffer[] = [];
      stream.on('data', (d: Buffer) => delen.push(d));
      stream.on('end', () => {
        if (weiger > 0) {
          weiger--;
          klaar(Object.assign(new Error('tijdelijk niet'), { responseCode: 451 }));
          return;
        }
        berichten.push({
          aan: sessie.envelope.rcptTo.map((r) => r.address),
          ruw: Buffer.concat(delen).toString('utf8'),
        });
        klaar();
      });
    },
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', () => klaar()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    berichten,
    sluit: () => new Promise<void>((klaar) => server.close(() => klaar())),
  };
}

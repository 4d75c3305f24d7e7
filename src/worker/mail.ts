/**
 * @module
 * Issue 18's e-mail on the Worker: Cloudflare Email Workers, through a `send_email` binding
 * (`MAIL`). Cloudflare delivers such mail only to destination addresses verified in the
 * account's Email Routing, so the operator verifies each partner's functional mailbox once,
 * when the partner asks for it (README, "Berichten over uw inbox"); that fits a mailbox the
 * operator sets on request anyway. The MIME message is made by mimetext (its browser build:
 * no Node modules), as Cloudflare's own documentation does; the words are those of the Node
 * side (src/bezorging/bericht.ts).
 */
import { EmailMessage } from 'cloudflare:email';
import { createMimeMessage } from 'mimetext/browser';
import type { MailVerzender } from '../use-cases/bezorgen.js';

/** The part of a `send_email` binding the gateway uses. */
export interface MailBinding {
  send(bericht: EmailMessage): Promise<unknown>;
}

/** The raw MIME text of one content-free mail from `afzender` to `aan`. */
export function mailBericht(afzender: string, aan: string, onderwerp: string, tekst: string) {
  const bericht = createMimeMessage();
  bericht.setSender({ name: 'Ketenpoort', addr: afzender });
  bericht.setRecipient(aan);
  bericht.setSubject(onderwerp);
  bericht.addMessage({ contentType: 'text/plain', data: tekst });
  return bericht.asRaw();
}

/** Sends through `binding`; a refusal (an unverified address, a limit) is a failed attempt. */
export function emailWorkerVerzender(binding: MailBinding, afzender: string): MailVerzender {
  return async (aan, onderwerp, tekst) => {
    try {
      await binding.send(
        new EmailMessage(afzender, aan, mailBericht(afzender, aan, onderwerp, tekst)),
      );
      return { geleverd: true };
    } catch {
      return { geleverd: false, reden: 'smtp' };
    }
  };
}

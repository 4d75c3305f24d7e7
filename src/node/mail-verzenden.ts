/**
 * @module
 * Sending the content-free mail of issue 18 over SMTP with nodemailer. The transport is the
 * operator's (KETENPOORT_SMTP); the message carries the fixed subject and text of
 * src/bezorging/bericht.ts and nothing else.
 */
import { createTransport } from 'nodemailer';
import type { MailVerzender } from '../use-cases/bezorgen.js';

/** A {@link MailVerzender} over the SMTP server of `smtpUrl`, sending as `afzender`. */
export function nodeMailVerzender(smtpUrl: string, afzender: string): MailVerzender {
  const transport = createTransport(smtpUrl);
  return async (aan, onderwerp, tekst) => {
    try {
      await transport.sendMail({ from: afzender, to: aan, subject: onderwerp, text: tekst });
      return { geleverd: true };
    } catch {
      // The library's message may name the address; the FG's view only needs the reason.
      return { geleverd: false, reden: 'smtp' };
    }
  };
}

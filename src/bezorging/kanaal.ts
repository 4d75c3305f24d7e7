/**
 * @module
 * The words of delivery (issue 18): the two channels that tell a partner something new waits in
 * its inbox, and the closed lists an attempt's outcome is recorded in. No free text: the FG's
 * view of attempts never carries an address, a body or a library's error message.
 */

/** A signed webhook to the partner's system, or an e-mail to its functional mailbox. */
export const KANALEN = ['webhook', 'email'] as const;
export type Kanaal = (typeof KANALEN)[number];

/** `geleverd`: the receiver took it; `mislukt`: try again later; `opgegeven`: the last try failed. */
export const UITKOMSTEN = ['geleverd', 'mislukt', 'opgegeven'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** Why an attempt failed, as the FG reads it. */
export const REDENEN = [
  /** The name resolved to (or the URL is) a private, loopback, link-local or other refused address. */
  'adres-geweigerd',
  /** The receiver answered with a redirect; redirects are never followed. */
  'doorverwijzing',
  /** The receiver answered with a status outside 2xx. */
  'status',
  /** No connection, a TLS error, or the name did not resolve. */
  'geen-verbinding',
  /** No answer in time. */
  'time-out',
  /** The mail server refused or failed. */
  'smtp',
] as const;
export type Reden = (typeof REDENEN)[number];

/** What one attempt came to. */
export type Resultaat = { geleverd: true } | { geleverd: false; reden: Reden; status?: number };

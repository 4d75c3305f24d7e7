/**
 * @module
 * The pages where the employee's browser gets its own token for the sleutelbewaarder: it is
 * sent to its organisation's identity provider as a public client (authorisation code with
 * PKCE, resource = the sleutelbewaarder) and comes back to the same page with the code in the
 * fragment, which a browser never sends to the gateway. The page redeems the code at the
 * token endpoint itself; the gateway never sees the token.
 */

/** The page where a partner employee registers a signal. */
export const REGISTREREN_PAD = '/partner/registreren';

/** The page where the gateway's FG answers an inzageverzoek. */
export const INZAGE_PAD = '/fg/inzage';

/** Where an identity provider may send the browser back with a code for the sleutelbewaarder. */
export const BROWSER_TERUG_PADEN: readonly string[] = [REGISTREREN_PAD, INZAGE_PAD];

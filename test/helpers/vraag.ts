/** A request to a test gateway as one identity, with a fresh token each time. */
import type { Hono } from 'hono';

type Aanvraagbaar = Pick<Hono, 'request'>;

/** `vraag(naam, methode, pad, body?)`: the request with `Bearer <token(naam)>`, JSON when a body is given. */
export function maakVraag(app: Aanvraagbaar, token: (naam: string) => Promise<string>) {
  return async (naam: string, methode: string, pad: string, body?: unknown) =>
    app.request(pad, {
      method: methode,
      headers: {
        authorization: `Bearer ${await token(naam)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
}

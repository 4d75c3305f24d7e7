/**
 * @module
 * A werkplek page acting for the logged-in person's organisation: the same use cases as the
 * API, with the session's organisation as partner and its opaque person id as gebruiker. A
 * refusal of the use case (ApiError) becomes a Dutch page with the same status; nothing else
 * was done.
 */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Aanvraag } from '../use-cases/context.js';
import { ApiError } from '../use-cases/fout.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';

/** The use case's request for the session on `c`. */
export function aanvraagVan(c: Context<WerkplekEnv>): Aanvraag {
  const { diensten, sessie, verzoek } = c.var;
  return {
    diensten,
    identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon },
    verzoek,
  };
}

/** Runs `werk` for the session and shows its page; a refusal shows why, under `titel`. */
export async function uitvoeren(
  c: Context<WerkplekEnv>,
  titel: string,
  navigatie: Child,
  werk: (a: Aanvraag) => Promise<HtmlEscapedString | Promise<HtmlEscapedString>>,
  status: 200 | 201 = 200,
) {
  try {
    return c.html(await werk(aanvraagVan(c)), status);
  } catch (fout) {
    if (!(fout instanceof ApiError)) throw fout;
    return c.html(
      <Opmaak titel={titel} ingelogd={ingelogd(c)} navigatie={navigatie}>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">{fout.detail} Er is niets gewijzigd.</p>
        </div>
      </Opmaak>,
      fout.status as 400,
    );
  }
}

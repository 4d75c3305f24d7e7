/**
 * @module
 * A page for logged-in people: a valid session with one of the roles, and on every form post
 * the session's CSRF token. Without a valid session the page says to log in (401); a
 * wrong role is 403; a post without the right token is refused (403) and changes nothing.
 * GET forms (search, explain) carry no token: a GET page changes nothing but the session's
 * last-seen moment (and removes an expired session) (test/werkplek/get-zonder-bijwerking.test.ts walks every GET route).
 */
import { createMiddleware } from 'hono/factory';
import type { ApiRol } from '../api/auth/rollen.js';
import type { WerkplekEnv } from './context.js';
import { Opmaak } from './opmaak.js';
import { cookieHash, gelijk, koekjes, sessieGeldig } from './sessie.js';

/** Requires a session with one of `rollen` (none given: any role); sets `sessie`. */
export function vereisSessie(...rollen: ApiRol[]) {
  return createMiddleware<WerkplekEnv>(async (c, next) => {
    const { diensten } = c.var;
    const waarde = koekjes.sessie.lees(c);
    const sessie = waarde ? await diensten.store.sessies.sessie(cookieHash(waarde)) : undefined;
    const nu = diensten.klok();
    if (!sessie || !sessieGeldig(sessie, nu)) {
      if (sessie) await diensten.store.sessies.beeindig(sessie.id);
      koekjes.sessie.wis(c);
      return c.html(
        <Opmaak titel="Log opnieuw in">
          <p class="utrecht-paragraph">
            U bent niet (meer) ingelogd. Een sessie eindigt na 15 minuten zonder gebruik en
            uiterlijk 8 uur na het inloggen.{' '}
            <a class="utrecht-link" href="/">
              Log in bij uw organisatie
            </a>
            .
          </p>
        </Opmaak>,
        401,
      );
    }
    if (rollen.length > 0 && !rollen.some((r) => sessie.rollen.includes(r))) {
      return c.html(
        <Opmaak titel="Geen toegang">
          <p class="utrecht-paragraph">
            Voor deze pagina is de rol {rollen.join(' of ')} nodig. Uw organisatie heeft u die rol
            niet gegeven.
          </p>
        </Opmaak>,
        403,
      );
    }
    if (c.req.method === 'POST') {
      const formulier = await c.req.parseBody();
      const token = typeof formulier.csrf === 'string' ? formulier.csrf : '';
      if (!gelijk(token, sessie.csrf)) {
        return c.html(
          <Opmaak titel="Formulier geweigerd">
            <p class="utrecht-paragraph">
              Dit formulier kwam niet van een pagina van uw sessie en is niet uitgevoerd. Open de
              pagina opnieuw en probeer het nog eens.
            </p>
          </Opmaak>,
          403,
        );
      }
    }
    await diensten.store.sessies.raakAan(sessie.id, nu);
    c.set('sessie', sessie);
    await next();
  });
}

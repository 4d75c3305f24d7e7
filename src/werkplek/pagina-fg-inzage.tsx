/**
 * @module
 * The FG's inzage in the browser (issue 20, item 3): the FG types or uploads the betrokkene's
 * identifiers, the page pseudonymises them on the device with the FG's own login at the
 * sleutelbewaarder, and posts only the pseudonyms; the gateway answers through the same use
 * case as POST /v1/inzage and shows the letter for the betrokkene (to print) and the FG's annex.
 */
import type { Context } from 'hono';
import { raw } from 'hono/html';
import { z } from 'zod';
import { inzageWeergave } from '../api/inzage-weergave.js';
import { PseudoniemSchema } from '../api/schemas.js';
import { VOORBEHOUD_PARTNER_FG } from '../logboek/inzage.js';
import { inzageBijlageInhoud, inzageBriefInhoud } from '../ui/inzage-rapport.js';
import { beantwoordInzage } from '../use-cases/inzage.js';
import { INZAGE_PAD } from './browser-inlog.js';
import { browserInstellingen } from './browser-instellingen.js';
import type { WerkplekEnv } from './context.js';
import { IdentificatieVelden, ZonderJavascript } from './identificatie-velden.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import type { WerkplekOpties } from './opties.js';
import { paginaScriptPad } from './pseudoniem-module.js';
import { uitvoeren } from './uitvoeren.js';

const Pseudoniemen = z.array(PseudoniemSchema).min(1).max(50);

/** GET /fg/inzage. */
export function inzagePagina(o: WerkplekOpties) {
  return async (c: Context<WerkplekEnv>) => {
    const instellingen = await browserInstellingen(c, o, INZAGE_PAD, INZAGE_PAD);
    if ('reden' in instellingen) {
      return c.html(
        <Opmaak titel="Inzageverzoek" ingelogd={ingelogd(c)}>
          <p class="utrecht-paragraph">
            Een inzage in de browser kan hier nog niet: {instellingen.reden}
          </p>
        </Opmaak>,
        503,
      );
    }
    c.header('Content-Security-Policy', instellingen.csp);
    return c.html(
      <Opmaak titel="Inzageverzoek" ingelogd={ingelogd(c)} scripts={instellingen.scripts}>
        <ZonderJavascript wat="Een inzage" />
        <div {...instellingen.data}>
          <p class="utrecht-paragraph">
            Vul de gegevens van de betrokkene in, of kies een bestand met per regel{' '}
            <code class="utrecht-code">soort;gegeven</code> (zoals{' '}
            <code class="utrecht-code">telefoon;06 12345678</code>). De pagina zet ze op dit
            apparaat om in pseudoniemen, met uw eigen aanmelding bij de sleutelbewaarder; alleen de
            pseudoniemen gaan naar Ketenpoort.
          </p>
          <IdentificatieVelden />
          <div class="utrecht-form-field">
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for="inzage-bestand">
                Bestand met gegevens (optioneel)
              </label>
            </div>
            <div class="utrecht-form-field__input">
              <input
                class="utrecht-textbox"
                type="file"
                id="inzage-bestand"
                accept=".csv,.txt,text/plain"
                data-bestand
              />
            </div>
          </div>
          <div data-melding hidden role="status" />
          <p class="utrecht-paragraph">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              data-verstuur
            >
              Versleutel en zoek
            </button>
          </p>
        </div>
      </Opmaak>,
    );
  };
}

/** POST /fg/inzage: the pseudonyms the page's script posted; the report, logged first. */
export function inzageBeantwoorden(o: WerkplekOpties) {
  return async (c: Context<WerkplekEnv>) => {
    const f = await c.req.parseBody();
    let invoer: unknown;
    try {
      invoer = JSON.parse(String(f.pseudoniemen ?? ''));
    } catch {
      invoer = undefined;
    }
    const r = Pseudoniemen.safeParse(invoer);
    if (!r.success) {
      return c.html(
        <Opmaak titel="Inzage niet uitgevoerd" ingelogd={ingelogd(c)}>
          <p class="utrecht-paragraph">
            Er kwamen geen geldige pseudoniemen mee.{' '}
            <a class="utrecht-link" href={INZAGE_PAD}>
              Probeer het opnieuw
            </a>
            .
          </p>
        </Opmaak>,
        400,
      );
    }
    return uitvoeren(c, 'Inzage niet uitgevoerd', undefined, async (a) => {
      const u = await beantwoordInzage(a, r.data);
      const { regel, grond } = inzageWeergave(a.diensten.beleid, u.signalen, u.bereik);
      const antwoord = {
        rapport: u.rapport.map(regel),
        achtergehouden: u.achtergehouden.map((x) => ({
          regel: regel(x.entry),
          gronden: x.gronden.map(grond),
        })),
        overig: u.overig.map(regel),
        bereik: u.bereik,
        voorbehoud: u.bereik === null ? null : VOORBEHOUD_PARTNER_FG,
        logboekId: u.logboekId,
      };
      const opties = { datum: new Date(a.diensten.klok()) };
      return (
        <Opmaak
          titel="Inzage"
          ingelogd={ingelogd(c)}
          scripts={o.paginaScript ? [paginaScriptPad(o.paginaScript)] : []}
        >
          <p class="utrecht-paragraph werkplek-niet-afdrukken">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              data-afdrukken
            >
              Brief afdrukken
            </button>{' '}
            De bijlage voor de FG wordt niet mee afgedrukt.
          </p>
          <article aria-label="Brief aan de betrokkene">
            {raw(inzageBriefInhoud(antwoord, opties))}
          </article>
          <article class="werkplek-niet-afdrukken" aria-label="Bijlage voor de FG">
            {raw(inzageBijlageInhoud(antwoord, opties))}
          </article>
        </Opmaak>
      );
    });
  };
}

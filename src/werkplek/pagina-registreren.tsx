/**
 * @module
 * A partner employee registers a signal in the browser (issue 20, item 1). GET shows the
 * identifier fields (pseudonymised on the device by the page's script) and the categories from
 * the closed lists; the script posts only pseudonyms and categories, with the session's CSRF
 * token. POST registers for the session's organisation through the same use case as the API
 * and answers with the overlap in plain Dutch.
 */
import type { Context } from 'hono';
import { RegistratieSchema } from '../api/routes/signalen-registreer.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import { registreer } from '../use-cases/registreren.js';
import { REGISTREREN_PAD } from './browser-inlog.js';
import { browserInstellingen } from './browser-instellingen.js';
import type { WerkplekEnv } from './context.js';
import { IdentificatieVelden, ZonderJavascript } from './identificatie-velden.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import type { WerkplekOpties } from './opties.js';
import { OverlapLijst } from './overlap-tekst.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { tijdstip } from './tijd.js';
import { uitvoeren } from './uitvoeren.js';
import { Kies } from './velden.js';

const woord = (id: string) => id.replaceAll('_', ' ');

/** GET /partner/registreren. */
export function registreerPagina(o: WerkplekOpties) {
  return async (c: Context<WerkplekEnv>) => {
    const { diensten, sessie } = c.var;
    const instellingen = await browserInstellingen(c, o, REGISTREREN_PAD, REGISTREREN_PAD);
    const frame = { titel: 'Signaal registreren', ingelogd: ingelogd(c) };
    const nav = <PartnerNavigatie huidig={REGISTREREN_PAD} />;
    if ('reden' in instellingen) {
      return c.html(
        <Opmaak {...frame} navigatie={nav}>
          <p class="utrecht-paragraph">
            Registreren in de browser kan hier nog niet: {instellingen.reden}
          </p>
        </Opmaak>,
        503,
      );
    }
    c.header('Content-Security-Policy', instellingen.csp);
    const gemeenten = diensten.beleid.partners.get(sessie.organisatie)?.gemeenten ?? [];
    return c.html(
      <Opmaak {...frame} navigatie={nav} scripts={instellingen.scripts}>
        <ZonderJavascript wat="Registreren" />
        <div {...instellingen.data}>
          <p class="utrecht-paragraph">
            Vul in wat u weet. De gegevens verlaten dit apparaat niet: de pagina zet ze hier om in
            pseudoniemen, met hulp van de sleutelbewaarder, die alleen onleesbare getallen ziet.
          </p>
          <h2 class="utrecht-heading-2">Over wie gaat het?</h2>
          <IdentificatieVelden />
          <h2 class="utrecht-heading-2">Het signaal</h2>
          <div class="werkplek-velden">
            <Kies
              id="r-rol"
              naam="rol"
              label="Rol van de betrokkene"
              opties={ROLLEN.map((r) => [r, woord(r)] as const)}
            />
            <Kies
              id="r-sterkte"
              naam="sterkte"
              label="Sterkte"
              opties={STERKTES.map(
                (s) =>
                  [
                    s,
                    s === 'hard' ? 'hard (concrete aanwijzing)' : 'zacht (vaag vermoeden)',
                  ] as const,
              )}
            />
            <Kies
              id="r-gemeente"
              naam="gemeente"
              label="Gemeente (CBS-code)"
              opties={gemeenten.map((g) => [g, g] as const)}
            />
            <Kies
              id="r-doel"
              naam="doel"
              label="Doel"
              opties={[...diensten.beleid.doelen.values()].map((d) => [d.id, d.titel] as const)}
            />
          </div>
          <fieldset class="utrecht-form-fieldset">
            <legend class="utrecht-form-fieldset__legend">Vorm van uitbuiting</legend>
            {UITBUITINGSVORMEN.map((v, i) => (
              <div class="utrecht-form-field utrecht-form-field--checkbox">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  id={`r-vorm-${i}`}
                  name="uitbuitingsvormen"
                  value={v}
                />{' '}
                <label class="utrecht-form-label utrecht-form-label--checkbox" for={`r-vorm-${i}`}>
                  {woord(v)}
                </label>
              </div>
            ))}
          </fieldset>
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id="r-niet-informeren"
              name="nietInformeren"
              value="ja"
            />{' '}
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="r-niet-informeren">
              Betrokkene niet informeren (beperkt wat een inzageverzoek laat zien)
            </label>
          </div>
          <div data-melding hidden role="status" />
          <p class="utrecht-paragraph">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              data-verstuur
            >
              Versleutel en registreer
            </button>
          </p>
        </div>
      </Opmaak>,
    );
  };
}

/** POST /partner/registreren: the pseudonyms and categories the page's script posted. */
export async function registreerSignaal(c: Context<WerkplekEnv>) {
  const f = await c.req.parseBody({ all: true });
  const lijst = (x: unknown) => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
  let pseudoniemen: unknown;
  try {
    pseudoniemen = JSON.parse(String(f.pseudoniemen ?? ''));
  } catch {
    pseudoniemen = undefined;
  }
  const r = RegistratieSchema.safeParse({
    pseudoniemen,
    rol: f.rol,
    uitbuitingsvormen: lijst(f.uitbuitingsvormen),
    sterkte: f.sterkte,
    gemeente: f.gemeente,
    doel: f.doel,
    nietInformeren: f.nietInformeren === 'ja',
  });
  const nav = <PartnerNavigatie huidig={REGISTREREN_PAD} />;
  if (!r.success) {
    return c.html(
      <Opmaak titel="Signaal niet geregistreerd" ingelogd={ingelogd(c)} navigatie={nav}>
        <p class="utrecht-paragraph">
          Het signaal is niet geregistreerd: kies minstens één vorm van uitbuiting en vul de velden
          van het signaal in.{' '}
          <a class="utrecht-link" href={REGISTREREN_PAD}>
            Probeer het opnieuw
          </a>
          .
        </p>
      </Opmaak>,
      400,
    );
  }
  return uitvoeren(
    c,
    'Signaal niet geregistreerd',
    nav,
    async (a) => {
      const antwoord = await registreer(a, r.data);
      return (
        <Opmaak titel="Signaal geregistreerd" ingelogd={ingelogd(c)} navigatie={nav}>
          <p class="utrecht-paragraph">
            Uw signaal staat in Ketenpoort tot {tijdstip(Date.parse(antwoord.vervaltOp))}.{' '}
            <a class="utrecht-link" href={`/partner/signalen/${antwoord.id}`}>
              Naar het signaal
            </a>
          </p>
          <h2 class="utrecht-heading-2">Overlap</h2>
          <OverlapLijst beleid={c.var.diensten.beleid} overlap={antwoord.overlap} />
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={REGISTREREN_PAD}>
              Nog een signaal registreren
            </a>
          </p>
        </Opmaak>
      );
    },
    201,
  );
}

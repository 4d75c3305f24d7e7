/**
 * @module
 * The figures in the werkplek (issue 19): a partner's own counts beside the region's, the
 * ketenregisseur's T1-T5, the charts as SVG, and a printable half-year report for the board
 * that states the suppression method. Showing figures is a disclosure that is logged, so the
 * page asks with a form (POST, with the session's CSRF token); the GET page changes nothing.
 */
import type { Context } from 'hono';
import { raw } from 'hono/html';
import { maandVan } from '../cijfers/perioden.js';
import type { Cijfers, GetoondeTabel } from '../cijfers/tabellen.js';
import { cijferGrafieken } from '../ui/cijfers-svg.js';
import { leesCijfers } from '../use-cases/cijfers-lezen.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { TabelKop } from './tabel-kop.js';

const METHODE =
  'Aantallen onder de drempel, nul inbegrepen, zijn afgeschermd; daarna zoveel andere aantallen dat geen afgeschermd aantal uit totalen, subtotalen of andere tabellen is terug te rekenen. Elk afgeschermd aantal staat er als hetzelfde teken, of het nu 0, klein of een aanvullend afgeschermd groter aantal is. Lopende perioden ontbreken. Uw eigen aantallen ziet u altijd; de regio min uw eigen aantallen is even goed beschermd.';

/** GET /cijfers: the form that asks for the figures of a year. */
export async function cijfersPagina(c: Context<WerkplekEnv>) {
  const jaar = Number(maandVan(c.var.diensten.klok()).slice(0, 4));
  const i = ingelogd(c);
  return c.html(
    <Opmaak titel="Cijfers" ingelogd={i}>
      <p class="utrecht-paragraph">
        De cijfers van de regio over afgesloten maanden, kwartalen en halfjaren. Elke opvraging
        staat in het logboek.
      </p>
      <form method="post" action="/cijfers">
        <input type="hidden" name="csrf" value={i?.csrf ?? ''} />
        <label class="utrecht-form-label" for="jaar">
          Jaar
        </label>
        <input class="utrecht-textbox" id="jaar" name="jaar" type="number" value={String(jaar)} />
        <label class="utrecht-form-label" for="soort">
          Weergave
        </label>
        <select class="utrecht-select" id="soort" name="soort">
          <option value="pagina">Tabellen en grafieken</option>
          <option value="rapport">Halfjaarrapport om af te drukken</option>
        </select>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          Toon de cijfers
        </button>
      </form>
    </Opmaak>,
  );
}

/** POST /cijfers: the figures of the chosen year, logged before they are shown. */
export async function cijfersTonen(c: Context<WerkplekEnv>) {
  const { diensten, sessie, verzoek } = c.var;
  const formulier = await c.req.parseBody();
  const gevraagd = Number(formulier.jaar);
  const jaar = Number.isInteger(gevraagd) && gevraagd >= 2020 && gevraagd <= 2100 ? gevraagd : 2026;
  const cijfers = await leesCijfers(
    { diensten, identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon }, verzoek },
    jaar,
    sessie.rollen,
  );
  const rapport = formulier.soort === 'rapport';
  return c.html(
    <Opmaak titel={rapport ? `Halfjaarrapport ${jaar}` : `Cijfers ${jaar}`} ingelogd={ingelogd(c)}>
      <h2 class="utrecht-heading-2">Methode</h2>
      <p class="utrecht-paragraph">
        {METHODE} Drempel: {cijfers.drempel}; een afgeschermd aantal staat er als &lt;
        {cijfers.drempel}.
      </p>
      {grafieken(cijfers, rapport)}
      {cijfers.tabellen.filter((t) => !rapport || t.tabel !== 't1').map((t) => tabel(t))}
    </Opmaak>,
  );
}

function grafieken(c: Cijfers, rapport: boolean) {
  return cijferGrafieken(c, rapport).map((svg) => <figure>{raw(svg)}</figure>);
}

function tabel(t: GetoondeTabel) {
  const eigen = t.cellen.some((c) => c.eigen !== undefined);
  return (
    <section class="werkplek-tabel" aria-label={t.titel} tabindex={0}>
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{t.titel}</caption>
        <TabelKop
          koppen={[
            'Periode',
            t.dimensies[0],
            t.dimensies[1],
            'Regio',
            ...(eigen ? ['Eigen'] : []),
          ].filter((k) => k !== '')}
        />
        <tbody class="utrecht-table__body">
          {t.cellen.map((c) => (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">{c.periode}</td>
              <td class="utrecht-table__cell">{c.a === '*' ? 'totaal' : c.a}</td>
              {t.dimensies[1] !== '' && (
                <td class="utrecht-table__cell">{c.b === '*' ? 'totaal' : c.b}</td>
              )}
              <td class="utrecht-table__cell">{c.label}</td>
              {eigen && <td class="utrecht-table__cell">{c.eigen ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

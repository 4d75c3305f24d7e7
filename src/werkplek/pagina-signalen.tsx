/**
 * @module
 * A partner employee's own signals (issue 20, item 4): the list of the organisation's newest
 * signals, and one signal with its categories, its status, and the buttons that act on it
 * (show the overlap now, set a status, hand it over, withdraw). Every button is a form post
 * with the session's CSRF token; reading these pages changes nothing and logs nothing.
 */
import type { Context } from 'hono';
import type { Signaal } from '../matching/signaal.js';
import { NIET_VOOR_ONS_REDENEN } from '../policy/overdracht-woorden.js';
import {
  GEEN_PERSPECTIEF_REDENEN,
  STATUSSEN,
  UITKOMSTEN,
} from '../policy/terugkoppeling-woorden.js';
import { eigenSignaal } from '../use-cases/eigen-signaal.js';
import { ApiError } from '../use-cases/fout.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { OverdrachtFormulier } from './overdracht-formulier.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { RegieKnop } from './regie-tekst.js';
import { cursorUit, type SignalenBladzijde, signalenBladzijde } from './signalen-bladzijde.js';
import { TabelKop } from './tabel-kop.js';
import { tijdstip } from './tijd.js';
import { Kies } from './velden.js';

/** Signals on the list page. */
const LIMIET = 100;

const woord = (id: string) => id.replaceAll('_', ' ');

/** GET /partner?voor=<cursor> or ?na=<cursor>: the organisation's signals, newest first. */
export async function signalenPagina(c: Context<WerkplekEnv>) {
  const { diensten, sessie } = c.var;
  const cursor = cursorUit(c.req.query());
  const bladzijde = await signalenBladzijde(diensten.store, sessie.organisatie, LIMIET, cursor);
  const { signalen } = bladzijde;
  return c.html(
    <Opmaak
      titel="Mijn signalen"
      ingelogd={ingelogd(c)}
      navigatie={<PartnerNavigatie huidig="/partner" />}
    >
      {signalen.length === 0 && (cursor.na !== undefined || cursor.voor !== undefined) ? (
        <p class="utrecht-paragraph">
          Op deze bladzijde staan geen signalen meer.{' '}
          <a class="utrecht-link" href="/partner">
            Naar de nieuwste signalen
          </a>
          .
        </p>
      ) : signalen.length === 0 ? (
        <p class="utrecht-paragraph">
          Uw organisatie heeft nog geen signalen in Ketenpoort.{' '}
          <a class="utrecht-link" href="/partner/registreren">
            Registreer een signaal
          </a>
          .
        </p>
      ) : (
        <section class="werkplek-tabel" aria-label="Signalen" tabindex={0}>
          <table class="utrecht-table">
            <TabelKop
              koppen={['Geregistreerd', 'Rol', 'Vorm van uitbuiting', 'Sterkte', 'Stand']}
            />
            <tbody class="utrecht-table__body">
              {signalen.map((s) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/partner/signalen/${s.id}`}>
                      {tijdstip(s.geregistreerdOp)}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">{woord(s.rol)}</td>
                  <td class="utrecht-table__cell">{s.uitbuitingsvormen.map(woord).join(', ')}</td>
                  <td class="utrecht-table__cell">{s.sterkte}</td>
                  <td class="utrecht-table__cell">
                    {s.ingetrokkenOp === null ? 'actief' : 'ingetrokken'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <Bladeren {...bladzijde} />
    </Opmaak>,
  );
}

/** The links to the newer and older pages, as a labelled navigation landmark. */
function Bladeren(p: SignalenBladzijde) {
  if (p.nieuwer === undefined && p.ouder === undefined) return null;
  return (
    <nav aria-label="Bladzijden met signalen">
      <ul class="werkplek-navigatie">
        {p.nieuwer !== undefined && (
          <li>
            <a class="utrecht-link" rel="prev" href={`/partner?na=${p.nieuwer}`}>
              Vorige bladzijde: nieuwere signalen
            </a>
          </li>
        )}
        {p.ouder !== undefined && (
          <li>
            <a class="utrecht-link" rel="next" href={`/partner?voor=${p.ouder}`}>
              Volgende bladzijde: oudere signalen
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** GET /partner/signalen/:id: one own signal and what can be done with it. */
export async function signaalPagina(c: Context<WerkplekEnv>) {
  const { diensten, sessie } = c.var;
  let s: Signaal;
  try {
    s = await eigenSignaal(diensten, sessie.organisatie, c.req.param('id') ?? '');
  } catch (fout) {
    if (!(fout instanceof ApiError)) throw fout;
    return c.html(
      <Opmaak
        titel="Signaal niet gevonden"
        ingelogd={ingelogd(c)}
        navigatie={<PartnerNavigatie huidig="" />}
      >
        <p class="utrecht-paragraph">Uw organisatie heeft geen signaal met dit kenmerk.</p>
      </Opmaak>,
      404,
    );
  }
  const status = await diensten.store.status(s.id);
  const actief = s.ingetrokkenOp === null;
  const pad = `/partner/signalen/${s.id}`;
  const csrf = <input type="hidden" name="csrf" value={sessie.csrf} />;
  return c.html(
    <Opmaak titel="Signaal" ingelogd={ingelogd(c)} navigatie={<PartnerNavigatie huidig="" />}>
      <dl class="utrecht-data-list">
        {[
          ['Geregistreerd', tijdstip(s.geregistreerdOp)],
          ['Bewaard tot', tijdstip(s.vervaltOp)],
          ['Rol van de betrokkene', woord(s.rol)],
          ['Vorm van uitbuiting', s.uitbuitingsvormen.map(woord).join(', ')],
          ['Sterkte', s.sterkte],
          [
            'Doel',
            (s.doelen ?? [s.doel]).map((d) => diensten.beleid.doelen.get(d)?.titel ?? d).join(', '),
          ],
          [
            'Stand',
            actief
              ? status
                ? woord(status.status)
                : 'geen status gezet'
              : `ingetrokken op ${tijdstip(s.ingetrokkenOp as number)}`,
          ],
        ].map(([k, v]) => (
          <div class="utrecht-data-list__item">
            <dt class="utrecht-data-list__item-key">{k}</dt>
            <dd class="utrecht-data-list__item-value">{v}</dd>
          </div>
        ))}
      </dl>
      {actief && (
        <>
          <h2 class="utrecht-heading-2">Overlap</h2>
          <form method="post" action={`${pad}/overlap`}>
            {csrf}
            <p class="utrecht-paragraph">
              Ketenpoort berekent de overlap opnieuw en legt elke verstrekking vast in het logboek.{' '}
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                Overlap bekijken
              </button>
            </p>
          </form>
          <RegieKnop signaal={s.id} csrf={sessie.csrf} kop />
          <h2 class="utrecht-heading-2">Terugkoppeling: stand van zaken</h2>
          <form method="post" action={`${pad}/status`}>
            {csrf}
            <div class="werkplek-velden">
              <Kies
                id="s-status"
                naam="status"
                label="Nieuwe stand"
                opties={STATUSSEN.map((x) => [x, woord(x)] as const)}
              />
              <Kies
                id="s-reden"
                naam="reden"
                label="Reden (bij geen handelingsperspectief)"
                leeg="–"
                opties={GEEN_PERSPECTIEF_REDENEN.map((x) => [x, woord(x)] as const)}
              />
              <Kies
                id="s-uitkomst"
                naam="uitkomst"
                label="Uitkomst (bij afgesloten)"
                leeg="–"
                opties={UITKOMSTEN.map((x) => [x, woord(x)] as const)}
              />
            </div>
            <p class="utrecht-paragraph">
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                Stand opslaan
              </button>
            </p>
          </form>
          <h2 class="utrecht-heading-2">Overdragen</h2>
          <OverdrachtFormulier beleid={diensten.beleid} signaal={s} pad={pad} csrf={sessie.csrf} />
          <h2 class="utrecht-heading-2">Intrekken</h2>
          <form method="post" action={`${pad}/intrekken`}>
            {csrf}
            <p class="utrecht-paragraph">
              Na intrekken vindt niemand meer overlap met dit signaal. Dat kan niet ongedaan worden.{' '}
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                Signaal intrekken
              </button>
            </p>
          </form>
        </>
      )}
    </Opmaak>,
  );
}

/** The reasons a recipient may give for `niet_voor_ons`, as options. */
export const NIET_VOOR_ONS_OPTIES = NIET_VOOR_ONS_REDENEN.map((r) => [r, woord(r)] as const);

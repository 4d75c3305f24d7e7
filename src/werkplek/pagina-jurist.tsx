/**
 * @module
 * The jurist's pages: the loaded policy set (hash, files, signers, when loaded), the
 * verstrekkingsmatrix and the verwerkingsregister as `ketenpoort beleid matrix/register`
 * render them (embedded, not rebuilt), a link to the scenario results, and the explain form: one decision with every rule
 * that applies or not and why, or for which doelen a partner may receive from another.
 */
import type { Context } from 'hono';
import { raw } from 'hono/html';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../policy/categorieen.js';
import type { Beleid } from '../policy/index.js';
import { beleidMatrix } from '../policy/matrix.js';
import { matrixRapport } from '../policy/matrix-rapport.js';
import { alsHtml } from '../policy/rapport.js';
import { verwerkingsregister } from '../policy/register.js';
import { registerRapport } from '../policy/register-rapport.js';
import { STATUSSEN, type Status } from '../policy/terugkoppeling-woorden.js';
import { controleerVraag } from '../policy/uitleg.js';
import { type OpenVraag, type UitlegSoort, uitlegTekstGroepen } from '../policy/uitleg-groepen.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { tijdstip } from './tijd.js';
import { Kies } from './velden.js';
import { partnerNaam } from './weergave.js';

/** The body of a report page as the policy renderers make it, without its own page frame. */
function ingebed(pagina: string): string {
  return /<body>\n?([\s\S]*?)\n?<\/body>/.exec(pagina)?.[1] ?? '';
}

/** GET /jurist */
export function juristPagina(c: Context<WerkplekEnv>) {
  const { beleid, beleidLading } = c.var.diensten;
  return c.html(
    <Opmaak titel="Beleid" ingelogd={ingelogd(c)}>
      <nav aria-label="Pagina's voor de jurist">
        <ul class="utrecht-unordered-list">
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href="/jurist/matrix">
              Verstrekkingsmatrix
            </a>
          </li>
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href="/jurist/register">
              Verwerkingsregister (AVG art. 30)
            </a>
          </li>
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href="/jurist/scenarios">
              Scenario's: uitslag en dekking
            </a>
          </li>
        </ul>
      </nav>
      <h2 class="utrecht-heading-2">Geladen beleid</h2>
      <dl class="utrecht-data-list werkplek-bewijs">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Beleidshash</dt>
          <dd class="utrecht-data-list__item-value">{beleid.hash}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Geladen op</dt>
          <dd class="utrecht-data-list__item-value">
            {beleidLading ? tijdstip(beleidLading.geladenOp) : 'onbekend'}
          </dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Ondertekend door</dt>
          <dd class="utrecht-data-list__item-value">
            {beleidLading && beleidLading.ondertekenaars.length > 0
              ? beleidLading.ondertekenaars
                  .map((o) => `${o.jurist} (${o.ondertekendOp})`)
                  .join('; ')
              : `niemand (vereist: ${beleidLading?.vereist ?? 0})`}
          </dd>
        </div>
      </dl>
      <h3 class="utrecht-heading-3">Bestanden</h3>
      <ul class="utrecht-unordered-list">
        {beleid.bestanden.map((b) => (
          <li class="utrecht-unordered-list__item">
            <code class="utrecht-code">{b.pad}</code>
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">Een besluit uitleggen</h2>
      <UitlegFormulier beleid={beleid} invoer={{}} />
    </Opmaak>,
  );
}

/** GET /jurist/matrix and /jurist/register: the report, embedded. */
export function juristRapport(soort: 'matrix' | 'register') {
  return (c: Context<WerkplekEnv>) => {
    const { beleid, beleidLading, klok } = c.var.diensten;
    const matrix = beleidMatrix(beleid);
    const blokken =
      soort === 'matrix'
        ? matrixRapport(beleid, matrix)
        : registerRapport(beleid, verwerkingsregister(beleid, matrix), {
            opgesteldOp: klok(),
            ondertekenaars: beleidLading?.ondertekenaars ?? [],
          });
    return c.html(
      <Opmaak
        titel={soort === 'matrix' ? 'Verstrekkingsmatrix' : 'Verwerkingsregister'}
        ingelogd={ingelogd(c)}
      >
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/jurist">
            Terug naar het beleid
          </a>
        </p>
        <section class="werkplek-ingebed" aria-label="Rapport" tabindex={0}>
          {raw(ingebed(alsHtml(blokken)))}
        </section>
      </Opmaak>,
    );
  };
}

/** GET /jurist/uitleg: one decision explained, or (without doel) the doelen that are allowed. */
export function juristUitleg(c: Context<WerkplekEnv>) {
  const { beleid } = c.var.diensten;
  const q = c.req.query();
  const vorm = q.uitbuitingsvorm ? [q.uitbuitingsvorm] : [];
  const vraag = (doel: string): OpenVraag => ({
    bron: q.bron ?? '',
    ontvanger: q.ontvanger ?? '',
    doel,
    signaal: {
      uitbuitingsvormen: vorm as OpenVraag['signaal']['uitbuitingsvormen'],
      ...(q.sterkte ? { sterkte: q.sterkte as (typeof STERKTES)[number] } : {}),
      ...(q.rol ? { rol: q.rol as (typeof ROLLEN)[number] } : {}),
    },
  });
  const doelen = q.doel ? [q.doel] : [...beleid.doelen.keys()];
  const problemen = controleerVraag(
    beleid,
    {
      ...vraag(doelen[0] ?? ''),
      signaal: {
        uitbuitingsvormen: vraag('').signaal.uitbuitingsvormen,
        sterkte: (q.sterkte || 'zacht') as never,
        rol: (q.rol || 'overig') as never,
      },
    },
    { noemWaarde: false },
  );
  const titel = 'Uitleg van een besluit';
  if (problemen.length > 0) {
    return c.html(
      <Opmaak titel={titel} ingelogd={ingelogd(c)}>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          {problemen.map((p) => (
            <p class="utrecht-paragraph">{p}</p>
          ))}
        </div>
        <UitlegFormulier beleid={beleid} invoer={q} />
      </Opmaak>,
      400,
    );
  }
  const wat = uitlegSoort(q.vraag);
  const uitkomsten = doelen.map((doel) => ({
    doel,
    groepen: uitlegTekstGroepen(beleid, vraag(doel), wat),
  }));
  const werkwoord = {
    verstrekking: 'verstrekken',
    overdracht: 'overdragen',
    status: 'de status tonen',
  }[wat.soort];
  return c.html(
    <Opmaak titel={titel} ingelogd={ingelogd(c)}>
      <UitlegFormulier beleid={beleid} invoer={q} />
      {!q.doel && (
        <p class="utrecht-paragraph" role="status">
          {partnerNaam(beleid, q.bron ?? '')} mag aan {partnerNaam(beleid, q.ontvanger ?? '')}{' '}
          {werkwoord} voor:{' '}
          {uitkomsten
            .filter((u) => u.groepen.some((g) => g.toegestaan))
            .map((u) => beleid.doelen.get(u.doel)?.titel ?? u.doel)
            .join(', ') || 'geen enkel doel'}
          .
        </p>
      )}
      {uitkomsten.map((u) => (
        <section aria-label={beleid.doelen.get(u.doel)?.titel ?? u.doel}>
          <h2 class="utrecht-heading-2">Doel: {beleid.doelen.get(u.doel)?.titel ?? u.doel}</h2>
          {u.groepen.map((g) => (
            <>
              <p class="utrecht-paragraph">
                <strong>{g.toegestaan ? 'Toegestaan' : 'Geweigerd'}</strong> voor{' '}
                {g.signalen.map((s) => `${s.sterkte} signaal (${s.rol})`).join(', ')}
              </p>
              <pre class="utrecht-code-block werkplek-uitleg">{g.tekst}</pre>
            </>
          ))}
        </section>
      ))}
    </Opmaak>,
  );
}

/** The `vraag` field of the form: a verstrekking (default), an overdracht, or `status:<status>`. */
function uitlegSoort(waarde: string | undefined): UitlegSoort {
  if (waarde === 'overdracht') return { soort: 'overdracht' };
  const status = waarde?.startsWith('status:') ? waarde.slice('status:'.length) : undefined;
  if (status && (STATUSSEN as readonly string[]).includes(status))
    return { soort: 'status', status: status as Status };
  return { soort: 'verstrekking' };
}

const VRAGEN: ReadonlyArray<readonly [string, string]> = [
  ['verstrekking', 'Wat krijgt de ontvanger bij overlap (verstrekking)'],
  ['overdracht', 'Mag de bron overdragen aan de ontvanger'],
  ...STATUSSEN.map(
    (s) => [`status:${s}`, `Ziet de ontvanger de status ${s.replaceAll('_', ' ')}`] as const,
  ),
];

function UitlegFormulier(p: { beleid: Beleid; invoer: Record<string, string> }) {
  const partners = [...p.beleid.partners.values()].map((x) => [x.id, x.naam] as const);
  const i = p.invoer;
  return (
    <form method="get" action="/jurist/uitleg" aria-label="Een besluit uitleggen">
      <div class="werkplek-filters">
        <Kies naam="vraag" label="Vraag" opties={VRAGEN} waarde={i.vraag} />
        <Kies naam="bron" label="Bron" opties={partners} waarde={i.bron} />
        <Kies naam="ontvanger" label="Ontvanger" opties={partners} waarde={i.ontvanger} />
        <Kies
          naam="doel"
          label="Doel"
          leeg="Elk doel: voor welke doelen mag het?"
          opties={[...p.beleid.doelen.values()].map((d) => [d.id, d.titel] as const)}
          waarde={i.doel}
        />
        <Kies
          naam="uitbuitingsvorm"
          label="Uitbuitingsvorm"
          leeg="Geen"
          opties={UITBUITINGSVORMEN.map((v) => [v, v.replaceAll('_', ' ')] as const)}
          waarde={i.uitbuitingsvorm}
        />
        <Kies
          naam="sterkte"
          label="Sterkte"
          leeg="Elke sterkte"
          opties={STERKTES.map((v) => [v, v] as const)}
          waarde={i.sterkte}
        />
        <Kies
          naam="rol"
          label="Rol van de betrokkene"
          leeg="Elke rol"
          opties={ROLLEN.map((v) => [v, v] as const)}
          waarde={i.rol}
        />
      </div>
      <p class="utrecht-paragraph">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Uitleggen
        </button>
      </p>
    </form>
  );
}

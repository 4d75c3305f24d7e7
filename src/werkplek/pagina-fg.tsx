/**
 * @module
 * The FG's logboek search: filters, results in readable form, a cursor to the next page.
 * The gateway's FG sees every entry; a partner's FG only its own organisation's, exactly as
 * GET /v1/logboek gives them (the same use case, zoekLogboek).
 */
import type { Context } from 'hono';
import { ACTIES } from '../logboek/entry.js';
import type { GezochteRegel } from '../logboek/zoeken.js';
import type { Beleid } from '../policy/index.js';
import { zoekLogboek } from '../use-cases/logboek-zoeken.js';
import type { WerkplekEnv } from './context.js';
import { type FgZoekvraag, leesFgZoekvraag } from './fg-zoekvraag.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { TabelKop } from './tabel-kop.js';
import { ACTIENAAM, partnerNaam, RegelRij } from './weergave.js';

/** Entries per page. */
const LIMIET = 50;

/** GET /fg: the search form and, below it, the results. */
export async function fgPagina(c: Context<WerkplekEnv>) {
  const { diensten, sessie } = c.var;
  const gelezen = leesFgZoekvraag(c.req.query());
  if ('fouten' in gelezen) {
    return c.html(
      <Opmaak titel="Logboek doorzoeken" ingelogd={ingelogd(c)}>
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">De zoekvraag klopt niet:</p>
          <ul class="utrecht-unordered-list">
            {gelezen.fouten.map((f) => (
              <li class="utrecht-unordered-list__item">{f}</li>
            ))}
          </ul>
        </div>
        <Zoekformulier beleid={diensten.beleid} invoer={c.req.query()} />
      </Opmaak>,
      400,
    );
  }
  const { vraag } = gelezen;
  const uitkomst = await zoekLogboek(
    {
      diensten,
      identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon },
      verzoek: c.var.verzoek,
    },
    vraag.filter,
    vraag.na,
    LIMIET,
  );
  return c.html(
    <Opmaak titel="Logboek doorzoeken" ingelogd={ingelogd(c)}>
      <p class="utrecht-paragraph">
        {sessie.organisatie === 'ketenpoort'
          ? 'U ziet als FG van de poort alle logboekregels.'
          : `U ziet als FG van ${partnerNaam(diensten.beleid, sessie.organisatie)} de logboekregels waarin uw organisatie handelt, bron of ontvanger is.`}
      </p>
      <Zoekformulier beleid={diensten.beleid} invoer={vraag.invoer} />
      <p class="utrecht-paragraph">
        Deze zoekvraag exporteren:{' '}
        <a class="utrecht-link" href={exportAdres(vraag, 'csv')}>
          CSV voor Excel
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href={exportAdres(vraag, 'jsonl')}>
          JSON Lines
        </a>{' '}
        ·{' '}
        <a class="utrecht-link" href="/fg/controle">
          Controle van het logboek en waarschuwingen
        </a>
      </p>
      <Resultaten beleid={diensten.beleid} regels={uitkomst.regels} />
      {uitkomst.volgende !== null && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={volgendePagina(vraag, uitkomst.volgende)}>
            Volgende logboekregels
          </a>
        </p>
      )}
    </Opmaak>,
  );
}

function exportAdres(vraag: FgZoekvraag, formaat: 'csv' | 'jsonl'): string {
  const q = new URLSearchParams(Object.entries(vraag.invoer).filter(([, v]) => v !== ''));
  return `/fg/export/${formaat}${q.size > 0 ? `?${q}` : ''}`;
}

function volgendePagina(vraag: FgZoekvraag, na: number): string {
  const q = new URLSearchParams(Object.entries(vraag.invoer).filter(([, v]) => v !== ''));
  q.set('na', String(na));
  return `/fg?${q}`;
}

function Keuze(p: { naam: string; label: string; waarde: string; opties: [string, string][] }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={`f-${p.naam}`}>
          {p.label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <select class="utrecht-select utrecht-select--html-select" id={`f-${p.naam}`} name={p.naam}>
          <option value="">Alle</option>
          {p.opties.map(([waarde, tekst]) => (
            <option value={waarde} selected={waarde === p.waarde}>
              {tekst}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function Veld(p: { naam: string; label: string; waarde: string; type?: string }) {
  return (
    <div class="utrecht-form-field utrecht-form-field--text">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={`f-${p.naam}`}>
          {p.label}
        </label>
      </div>
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-textbox utrecht-textbox--html-input"
          id={`f-${p.naam}`}
          name={p.naam}
          type={p.type ?? 'text'}
          value={p.waarde}
        />
      </div>
    </div>
  );
}

function Zoekformulier(p: { beleid: Beleid; invoer: Readonly<Record<string, string>> }) {
  const w = (naam: string) => p.invoer[naam] ?? '';
  const partners: [string, string][] = [
    ['ketenpoort', 'Ketenpoort'],
    ...[...p.beleid.partners.values()].map((x): [string, string] => [x.id, x.naam]),
  ];
  return (
    <form method="get" action="/fg" class="utrecht-form" aria-label="Zoeken in het logboek">
      <div class="werkplek-filters">
        <Veld naam="van" label="Vanaf (Nederlandse tijd)" type="datetime-local" waarde={w('van')} />
        <Veld naam="tot" label="Tot (Nederlandse tijd)" type="datetime-local" waarde={w('tot')} />
        <Keuze
          naam="actie"
          label="Actie"
          waarde={w('actie')}
          opties={ACTIES.map((a) => [a, ACTIENAAM[a] ?? a])}
        />
        <Keuze naam="partner" label="Handelende partner" waarde={w('partner')} opties={partners} />
        <Keuze naam="bron" label="Bron" waarde={w('bron')} opties={partners} />
        <Keuze naam="ontvanger" label="Ontvanger" waarde={w('ontvanger')} opties={partners} />
        <Keuze
          naam="doel"
          label="Doel"
          waarde={w('doel')}
          opties={[...p.beleid.doelen.values()].map((d) => [d.id, d.titel])}
        />
        <Keuze
          naam="grondslag"
          label="Grondslag"
          waarde={w('grondslag')}
          opties={[...p.beleid.grondslagen.values()].map((g) => [g.id, g.titel])}
        />
        <Veld naam="regel" label="Beleidsregel (id)" waarde={w('regel')} />
      </div>
      <p class="utrecht-paragraph">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Zoeken
        </button>
      </p>
    </form>
  );
}

function Resultaten(p: { beleid: Beleid; regels: readonly GezochteRegel[] }) {
  if (p.regels.length === 0) {
    return (
      <p class="utrecht-paragraph" role="status">
        Geen logboekregels gevonden.
      </p>
    );
  }
  const koppen = [
    'Blad',
    'Tijdstip',
    'Actie',
    'Handelend',
    'Bron',
    'Ontvanger',
    'Doel',
    'Grondslagen',
    'Gegevens',
  ];
  return (
    <section class="werkplek-tabel" aria-label="Tabel" tabindex={0}>
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">{p.regels.length} logboekregels</caption>
        <TabelKop koppen={koppen} />
        <tbody class="utrecht-table__body">
          {p.regels.map((r) => (
            <RegelRij beleid={p.beleid} r={r} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

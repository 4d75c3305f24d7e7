/**
 * @module
 * The jurist's scenario results: the scenarios of tests/ run against the loaded policy set by
 * the same code as `ketenpoort beleid test` (`voerScenariosUit`), shown per file and scenario
 * with what was expected, what the policy decided and the rules that decided it, and the
 * coverage line as the command prints it.
 */
import type { Context } from 'hono';
import { formatteerMelding } from '../policy/beleid-fout.js';
import type { Beleid } from '../policy/index.js';
import { REDEN_UITLEG } from '../policy/reden.js';
import type { Scenario } from '../policy/scenario-schema.js';
import {
  type ScenarioRapport,
  type ScenarioResultaat,
  type ScenarioUitkomst,
  voerScenariosUit,
} from '../policy/scenarios.js';
import { STANDAARD_WEIGERING } from '../policy/tabel.js';
import { STATUS_REDEN_UITLEG } from '../policy/uitleg-na-overlap.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { TabelKop } from './tabel-kop.js';

/** GET /jurist/scenarios */
export function juristScenarios(c: Context<WerkplekEnv>) {
  const { beleid, werkplek } = c.var.diensten;
  const scenarios = werkplek?.scenarios;
  const rapport = voerScenariosUit(beleid, scenarios?.bestanden ?? []);
  const mislukt = rapport.resultaten.filter((r) => !r.geslaagd).length;
  const perBestand = new Map<string, ScenarioResultaat[]>();
  for (const r of rapport.resultaten)
    perBestand.set(r.bestand, [...(perBestand.get(r.bestand) ?? []), r]);
  return c.html(
    <Opmaak titel="Scenario's van het beleid" ingelogd={ingelogd(c)}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/jurist">
          Terug naar het beleid
        </a>
      </p>
      <p class="utrecht-paragraph">
        De scenario's in <code class="utrecht-code">tests/</code>, uitgevoerd tegen het geladen
        beleid (hash <code class="utrecht-code">{beleid.hash}</code>), zoals{' '}
        <code class="utrecht-code">ketenpoort beleid test</code> ze uitvoert. Herkomst:{' '}
        {scenarios?.herkomst ?? 'deze poort kreeg geen scenariobestanden mee'}.
      </p>
      <Samenvatting rapport={rapport} mislukt={mislukt} />
      {rapport.fouten.length > 0 && (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p class="utrecht-paragraph">
            Fouten in de scenariobestanden ({rapport.fouten.length}); deze scenario's zijn niet
            uitgevoerd:
          </p>
          <ul class="utrecht-unordered-list">
            {rapport.fouten.map((f) => (
              <li class="utrecht-unordered-list__item">
                <code class="utrecht-code">{formatteerMelding(f)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {[...perBestand].map(([bestand, resultaten]) => (
        <Bestand beleid={beleid} bestand={bestand} resultaten={resultaten} />
      ))}
      <Ongedekt rapport={rapport} />
    </Opmaak>,
  );
}

function Samenvatting(p: { rapport: ScenarioRapport; mislukt: number }) {
  const r = p.rapport;
  if (r.resultaten.length === 0 && r.fouten.length === 0) {
    return (
      <p class="utrecht-paragraph" role="status">
        Geen scenario's gevonden in tests/. Zet ze in bestanden als tests/voorbeeld.yaml.
      </p>
    );
  }
  return (
    <div role="status">
      <p class="utrecht-paragraph">
        <strong>
          {r.resultaten.length - p.mislukt} geslaagd, {p.mislukt} mislukt, {r.fouten.length}{' '}
          fout(en) in scenario's.
        </strong>
      </p>
      <p class="utrecht-paragraph">
        Dekking: {r.aantalRegels - r.ongedekt.length} van de {r.aantalRegels} regels beslissen in
        minstens een scenario.
      </p>
    </div>
  );
}

function Bestand(p: { beleid: Beleid; bestand: string; resultaten: ScenarioResultaat[] }) {
  const koppen = ['Regelnummer', 'Scenario', 'Uitslag', 'Verwacht', 'Besluit van het beleid'];
  return (
    <section aria-label={p.bestand}>
      <h2 class="utrecht-heading-2">{p.bestand}</h2>
      <section class="werkplek-tabel" tabindex={0} aria-label={`Tabel ${p.bestand}`}>
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">
            {p.resultaten.filter((r) => r.geslaagd).length} van de {p.resultaten.length} scenario's
            geslaagd
          </caption>
          <TabelKop koppen={koppen} />
          <tbody class="utrecht-table__body">
            {p.resultaten.map((r) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{r.regel}</td>
                <td class="utrecht-table__cell">{r.naam}</td>
                <td class="utrecht-table__cell">
                  <strong>{r.geslaagd ? 'Geslaagd' : 'Mislukt'}</strong>
                  {r.verschillen.length > 0 && (
                    <ul class="utrecht-unordered-list">
                      {r.verschillen.map((v) => (
                        <li class="utrecht-unordered-list__item">{v}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td class="utrecht-table__cell">{verwachtTekst(r.verwacht)}</td>
                <td class="utrecht-table__cell">
                  <Besluit beleid={p.beleid} uitkomst={r.uitkomst} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** The expectation in one sentence, naming only what the scenario states. */
function verwachtTekst(v: Scenario['verwacht']): string {
  const delen: string[] = [v.besluit];
  if (v.gegevens) delen.push(`gegevens: ${v.gegevens.join(', ') || 'geen'}`);
  if (v.regels) delen.push(`regels: ${v.regels.join(', ')}`);
  if (v.grondslagen) delen.push(`grondslagen: ${v.grondslagen.join(', ')}`);
  if (v.melden !== undefined)
    delen.push(`latere overeenkomsten melden: ${v.melden ? 'ja' : 'nee'}`);
  if (v.reden) delen.push(`reden: ${redenTekst(v.reden)}`);
  return delen.join('; ');
}

const REDEN_TEKST: Record<string, string> = { ...REDEN_UITLEG, ...STATUS_REDEN_UITLEG };
const redenTekst = (reden: string) => REDEN_TEKST[reden] ?? reden;

/** What the policy decided, with each deciding rule by id and title. */
function Besluit(p: { beleid: Beleid; uitkomst: ScenarioUitkomst }) {
  const u = p.uitkomst;
  if (u.besluit === 'geen-overeenkomst') {
    return <>geen overeenkomst: elk gedeeld gegeven staat in uitgesloten.yaml</>;
  }
  const titel = (id: string) =>
    id === STANDAARD_WEIGERING
      ? 'geen regel staat het toe'
      : (p.beleid.regels.find((r) => r.id === id)?.titel ?? id);
  return (
    <>
      {u.soort !== 'verstrekking' && u.tekst !== undefined
        ? u.tekst
        : u.besluit === 'toegestaan'
          ? `toegestaan; gegevens: ${u.gegevens.join(', ')}; grondslagen: ${u.grondslagen.join(', ')}; latere overeenkomsten melden: ${u.melden ? 'ja' : 'nee'}`
          : `geweigerd: ${u.reden ? redenTekst(u.reden) : 'geen regel staat het toe'}`}
      <br />
      Beslist door:{' '}
      {u.regels.map((id, i) => (
        <>
          {i > 0 && '; '}
          <code class="utrecht-code">{id}</code> ({titel(id)})
        </>
      ))}
    </>
  );
}

function Ongedekt(p: { rapport: ScenarioRapport }) {
  if (p.rapport.ongedekt.length === 0) return null;
  return (
    <section aria-label="Regels zonder scenario">
      <h2 class="utrecht-heading-2">Regels die geen scenario beslist</h2>
      <p class="utrecht-paragraph">Schrijf er een scenario bij.</p>
      <ul class="utrecht-unordered-list">
        {p.rapport.ongedekt.map((o) => (
          <li class="utrecht-unordered-list__item">
            <code class="utrecht-code">
              {o.positie.bestand}:{o.positie.regel}
            </code>{' '}
            {o.id}: {o.titel}
          </li>
        ))}
      </ul>
    </section>
  );
}

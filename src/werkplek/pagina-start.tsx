/**
 * @module
 * The start page: what the werkplek is for, where each organisation logs in, and in demo
 * mode the demo accounts of the demo identity provider.
 */

import { POORT } from '../logboek/zoeken.js';
import type { Beleid } from '../policy/index.js';
import type { Inlogdienst } from './oidc.js';
import { Opmaak } from './opmaak.js';
import type { DemoAccount } from './opties.js';

/** The start page. */
export function StartPagina(p: {
  beleid: Beleid;
  inloggen: Inlogdienst | undefined;
  demoAccounts: readonly DemoAccount[];
}) {
  const organisaties = [
    { id: POORT, naam: 'Ketenpoort (FG en jurist van de poort)' },
    ...[...p.beleid.partners.values()].map((x) => ({ id: x.id, naam: x.naam })),
  ].filter((x) => p.inloggen?.uitgever(x.id));
  const naam = (id: string) =>
    id === POORT ? 'Ketenpoort' : (p.beleid.partners.get(id)?.naam ?? id);
  return (
    <Opmaak titel="Werkplek Ketenpoort">
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Hier werken de functionaris gegevensbescherming (FG), de jurist en de medewerkers van de
        ketenpartners met Ketenpoort. U logt in bij uw eigen organisatie.
      </p>
      <h2 class="utrecht-heading-2">Inloggen bij uw organisatie</h2>
      {organisaties.length === 0 ? (
        <p class="utrecht-paragraph">
          Er is nog geen inlogdienst ingesteld. De beheerder stelt per organisatie een uitgever in
          (zie de README, "Werkplek").
        </p>
      ) : (
        <ul class="utrecht-unordered-list">
          {organisaties.map((x) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={`/inloggen/${x.id}`}>
                {x.naam}
              </a>
            </li>
          ))}
        </ul>
      )}
      {p.demoAccounts.length > 0 && (
        <section aria-labelledby="demo">
          <h2 class="utrecht-heading-2" id="demo">
            Demoaccounts
          </h2>
          <p class="utrecht-paragraph">
            Dit is een demoregio. De demo-inlogdienst kent deze gebruikersnamen; elk wachtwoord is
            goed.
          </p>
          <section class="werkplek-tabel" aria-label="Tabel" tabindex={0}>
            <table class="utrecht-table">
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    Organisatie
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    Gebruikersnaam
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    Rol
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {p.demoAccounts.map((a) => (
                  <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{naam(a.organisatie)}</td>
                    <td class="utrecht-table__cell">
                      <code class="utrecht-code">{a.gebruikersnaam}</code>
                    </td>
                    <td class="utrecht-table__cell">{a.omschrijving}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </section>
      )}
    </Opmaak>
  );
}

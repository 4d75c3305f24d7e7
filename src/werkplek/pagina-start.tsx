/**
 * @module
 * The start page: what the werkplek is for, and where each organisation logs in.
 */
import type { Beleid } from '../policy/index.js';
import { Opmaak } from './opmaak.js';

/** The start page for someone not logged in. */
export function StartPagina(p: { beleid: Beleid }) {
  const partners = [...p.beleid.partners.values()];
  return (
    <Opmaak titel="Werkplek Ketenpoort">
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Hier werken de functionaris gegevensbescherming (FG), de jurist en de medewerkers van de
        ketenpartners met Ketenpoort. U logt in bij uw eigen organisatie.
      </p>
      <h2 class="utrecht-heading-2">Inloggen</h2>
      <ul class="utrecht-unordered-list">
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/inloggen/ketenpoort">
            Ketenpoort (FG en jurist van de poort)
          </a>
        </li>
        {partners.map((partner) => (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={`/inloggen/${partner.id}`}>
              {partner.naam}
            </a>
          </li>
        ))}
      </ul>
    </Opmaak>
  );
}

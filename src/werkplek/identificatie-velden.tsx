/**
 * @module
 * The fields where a person types identifiers: no `name`, `autocomplete="off"`, never inside a
 * form, so a browser sends them nowhere and remembers nothing; the page's script reads them,
 * shows the canonical form beside each (computed on the device) and pseudonymises them.
 */
import type { Soort } from '../identity/soorten.js';

interface Deel {
  label: string;
  hint?: string;
}

/** Per soort the parts a person types; the script joins them with `|` (persoon, adres). */
const VELDEN: ReadonlyArray<{ soort: Soort; titel: string; delen: readonly Deel[] }> = [
  { soort: 'bsn', titel: 'BSN', delen: [{ label: 'BSN', hint: '9 cijfers' }] },
  {
    soort: 'persoon',
    titel: 'Achternaam en geboortedatum',
    delen: [
      { label: 'Achternaam', hint: 'met tussenvoegsel' },
      { label: 'Geboortedatum', hint: 'jjjj-mm-dd of dd-mm-jjjj' },
    ],
  },
  { soort: 'telefoon', titel: 'Telefoonnummer', delen: [{ label: 'Telefoonnummer' }] },
  {
    soort: 'adres',
    titel: 'Adres',
    delen: [{ label: 'Postcode' }, { label: 'Huisnummer' }, { label: 'Toevoeging' }],
  },
  { soort: 'email', titel: 'E-mailadres', delen: [{ label: 'E-mailadres' }] },
  { soort: 'iban', titel: 'IBAN', delen: [{ label: 'IBAN' }] },
  { soort: 'kvk', titel: 'KvK-nummer', delen: [{ label: 'KvK-nummer', hint: '8 cijfers' }] },
  { soort: 'kenteken', titel: 'Kenteken', delen: [{ label: 'Kenteken' }] },
];

/** Every soort as a fieldset of unnamed inputs and a live preview of its canonical form. */
export function IdentificatieVelden() {
  return (
    <div class="werkplek-velden">
      {VELDEN.map((v) => (
        <fieldset class="utrecht-form-fieldset" data-soort={v.soort}>
          <legend class="utrecht-form-fieldset__legend">{v.titel}</legend>
          {v.delen.map((d, i) => {
            const id = `id-${v.soort}-${i}`;
            return (
              <div class="utrecht-form-field">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label" for={id}>
                    {d.label}
                    {d.hint ? ` (${d.hint})` : ''}
                  </label>
                </div>
                <div class="utrecht-form-field__input">
                  <input
                    class="utrecht-textbox utrecht-textbox--html-input"
                    id={id}
                    type="text"
                    autocomplete="off"
                    spellcheck={false}
                  />
                </div>
              </div>
            );
          })}
          <output class="utrecht-paragraph werkplek-voorbeeld" data-voorbeeld aria-live="polite" />
        </fieldset>
      ))}
    </div>
  );
}

/** What the page says without JavaScript: nothing is sent. */
export function ZonderJavascript(p: { wat: string }) {
  return (
    <noscript>
      <div class="utrecht-alert utrecht-alert--warning">
        <p class="utrecht-paragraph">
          {p.wat} kan alleen met JavaScript: de gegevens worden op dit apparaat versleuteld voordat
          er iets verstuurd wordt. Zet JavaScript aan; zonder JavaScript verstuurt deze pagina
          niets.
        </p>
      </div>
    </noscript>
  );
}

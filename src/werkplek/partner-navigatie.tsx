/**
 * @module
 * The navigation of a partner employee's pages, the partner's own figures (issue 19) included.
 * Regie (issue 17) has no entry of its own: it is reached per signal, from the signal's page.
 */

/** The partner pages, in the order of the work. */
const PAGINAS: ReadonlyArray<readonly [string, string]> = [
  ['/partner', 'Mijn signalen'],
  ['/partner/registreren', 'Signaal registreren'],
  ['/partner/inbox', 'Inbox'],
  ['/cijfers', 'Cijfers'],
];

/** The navigation; `huidig` is the path of the page shown. */
export function PartnerNavigatie(p: { huidig: string }) {
  return (
    <nav class="werkplek-kop" aria-label="Werkplek van de partner">
      <ul class="utrecht-unordered-list werkplek-navigatie">
        {PAGINAS.map(([pad, tekst]) => (
          <li class="utrecht-unordered-list__item">
            <a
              class="utrecht-link"
              href={pad}
              {...(pad === p.huidig ? { 'aria-current': 'page' } : {})}
            >
              {tekst}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

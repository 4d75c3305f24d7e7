/**
 * @module
 * The frame of every werkplek page: NL Design System (Utrecht) page layout, a skip link,
 * the heading with who is logged in and the logout button, and the footer.
 */
import type { Child } from 'hono/jsx';
import { EIGEN_STIJL_NAAM, STIJL_BESTANDEN, STIJL_PAD } from './stijl.js';

/** Who is logged in, as the page header shows it. */
export interface Ingelogd {
  organisatie: string;
  rollen: readonly string[];
  csrf: string;
}

/** A complete page: `titel` is the page's h1 and, with the product name, its title. */
export function Opmaak(p: {
  titel: string;
  ingelogd?: Ingelogd;
  /** Go on to this page of the gateway at once (after a login). */
  verder?: string;
  /** Scripts of the gateway, in this order (the pages that pseudonymise). */
  scripts?: readonly string[];
  /** The page's own navigation (a partner's pages), shown above the heading. */
  navigatie?: Child;
  children?: Child;
}) {
  const stijlen = [...Object.keys(STIJL_BESTANDEN), EIGEN_STIJL_NAAM];
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.titel} · Ketenpoort`}</title>
        {p.verder && <meta http-equiv="refresh" content={`0;url=${p.verder}`} />}
        {stijlen.map((naam) => (
          <link rel="stylesheet" href={`${STIJL_PAD}/${naam}`} />
        ))}
        {(p.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="utrecht-theme utrecht-body">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          Naar de inhoud
        </a>
        <div class="utrecht-page">
          <header class="utrecht-page-header">
            <div class="werkplek-kop">
              <p class="utrecht-paragraph">
                <a class="utrecht-link" href="/">
                  Ketenpoort
                </a>{' '}
                · werkplek
              </p>
              {p.ingelogd && (
                <form method="post" action="/uitloggen">
                  <input type="hidden" name="csrf" value={p.ingelogd.csrf} />
                  <span class="utrecht-paragraph">
                    Ingelogd bij {p.ingelogd.organisatie} als {p.ingelogd.rollen.join(', ')}{' '}
                  </span>
                  <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                    Uitloggen
                  </button>
                </form>
              )}
            </div>
          </header>
          {p.navigatie}
          <main id="inhoud" class="utrecht-page-content werkplek-inhoud">
            <h1 class="utrecht-heading-1">{p.titel}</h1>
            {p.children}
          </main>
          <footer class="utrecht-page-footer">
            <div class="werkplek-kop">
              <p class="utrecht-paragraph">
                Tijden in Nederlandse tijd (Europe/Amsterdam). Ketenpoort deelt alleen wat het
                beleid van de ketenpartners toestaat en legt elke verstrekking vast in het logboek.
              </p>
            </div>
          </footer>
        </div>
      </body>
    </html>
  );
}

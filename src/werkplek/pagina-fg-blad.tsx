/**
 * @module
 * One leaf of the logboek as the FG sees it: its entries (only those in the FG's scope, as
 * the search gives them) and its inclusion proof against the latest signed checkpoint,
 * checked here against the log's own key (RFC 9162, section 2.1.3.2).
 */
import type { Context } from 'hono';
import { base64url } from '../encoding/base64url.js';
import { openCheckpoint } from '../logboek/checkpoint.js';
import { verifyInclusion } from '../logboek/merkle.js';
import { logVerifier } from '../logboek/sleutels.js';
import { bewijsInclusie } from '../use-cases/inclusie-bewijzen.js';
import { zoekLogboek } from '../use-cases/logboek-zoeken.js';
import type { WerkplekEnv } from './context.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { tijdstip } from './tijd.js';
import { ACTIENAAM, Grondslag, partnerNaam } from './weergave.js';

/** GET /fg/blad/:nummer */
export async function fgBladPagina(c: Context<WerkplekEnv>) {
  const { diensten, sessie, verzoek } = c.var;
  const nummer = Number(c.req.param('nummer'));
  const aanvraag = {
    diensten,
    identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon },
    verzoek,
  };
  const gevonden =
    Number.isSafeInteger(nummer) && nummer >= 1
      ? (await zoekLogboek(aanvraag, {}, nummer - 1, 1)).regels.filter((r) => r.blad === nummer)
      : [];
  if (gevonden.length === 0) {
    return c.html(
      <Opmaak titel="Logboekregel niet gevonden" ingelogd={ingelogd(c)}>
        <p class="utrecht-paragraph">
          Er is geen blad {c.req.param('nummer')} met logboekregels die u mag zien.{' '}
          <a class="utrecht-link" href="/fg">
            Terug naar zoeken
          </a>
        </p>
      </Opmaak>,
      404,
    );
  }
  const bewijs = await bewijsInclusie(aanvraag, nummer);
  const sleutel = logVerifier(diensten.logboek.ondertekenaar);
  const { checkpoint } = await openCheckpoint(bewijs.checkpoint, sleutel.name, [sleutel]);
  const klopt = verifyInclusion(
    bewijs.index,
    bewijs.grootte,
    bewijs.leafHash,
    bewijs.bewijs,
    checkpoint.root,
  );
  const beleid = diensten.beleid;
  return c.html(
    <Opmaak titel={`Blad ${nummer} van het logboek`} ingelogd={ingelogd(c)}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/fg">
          Terug naar zoeken
        </a>
      </p>
      {gevonden.map((r) => (
        <section aria-label={`Logboekregel ${r.volgnummer ?? ''}`}>
          <h2 class="utrecht-heading-2">
            {ACTIENAAM[r.actie] ?? r.actie} op {tijdstip(Date.parse(r.tijdstip))}
          </h2>
          <dl class="utrecht-data-list">
            <Item term="Handelende partner" waarde={partnerNaam(beleid, r.partner)} />
            <Item term="Medewerker (pseudoniem)" waarde={r.gebruiker ?? '–'} />
            <Item term="Bron" waarde={partnerNaam(beleid, r.bron)} />
            <Item term="Ontvanger" waarde={partnerNaam(beleid, r.ontvanger)} />
            <Item
              term="Doel"
              waarde={r.doel ? (beleid.doelen.get(r.doel)?.titel ?? r.doel) : '–'}
            />
            <div class="utrecht-data-list__item">
              <dt class="utrecht-data-list__item-key">Grondslagen</dt>
              <dd class="utrecht-data-list__item-value">
                {r.grondslagen.length === 0
                  ? '–'
                  : r.grondslagen.map((g) => (
                      <div>
                        <Grondslag beleid={beleid} id={g} />
                      </div>
                    ))}
              </dd>
            </div>
            <Item term="Verstrekte gegevens" waarde={r.gegevens.join(', ') || '–'} />
            <Item term="Beleidsregels" waarde={r.regels.join(', ') || '–'} />
            <Item term="Beleidshash" waarde={r.beleid} />
            <Item term="Verzoek" waarde={r.verzoek?.id ?? '–'} />
          </dl>
        </section>
      ))}
      <h2 class="utrecht-heading-2">Bewijs van opname</h2>
      <p class="utrecht-paragraph" role="status">
        {klopt
          ? `Het bewijs klopt: blad ${nummer} staat in het door de poort ondertekende checkpoint van ${bewijs.grootte} bladen.`
          : `Het bewijs klopt niet met het checkpoint van ${bewijs.grootte} bladen. Controleer het logboek.`}
      </p>
      <dl class="utrecht-data-list werkplek-bewijs">
        <Item term="Hash van het blad" waarde={base64url(bewijs.leafHash)} />
        <Item term="Stappen in het bewijs" waarde={String(bewijs.bewijs.length)} />
        {bewijs.bewijs.map((h, i) => (
          <Item term={`Stap ${i + 1}`} waarde={base64url(h)} />
        ))}
      </dl>
      <h3 class="utrecht-heading-3">Checkpoint</h3>
      <pre class="utrecht-code-block werkplek-bewijs">{bewijs.checkpoint}</pre>
    </Opmaak>,
  );
}

function Item(p: { term: string; waarde: string }) {
  return (
    <div class="utrecht-data-list__item">
      <dt class="utrecht-data-list__item-key">{p.term}</dt>
      <dd class="utrecht-data-list__item-value">{p.waarde}</dd>
    </div>
  );
}

/**
 * @module
 * The FG's control page: is the logboek sound (the same check as GET /v1/logboek/verificatie,
 * as the FG's scope may read it), do witnesses cosign its checkpoints, and the warnings about
 * partners' own requests (quota hits, withdrawals soon after registering); for the gateway's FG
 * also the delivery attempts of webhooks and mail (issue 18).
 */
import type { Context } from 'hono';
import { logVerifier } from '../logboek/sleutels.js';
import { fgBereik } from '../logboek/zoeken.js';
import { leesLaatsteBezorgingen } from '../use-cases/bezorgingen-lezen.js';
import { verificatieVoor, verifieerOpgeslagenLogboek } from '../use-cases/logboek-verifieren.js';
import { leesWaarschuwingen } from '../use-cases/waarschuwingen-lezen.js';
import type { WerkplekEnv } from './context.js';
import { Bezorgpogingen } from './fg-bezorgingen.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { TabelKop } from './tabel-kop.js';
import { tijdstip } from './tijd.js';
import { partnerNaam } from './weergave.js';

const AANLEIDING: Readonly<Record<string, string>> = {
  quotum: 'Poging boven het quotum',
  'snelle-intrekkingen': 'Intrekkingen kort na registreren',
};

/** GET /fg/controle */
export async function fgControlePagina(c: Context<WerkplekEnv>) {
  const { diensten, sessie, verzoek } = c.var;
  const uitslag = verificatieVoor(
    await verifieerOpgeslagenLogboek(diensten.store, {
      log: logVerifier(diensten.logboek.ondertekenaar),
      getuigen: diensten.logboek.getuigen,
    }),
    fgBereik(sessie.organisatie),
  );
  const laatste = uitslag.checkpoints.at(-1);
  const { waarschuwingen } = await leesWaarschuwingen(
    { diensten, identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon }, verzoek },
    undefined,
    0,
    200,
  );
  const beleid = diensten.beleid;
  // Only the gateway's FG: a partner's FG gets no delivery section at all.
  const bezorgpogingen =
    fgBereik(sessie.organisatie) === undefined
      ? await leesLaatsteBezorgingen(
          {
            diensten,
            identiteit: { partner: sessie.organisatie, gebruiker: sessie.persoon },
            verzoek,
          },
          200,
        )
      : undefined;
  return c.html(
    <Opmaak titel="Controle van het logboek" ingelogd={ingelogd(c)}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/fg">
          Terug naar zoeken
        </a>
      </p>
      <h2 class="utrecht-heading-2">Verificatie</h2>
      <p class="utrecht-paragraph" role="status">
        {uitslag.geldig
          ? `Het logboek klopt: ${uitslag.bladen} bladen en ${uitslag.checkpoints.length} ondertekende checkpoints zijn nagerekend.`
          : `Het logboek klopt niet: ${uitslag.fouten.length} bevindingen. De eerste: ${uitslag.fouten[0]?.plaats ?? ''}.`}
      </p>
      {uitslag.fouten.length > 0 && (
        <ul class="utrecht-unordered-list">
          {uitslag.fouten.slice(0, 50).map((f) => (
            <li class="utrecht-unordered-list__item">
              {f.plaats}: {f.wat}
            </li>
          ))}
        </ul>
      )}
      <h2 class="utrecht-heading-2">Getuigen</h2>
      <p class="utrecht-paragraph">
        {diensten.logboek.getuigen.length === 0
          ? 'De poort kent geen getuigen: niemand buiten de poort tekent de checkpoints mee.'
          : laatste
            ? `Het laatste checkpoint (${laatste.grootte} bladen) is medeondertekend door ${laatste.cosignaturen} van de ${diensten.logboek.getuigen.length} bekende getuigen${laatste.getuigen.length > 0 ? `: ${laatste.getuigen.join(', ')}` : ''}.`
            : 'Er is nog geen checkpoint.'}
      </p>
      <h2 class="utrecht-heading-2">Waarschuwingen</h2>
      {waarschuwingen.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn geen waarschuwingen.</p>
      ) : (
        <section class="werkplek-tabel" aria-label="Tabel" tabindex={0}>
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">{waarschuwingen.length} waarschuwingen</caption>
            <TabelKop
              koppen={['Partner', 'Aanleiding', 'Teller', 'Limiet', 'Aantal', 'Eerste', 'Laatste']}
            />
            <tbody class="utrecht-table__body">
              {waarschuwingen.map((w) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{partnerNaam(beleid, w.partner)}</td>
                  <td class="utrecht-table__cell">{AANLEIDING[w.aanleiding] ?? w.aanleiding}</td>
                  <td class="utrecht-table__cell">
                    {w.teller} per {w.venster}
                  </td>
                  <td class="utrecht-table__cell">{w.limiet}</td>
                  <td class="utrecht-table__cell">{w.aantal}</td>
                  <td class="utrecht-table__cell">{tijdstip(w.eersteOp)}</td>
                  <td class="utrecht-table__cell">{tijdstip(w.laatsteOp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {bezorgpogingen && <Bezorgpogingen beleid={beleid} pogingen={bezorgpogingen} />}
    </Opmaak>,
  );
}

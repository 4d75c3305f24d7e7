/**
 * @module
 * The delivery attempts of issue 18 on the control page of the gateway's FG: to which partner,
 * by webhook or e-mail, which try, and how it went. A partner's FG never gets this section
 * (GET /v1/bezorgingen refuses it too): the attempts are the gateway's operational records.
 */
import type { Beleid } from '../policy/index.js';
import type { Bezorgpoging } from '../store/bezorgingen.js';
import { TabelKop } from './tabel-kop.js';
import { tijdstip } from './tijd.js';
import { partnerNaam } from './weergave.js';

const KANAAL: Readonly<Record<string, string>> = { webhook: 'webhook', email: 'e-mail' };
const REDEN: Readonly<Record<string, string>> = {
  'adres-geweigerd': 'adres geweigerd (intern of niet https)',
  doorverwijzing: 'doorverwijzing (niet gevolgd)',
  status: 'ontvanger weigerde',
  'geen-verbinding': 'geen verbinding',
  'time-out': 'geen antwoord op tijd',
  smtp: 'mailserver weigerde',
};

/** The section with the newest attempts, newest first. */
export function Bezorgpogingen({
  beleid,
  pogingen,
}: {
  beleid: Beleid;
  pogingen: readonly Bezorgpoging[];
}) {
  return (
    <>
      <h2 class="utrecht-heading-2">Bezorgingen</h2>
      {pogingen.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn geen bezorgpogingen.</p>
      ) : (
        <section class="werkplek-tabel" aria-label="Bezorgpogingen" tabindex={0}>
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">{pogingen.length} bezorgpogingen</caption>
            <TabelKop
              koppen={['Partner', 'Kanaal', 'Tot bericht', 'Keer', 'Tijdstip', 'Uitkomst', 'Reden']}
            />
            <tbody class="utrecht-table__body">
              {[...pogingen].reverse().map((p) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{partnerNaam(beleid, p.partner)}</td>
                  <td class="utrecht-table__cell">{KANAAL[p.kanaal] ?? p.kanaal}</td>
                  <td class="utrecht-table__cell">{p.tot}</td>
                  <td class="utrecht-table__cell">{p.keer}</td>
                  <td class="utrecht-table__cell">{tijdstip(p.tijdstip)}</td>
                  <td class="utrecht-table__cell">{p.uitkomst}</td>
                  <td class="utrecht-table__cell">
                    {p.reden
                      ? `${REDEN[p.reden] ?? p.reden}${p.status ? ` (${p.status})` : ''}`
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

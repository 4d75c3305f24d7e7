/**
 * @module
 * The partner's inbox in the browser (issue 20, item 4): later overlap on its own signals,
 * overdrachten to it (with the buttons to answer), answers to its overdrachten, and statuses
 * of signals it is linked to, in plain Dutch. Reading it changes nothing.
 */
import type { Context } from 'hono';
import type { OverlapItem } from '../matching/overlap-item.js';
import type { Beleid } from '../policy/index.js';
import { STATUS_OMSCHRIJVING, type Status } from '../policy/terugkoppeling-woorden.js';
import type { MeldingRij } from '../store/store.js';
import { leesMeldingen } from '../use-cases/meldingen-lezen.js';
import type { WerkplekEnv } from './context.js';
import { Beantwoord, VraagTerugkoppeling } from './inbox-formulieren.js';
import { ingelogd } from './ingelogd.js';
import { Opmaak } from './opmaak.js';
import { overlapZin } from './overlap-tekst.js';
import { PartnerNavigatie } from './partner-navigatie.js';
import { BeantwoordRegie, regieBericht } from './regie-tekst.js';
import { termijnBericht } from './termijn-tekst.js';
import { tijdstip } from './tijd.js';
import { aanvraagVan } from './uitvoeren.js';

/** Notices per page. */
const LIMIET = 50;

const naam = (beleid: Beleid, x: unknown) =>
  typeof x === 'object' && x !== null && 'naam' in x
    ? String(x.naam)
    : (beleid.partners.get(String(x))?.naam ?? 'een partner');

/** GET /partner/inbox?na=<cursor>. */
export async function inboxPagina(c: Context<WerkplekEnv>) {
  const na = Math.max(0, Number.parseInt(c.req.query('na') ?? '0', 10) || 0);
  const { meldingen, volgende } = await leesMeldingen(aanvraagVan(c), na, LIMIET);
  const { beleid } = c.var.diensten;
  return c.html(
    <Opmaak
      titel="Inbox"
      ingelogd={ingelogd(c)}
      navigatie={<PartnerNavigatie huidig="/partner/inbox" />}
    >
      {meldingen.length === 0 ? (
        <p class="utrecht-paragraph">Er zijn {na > 0 ? 'geen nieuwere' : 'geen'} berichten.</p>
      ) : (
        <ol class="utrecht-ordered-list">
          {meldingen.map((m) => (
            <li class="utrecht-ordered-list__item">
              <p class="utrecht-paragraph">
                <strong>{tijdstip(m.aangemaaktOp)}</strong>: {bericht(beleid, m)}
              </p>
              {m.inhoud.bericht === 'overdracht' && (
                <Beantwoord
                  id={String(m.inhoud.overdracht)}
                  csrf={c.var.sessie.csrf}
                  beleid={beleid}
                  organisatie={c.var.sessie.organisatie}
                  van={String((m.inhoud.van as { id?: unknown } | undefined)?.id)}
                  doel={String(m.inhoud.doel)}
                />
              )}
              {m.inhoud.bericht === 'antwoord' && m.inhoud.antwoord === 'aangenomen' && (
                <VraagTerugkoppeling
                  over={{ overdracht: String(m.inhoud.overdracht) }}
                  csrf={c.var.sessie.csrf}
                />
              )}
              {m.inhoud.bericht === 'regievoorstel' && (
                <BeantwoordRegie id={String(m.inhoud.voorstel)} csrf={c.var.sessie.csrf} />
              )}
              {m.inhoud.bericht === undefined && (
                <VraagTerugkoppeling over={{ verstrekking: m.logboek }} csrf={c.var.sessie.csrf} />
              )}
            </li>
          ))}
        </ol>
      )}
      {meldingen.length === LIMIET && (
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/partner/inbox?na=${volgende}`}>
            Volgende berichten
          </a>
        </p>
      )}
    </Opmaak>,
  );
}

/** One notice as a sentence; no other partner's signal id is ever shown. */
function bericht(beleid: Beleid, m: MeldingRij): string {
  const i = m.inhoud;
  const zin = regieBericht(beleid, i) ?? termijnBericht(beleid, i);
  if (zin) return zin;
  switch (i.bericht) {
    case 'overdracht':
      return `${naam(beleid, i.van)} draagt een signaal aan uw organisatie over, voor ${beleid.doelen.get(String(i.doel))?.titel ?? i.doel}.`;
    case 'antwoord':
      return `Antwoord op uw overdracht: ${String(i.antwoord).replaceAll('_', ' ')}${i.reden ? ` (${String(i.reden).replaceAll('_', ' ')})` : ''}${i.naar ? ` aan ${naam(beleid, i.naar)}` : ''}.`;
    case 'terugkoppeling':
      return `Stand van zaken${i.partner ? ` bij ${naam(beleid, i.partner)}` : ''}: ${STATUS_OMSCHRIJVING[i.status as Status] ?? i.status}`;
    case 'terugkoppelingsvraag':
      return 'Een partner vraagt om terugkoppeling over uw signaal.';
    case undefined:
      return `Nieuwe overlap op uw signaal: ${overlapZin(beleid, i as unknown as OverlapItem)}`;
    default:
      return 'Een bericht van Ketenpoort over uw signaal.';
  }
}

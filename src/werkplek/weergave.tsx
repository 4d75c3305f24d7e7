/**
 * @module
 * Logboek entries as people read them: partner names instead of ids, doel titles, grondslagen
 * with their law, article and link, times in Amsterdam.
 */
import type { GezochteRegel } from '../logboek/zoeken.js';
import type { Beleid } from '../policy/index.js';
import { tijdstip } from './tijd.js';

/** The readable name of an organisation id. */
export function partnerNaam(beleid: Beleid, id: string | null): string {
  if (id === null) return '–';
  if (id === 'ketenpoort') return 'Ketenpoort';
  return beleid.partners.get(id)?.naam ?? id;
}

/** What an action is called in a sentence. */
export const ACTIENAAM: Readonly<Record<string, string>> = {
  registratie: 'Registratie',
  advies: 'Advies (alleen geteld)',
  cijfers: 'Cijfers ingezien',
  verstrekking: 'Verstrekking',
  weigering: 'Weigering',
  intrekking: 'Intrekking',
  verwijdering: 'Verwijdering',
  'beleid-geladen': 'Beleid geladen',
  vernietiging: 'Vernietiging',
  inzage: 'Inzage',
};

/** A grondslag id as title, law and article, linked to the official text. */
export function Grondslag(p: { beleid: Beleid; id: string }) {
  const g = p.beleid.grondslagen.get(p.id);
  if (!g) return <span>{p.id}</span>;
  return (
    <span>
      <a class="utrecht-link" href={g.link} rel="noreferrer">
        {g.titel}
      </a>{' '}
      ({g.wet}, {g.artikel})
    </span>
  );
}

/** One entry as a row of the results table. */
export function RegelRij(p: { beleid: Beleid; r: GezochteRegel }) {
  const { beleid, r } = p;
  return (
    <tr class="utrecht-table__row">
      <td class="utrecht-table__cell">
        <a class="utrecht-link" href={`/fg/blad/${r.blad}`}>
          {r.blad}
        </a>
      </td>
      <td class="utrecht-table__cell">{tijdstip(Date.parse(r.tijdstip))}</td>
      <td class="utrecht-table__cell">{ACTIENAAM[r.actie] ?? r.actie}</td>
      <td class="utrecht-table__cell">{partnerNaam(beleid, r.partner)}</td>
      <td class="utrecht-table__cell">{partnerNaam(beleid, r.bron)}</td>
      <td class="utrecht-table__cell">{partnerNaam(beleid, r.ontvanger)}</td>
      <td class="utrecht-table__cell">
        {r.doel ? (beleid.doelen.get(r.doel)?.titel ?? r.doel) : '–'}
      </td>
      <td class="utrecht-table__cell">
        {r.grondslagen.length === 0
          ? '–'
          : r.grondslagen.map((g, i) => (
              <>
                {i > 0 && '; '}
                <Grondslag beleid={beleid} id={g} />
              </>
            ))}
      </td>
      <td class="utrecht-table__cell">{r.gegevens.join(', ') || '–'}</td>
    </tr>
  );
}

/**
 * @module
 * The overlap of a signal in plain Dutch, one sentence per item, from exactly the fields the
 * policy disclosed. Without any item the page says the same whether nobody else holds a
 * signal or the policy shows nothing: the difference is what the policy does not let it learn.
 */
import type { OverlapItem } from '../matching/overlap-item.js';
import type { Beleid } from '../policy/index.js';
import { STATUS_OMSCHRIJVING } from '../policy/terugkoppeling-woorden.js';

const SOORTNAAM: Readonly<Record<string, string>> = {
  bsn: 'BSN',
  persoon: 'achternaam en geboortedatum',
  telefoon: 'telefoonnummer',
  adres: 'adres',
  email: 'e-mailadres',
  iban: 'IBAN',
  kvk: 'KvK-nummer',
  kenteken: 'kenteken',
};

const woord = (id: string) => id.replaceAll('_', ' ');

/** One overlap item as a sentence. */
export function overlapZin(beleid: Beleid, o: OverlapItem): string {
  const delen = [
    o.partner
      ? `${o.partner.naam} heeft ook een signaal over deze betrokkene`
      : 'Een andere organisatie heeft ook een signaal over deze betrokkene',
  ];
  if (o.sterkte)
    delen.push(`(${o.sterkte === 'hard' ? 'een harde aanwijzing' : 'een zacht signaal'})`);
  if (o.sinds) delen.push(`sinds ${o.sinds}`);
  let zin = `${delen.join(' ')}.`;
  if (o.uitbuitingsvormen?.length)
    zin += ` Vorm van uitbuiting: ${o.uitbuitingsvormen.map(woord).join(', ')}.`;
  if (o.soorten?.length)
    zin += ` Het komt overeen op: ${o.soorten.map((s) => SOORTNAAM[s] ?? s).join(', ')}.`;
  if (o.contact?.email || o.contact?.telefoon) {
    zin += ` Neem contact op via ${[o.contact.email, o.contact.telefoon].filter(Boolean).join(' of ')}.`;
  }
  if (o.terugkoppeling) zin += ` Stand van zaken: ${STATUS_OMSCHRIJVING[o.terugkoppeling.status]}`;
  if (o.doel) zin += ` (Doel: ${beleid.doelen.get(o.doel)?.titel ?? o.doel}.)`;
  return zin;
}

/** The overlap as a list, or the one sentence for none that the policy lets this partner see. */
export function OverlapLijst(p: { beleid: Beleid; overlap: readonly OverlapItem[] }) {
  if (p.overlap.length === 0) {
    return (
      <p class="utrecht-paragraph">
        Er is geen overlap die u volgens het beleid mag zien. Overlap die later ontstaat en die u
        mag zien, kan in uw inbox verschijnen.
      </p>
    );
  }
  return (
    <ul class="utrecht-unordered-list">
      {p.overlap.map((o) => (
        <li class="utrecht-unordered-list__item">{overlapZin(p.beleid, o)}</li>
      ))}
    </ul>
  );
}

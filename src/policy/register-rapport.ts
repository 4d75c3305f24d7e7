/**
 * @module
 * The verwerkingsregister as a report, one section per processing with the items of
 * AVG art. 30 lid 1: controller, purposes, grondslagen, categories of betrokkenen and data,
 * recipients, transfers to third countries, retention and security.
 */
import type { Beleid } from './beleid.js';
import type { Ondertekenaar } from './ondertekening.js';
import { OVERDRACHT_GEGEVEN_OMSCHRIJVING } from './overdracht-woorden.js';
import type { Blok, Tekst } from './rapport.js';
import type { Verwerking } from './register.js';
import {
  grondslagenBlokken,
  grondslagLinks,
  inzagebeperkingBlokken,
  verbodenBlokken,
} from './register-beperkingen.js';
import { ROL_OMSCHRIJVING, SOORTEN_IN_SIGNAAL, VELD_OMSCHRIJVING } from './woorden.js';

const BEVEILIGING =
  'Identificerende gegevens komen nooit leesbaar bij de gateway: partners sturen pseudoniemen (HMAC met de ketensleutel), die de gateway opnieuw versleutelt met een eigen opslagsleutel. Elke verstrekking staat met grondslag, regel en beleidshash in een logboek dat als Merkle-boom is vastgelegd en door de FG te controleren is. Toegang alleen met een ondertekend token per partner.';

/** When the register was made, and the jurists whose valid signature the set carries. */
export interface RegisterOpties {
  /** ms since the epoch. */
  opgesteldOp: number;
  ondertekenaars: readonly Ondertekenaar[];
}

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** A moment as a Dutch reader writes it: "3 december 2026 om 19:05". */
export function nederlandseDatum(ms: number): string {
  return DATUM.format(ms);
}

/** The titles of the processings, in register order. */
function titelVan(v: Verwerking, i: number): string {
  const p = v.verantwoordelijke;
  const doel = v.doelen[0]?.titel ?? '';
  switch (v.soort) {
    case 'registratie':
      return `${i + 1}. ${p.naam}: signalen registreren en overeenkomsten laten vinden`;
    case 'verstrekking':
      return `${i + 1}. ${p.naam}: verstrekking voor doel ${doel}`;
    case 'overdracht':
      return `${i + 1}. ${p.naam}: signalen overdragen voor doel ${doel}`;
    case 'terugkoppeling':
      return `${i + 1}. ${p.naam}: terugkoppeling voor doel ${doel}`;
    case 'stapel':
      return `${i + 1}. ${p.naam}: zachte signalen stapelen voor doel ${doel}`;
  }
}

/** Art. 30 lid 1 onder c: the categories of personal data of one processing. */
function gegevensVan(v: Verwerking): string {
  switch (v.soort) {
    case 'registratie':
      return SOORTEN_IN_SIGNAAL.join('; ');
    case 'verstrekking':
      return v.gegevens.map((g) => `${g}: ${VELD_OMSCHRIJVING[g]}`).join('; ');
    case 'overdracht':
      return [
        'wie overdraagt en diens functionele contact (altijd)',
        ...(v.overdrachtGegevens ?? []).map((g) => `${g}: ${OVERDRACHT_GEGEVEN_OMSCHRIJVING[g]}`),
        'het antwoord van de ontvanger (aangenomen, niet voor ons met een reden uit een vaste lijst, of doorgezet)',
      ].join('; ');
    case 'terugkoppeling':
      return [
        `de status van het signaal, alleen: ${(v.statussen ?? []).join(', ')} (met een reden of uitkomst uit een vaste lijst)`,
        v.genoemd ? 'bij een deel van de ontvangers: wie de status zet' : 'niet wie de status zet',
        'bij een vraag om terugkoppeling: de gevraagde datum en, waar de regel dat toestaat, wie vraagt',
      ].join('; ');
    case 'stapel':
      return `dat het signaal meetelt in een stapelmelding (${(v.stapelregels ?? []).join(', ')}): aantallen, en per signaal alleen wat de verstrekkingsregel aan de ontvanger toestaat (vorm, sterkte, partner, contact)`;
  }
}

/** Art. 30 lid 1 onder d: the recipients of one processing. */
function ontvangersVan(beleid: Beleid, v: Verwerking): string {
  if (v.soort === 'registratie')
    return 'de gateway Ketenpoort (verwerker); verstrekkingen, overdrachten en terugkoppeling aan partners staan hieronder als eigen verwerking';
  const namen = v.ontvangers.map((o) => `${beleid.partners.get(o)?.naam ?? o} (${o})`).join('; ');
  if (v.soort === 'overdracht')
    return `${namen}; alleen de partner aan wie de medewerker een signaal overdraagt, en bij doorzetten een volgende partner onder dezelfde regels`;
  if (v.soort === 'stapel')
    return `${namen}; alleen wanneer een registratie de drempel van de stapelregel haalt, één keer per casus`;
  if (v.soort === 'terugkoppeling')
    return `${namen}; alleen als die partner bij het signaal betrokken is (overlap, overdracht of een vraag om terugkoppeling), en alleen wanneer wat hij ziet verandert`;
  return namen;
}

/**
 * The blocks of the register for `beleid`: what it is and who signed it, a table of contents,
 * one section per processing, the verboden, the inzagebeperkingen and the grondslagen.
 */
export function registerRapport(
  beleid: Beleid,
  register: readonly Verwerking[],
  opties: RegisterOpties,
): Blok[] {
  const ondertekend =
    opties.ondertekenaars.length > 0
      ? opties.ondertekenaars
          .map((o) => `${o.jurist} (${nederlandseDatum(Date.parse(o.ondertekendOp))})`)
          .join('; ')
      : 'niet ondertekend: geen geldige handtekening van een jurist bij dit beleid';
  const inhoud: Tekst[] = [
    ...register.map((v, i): Tekst => [{ tekst: titelVan(v, i), link: `#verwerking-${i + 1}` }]),
    [{ tekst: 'Verboden', link: '#verboden' }],
    [{ tekst: 'Inzagebeperkingen', link: '#inzagebeperkingen' }],
    [{ tekst: 'Grondslagen', link: '#grondslagen' }],
  ];
  const blokken: Blok[] = [
    { soort: 'kop', niveau: 1, tekst: 'Verwerkingsregister (AVG artikel 30)' },
    {
      soort: 'alinea',
      tekst: `Gemaakt uit dezelfde beleidsbestanden en met dezelfde beslisfunctie als de gateway (beleid ${beleid.hash}), zodat dit register niet kan afwijken van wat de gateway doet. Per partner: het registreren van signalen en, per doel, de verstrekkingen aan andere partners, het overdragen van signalen en de terugkoppeling over de stand van een signaal.`,
    },
    {
      soort: 'tabel',
      kop: ['Over dit register', 'Inhoud'],
      rijen: [
        ['Opgesteld op', nederlandseDatum(opties.opgesteldOp)],
        ['Beleid (hash)', beleid.hash],
        ['Ondertekend door', ondertekend],
        ['Beleidsbestanden', `${beleid.bestanden.length}`],
      ],
    },
    { soort: 'kop', niveau: 2, tekst: 'Inhoud' },
    { soort: 'lijst', items: inhoud },
  ];
  register.forEach((v, i) => {
    const p = v.verantwoordelijke;
    const doel = v.doelen.map((d) => `${d.titel} (${d.id}): ${d.omschrijving}`);
    const termijn = [
      v.bewaartermijn.zacht !== undefined
        ? `zacht signaal ${v.bewaartermijn.zacht} maanden`
        : 'registreert geen zachte signalen',
      v.bewaartermijn.hard !== undefined
        ? `hard signaal ${v.bewaartermijn.hard} maanden`
        : 'registreert geen harde signalen',
      v.bewaartermijn.logboek !== undefined
        ? `logboekregels ${v.bewaartermijn.logboek} maanden`
        : 'logboekregels: geen termijn in logboek.yaml',
    ].join('; ');
    blokken.push({ soort: 'kop', niveau: 2, tekst: titelVan(v, i), anker: `verwerking-${i + 1}` });
    blokken.push({
      soort: 'tabel',
      kop: ['Onderdeel (art. 30 lid 1)', 'Inhoud'],
      rijen: [
        [
          'Verwerkingsverantwoordelijke (a)',
          `${p.naam} (${p.id}), ${[p.contact.email, p.contact.telefoon].filter(Boolean).join(', ')}`,
        ],
        ['Doeleinden (b)', doel.join(' | ')],
        [
          'Grondslagen',
          grondslagLinks(
            beleid,
            v.grondslagen.map((g) => g.id),
          ),
        ],
        ['Categorieën betrokkenen (c)', v.betrokkenen.map((r) => ROL_OMSCHRIJVING[r]).join('; ')],
        ['Categorieën persoonsgegevens (c)', gegevensVan(v)],
        ['Ontvangers (d)', ontvangersVan(beleid, v)],
        ['Doorgifte aan derde landen (e)', 'geen'],
        ['Bewaartermijnen (f)', termijn],
        ['Beveiliging (g)', BEVEILIGING],
      ],
    });
  });
  blokken.push(...verbodenBlokken(beleid), ...inzagebeperkingBlokken(beleid));
  blokken.push(...grondslagenBlokken(beleid));
  return blokken;
}

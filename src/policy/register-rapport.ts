/**
 * @module
 * The verwerkingsregister as a report, one section per processing with the items of
 * AVG art. 30 lid 1: controller, purposes, grondslagen, categories of betrokkenen and data,
 * recipients, transfers to third countries, retention and security.
 */
import type { Beleid } from './beleid.js';
import type { Blok } from './rapport.js';
import type { Verwerking } from './register.js';
import { ROL_OMSCHRIJVING, SOORTEN_IN_SIGNAAL, VELD_OMSCHRIJVING } from './woorden.js';

const BEVEILIGING =
  'Identificerende gegevens komen nooit leesbaar bij de gateway: partners sturen pseudoniemen (HMAC met de ketensleutel), die de gateway opnieuw versleutelt met een eigen opslagsleutel. Elke verstrekking staat met grondslag, regel en beleidshash in een logboek dat als Merkle-boom is vastgelegd en door de FG te controleren is. Toegang alleen met een ondertekend token per partner.';

/** The blocks of the register for `beleid`. */
export function registerRapport(beleid: Beleid, register: readonly Verwerking[]): Blok[] {
  const blokken: Blok[] = [
    { soort: 'kop', niveau: 1, tekst: 'Verwerkingsregister (AVG artikel 30)' },
    {
      soort: 'alinea',
      tekst: `Gemaakt uit dezelfde beleidsbestanden en met dezelfde beslisfunctie als de gateway (beleid ${beleid.hash}), zodat dit register niet kan afwijken van wat de gateway doet. Per partner: het registreren van signalen en, per doel, de verstrekkingen aan andere partners.`,
    },
  ];
  register.forEach((v, i) => {
    const p = v.verantwoordelijke;
    const doel = v.doelen.map((d) => `${d.titel} (${d.id}): ${d.omschrijving}`);
    const titel =
      v.soort === 'registratie'
        ? `${i + 1}. ${p.naam}: signalen registreren en overeenkomsten laten vinden`
        : `${i + 1}. ${p.naam}: verstrekking voor doel ${v.doelen[0]?.titel ?? ''}`;
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
    blokken.push({ soort: 'kop', niveau: 2, tekst: titel });
    blokken.push({
      soort: 'tabel',
      kop: ['Onderdeel (art. 30 lid 1)', 'Inhoud'],
      rijen: [
        [
          'Verwerkingsverantwoordelijke (a)',
          `${p.naam} (${p.id}), ${[p.contact.email, p.contact.telefoon].filter(Boolean).join(', ')}`,
        ],
        ['Doeleinden (b)', doel.join(' | ')],
        ['Grondslagen', v.grondslagen.map((g) => `${g.id}: ${g.wet}, ${g.artikel}`).join(' | ')],
        ['Categorieën betrokkenen (c)', v.betrokkenen.map((r) => ROL_OMSCHRIJVING[r]).join('; ')],
        [
          'Categorieën persoonsgegevens (c)',
          v.soort === 'registratie'
            ? SOORTEN_IN_SIGNAAL.join('; ')
            : v.gegevens.map((g) => `${g}: ${VELD_OMSCHRIJVING[g]}`).join('; '),
        ],
        [
          'Ontvangers (d)',
          v.soort === 'registratie'
            ? 'de gateway Ketenpoort (verwerker); verstrekkingen aan partners staan hieronder als eigen verwerking'
            : v.ontvangers.map((o) => `${beleid.partners.get(o)?.naam ?? o} (${o})`).join('; '),
        ],
        ['Doorgifte aan derde landen (e)', 'geen'],
        ['Bewaartermijnen (f)', termijn],
        ['Beveiliging (g)', BEVEILIGING],
      ],
    });
  });
  return blokken;
}

/**
 * @module
 * The verstrekkingsmatrix as a report: an overview (who may learn anything from whom, for
 * which doel) and, per source, what each recipient learns, when, on which grondslagen.
 */
import type { Beleid } from './beleid.js';
import type { MatrixRegel } from './matrix.js';
import type { Blok } from './rapport.js';

/** The blocks of the matrix report for `beleid` and its computed `matrix`. */
export function matrixRapport(beleid: Beleid, matrix: readonly MatrixRegel[]): Blok[] {
  const partners = [...beleid.partners.keys()];
  const blokken: Blok[] = [
    { soort: 'kop', niveau: 1, tekst: 'Verstrekkingsmatrix' },
    {
      soort: 'alinea',
      tekst: `Wie mag wat te weten komen over een signaal van wie, voor welk doel en op welke grondslag. Berekend met de beslisfunctie van de gateway over alle bronnen, ontvangers, doelen en signalen van beleid ${beleid.hash}; wat hier niet staat, wordt geweigerd.`,
    },
    { soort: 'kop', niveau: 2, tekst: 'Overzicht: doelen waarvoor de ontvanger iets krijgt' },
    {
      soort: 'tabel',
      kop: ['Van \\ aan', ...partners],
      breed: true,
      rijen: partners.map((bron) => [
        bron,
        ...partners.map((ontvanger) =>
          [
            ...new Set(
              matrix.filter((m) => m.bron === bron && m.ontvanger === ontvanger).map((m) => m.doel),
            ),
          ].join(', '),
        ),
      ]),
    },
  ];
  for (const bron of partners) {
    const eigen = matrix.filter((m) => m.bron === bron);
    blokken.push({
      soort: 'kop',
      niveau: 2,
      tekst: `Van ${bron}: ${beleid.partners.get(bron)?.naam ?? bron}`,
    });
    if (eigen.length === 0) {
      blokken.push({
        soort: 'alinea',
        tekst:
          'Geen enkele verstrekking: andere partners krijgen niets over signalen van deze partner.',
      });
      continue;
    }
    blokken.push({
      soort: 'tabel',
      kop: ['Aan', 'Doel', 'Bij signalen', 'Gegevens', 'Latere meldingen', 'Grondslagen', 'Regels'],
      rijen: eigen.map((m) => [
        m.ontvanger,
        m.doel,
        m.signalen,
        m.gegevens.join(', '),
        m.melden ? 'ja' : 'nee',
        m.grondslagen.join(', '),
        m.regels.join(', '),
      ]),
    });
  }
  blokken.push({ soort: 'kop', niveau: 2, tekst: 'Grondslagen' });
  blokken.push({
    soort: 'tabel',
    kop: ['Id', 'Titel', 'Wet', 'Artikel', 'Vindplaats'],
    rijen: [...beleid.grondslagen.values()].map((g) => [
      g.id,
      g.titel,
      g.wet,
      g.artikel,
      [{ tekst: g.link, link: g.link }],
    ]),
  });
  return blokken;
}

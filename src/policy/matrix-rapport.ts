/**
 * @module
 * The verstrekkingsmatrix as a report: an overview (who may learn anything from whom, for
 * which doel) and, per source, what each recipient learns, when, on which grondslagen.
 */
import type { Beleid } from './beleid.js';
import type { MatrixRegel } from './matrix.js';
import { overdrachtMatrix, terugkoppelingMatrix } from './matrix-na-overlap.js';
import { regieBlokken } from './matrix-regie.js';
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
  blokken.push(...naDeOverlap(beleid, matrix), ...regieBlokken(beleid));
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

/** Overdrachten and terugkoppeling (issue 16), decided like the rest of the matrix. */
function naDeOverlap(beleid: Beleid, matrix: readonly MatrixRegel[]): Blok[] {
  const overdrachten = overdrachtMatrix(beleid);
  const terugkoppeling = terugkoppelingMatrix(beleid, matrix);
  return [
    { soort: 'kop', niveau: 2, tekst: 'Na de overlap: overdrachten' },
    {
      soort: 'alinea',
      tekst:
        'Wie een eigen signaal aan wie mag overdragen, voor welk doel: een overdrachtsregel van de overdrager én het ontvangen van de ontvanger voor dat doel. De ontvanger ziet altijd wie overdraagt en diens functionele contact, en verder alleen wat hier staat; wie de betrokkene is, gaat buiten de poort om. Doorzetten naar een volgende partner valt onder dezelfde regels van de oorspronkelijke overdrager.',
    },
    {
      soort: 'alinea',
      tekst: ketenrollenTekst(beleid),
    },
    overdrachten.length === 0
      ? {
          soort: 'alinea',
          tekst: 'Geen enkele overdracht: het beleid heeft geen overdrachtsregels die gelden.',
        }
      : {
          soort: 'tabel',
          kop: ['Van', 'Aan', 'Doel', 'Bij signalen', 'Ontvanger ziet', 'Grondslagen', 'Regels'],
          rijen: overdrachten.map((o) => [
            o.bron,
            o.ontvanger,
            o.doel,
            o.signalen,
            ['overdrager en contact', ...o.gegevens].join(', '),
            o.grondslagen.join(', '),
            o.regels.join(', '),
          ]),
        },
    { soort: 'kop', niveau: 2, tekst: 'Na de overlap: terugkoppeling' },
    {
      soort: 'alinea',
      tekst:
        'Welke statussen van haar signaal een partner laat zien aan een partner die bij dat signaal betrokken is (door overlap, een overdracht of een vraag om terugkoppeling), en of de status haar naam noemt. Een vraag om terugkoppeling bereikt de eigenaar onder dezelfde regel. Verandert wat een partner ziet niet, dan krijgt hij niets.',
    },
    terugkoppeling.length === 0
      ? { soort: 'alinea', tekst: 'Geen enkele terugkoppeling: geen regel geeft terugkoppeling.' }
      : {
          soort: 'tabel',
          kop: [
            'Van (eigenaar)',
            'Aan',
            'Doel',
            'Bij signalen',
            'Statussen',
            'Met naam',
            'Grondslagen',
            'Regels',
          ],
          rijen: terugkoppeling.map((t) => [
            t.bron,
            t.ontvanger,
            t.doel,
            t.signalen,
            t.statussen.join(', '),
            t.genoemd ? 'ja' : 'nee',
            t.grondslagen.join(', '),
            t.regels.join(', '),
          ]),
        },
  ];
}

/** Who fills each ketenrol (partners.yaml): an overdracht to a role goes to that partner. */
function ketenrollenTekst(beleid: Beleid): string {
  const rollen = [...(beleid.ketenrollen ?? new Map<string, string | null>())];
  if (rollen.length === 0)
    return 'Ketenrollen: geen. Een overdracht noemt altijd de ontvangende partner.';
  const lijst = rollen.map(
    ([rol, p]) => `${rol}: ${p ?? 'niemand (een overdracht aan deze rol wordt geweigerd)'}`,
  );
  return `Ketenrollen (een overdracht aan een rol gaat naar de partner die hem vervult, onder dezelfde regels): ${lijst.join('; ')}.`;
}

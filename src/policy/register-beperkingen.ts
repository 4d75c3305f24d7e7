/**
 * @module
 * The parts of the verwerkingsregister that say what does not happen or is not shown: the
 * verboden (which disclosures the policy forbids, whatever other rules allow), the
 * inzagebeperkingen (entries a betrokkene does not see, AVG art. 23, UAVG art. 41), and the
 * catalogue of grondslagen with their official, clickable vindplaats.
 */
import type { Beleid, BeleidRegel, Wanneer } from './beleid.js';
import type { Blok, Deel, Tekst } from './rapport.js';

/** The grondslagen `ids` as links to their vindplaats, comma-separated. */
export function grondslagLinks(beleid: Beleid, ids: readonly string[]): Tekst {
  const uit: Deel[] = [];
  ids.forEach((id, i) => {
    if (i > 0) uit.push(', ');
    const g = beleid.grondslagen.get(id);
    uit.push(g ? { tekst: `${id} (${g.wet}, ${g.artikel})`, link: g.link } : id);
  });
  return uit;
}

function wanneer(w: Wanneer): string {
  const delen = [
    w.uitbuitingsvormen && `uitbuitingsvorm ${w.uitbuitingsvormen.join(' of ')}`,
    w.sterkte && `sterkte ${w.sterkte.join(' of ')}`,
    w.rol && `rol ${w.rol.join(' of ')}`,
  ].filter(Boolean);
  return delen.length > 0 ? delen.join('; ') : 'elk signaal';
}

const aan = (r: BeleidRegel) => (r.aan.includes('*') ? 'iedereen' : r.aan.join(', '));

/** The verboden of the set, each with where it applies and why. */
export function verbodenBlokken(beleid: Beleid): Blok[] {
  const verboden = beleid.regels.filter((r) => r.soort === 'verboden');
  const blokken: Blok[] = [
    { soort: 'kop', niveau: 2, tekst: 'Verboden', anker: 'verboden' },
    {
      soort: 'alinea',
      tekst:
        'Een verbod gaat altijd voor: wat hier staat, wordt nooit verstrekt, ook niet als een andere regel het toestaat.',
    },
  ];
  if (verboden.length === 0) {
    blokken.push({ soort: 'alinea', tekst: 'Dit beleid heeft geen verboden.' });
    return blokken;
  }
  blokken.push({
    soort: 'tabel',
    kop: ['Verbod', 'Signalen van', 'Aan', 'Doelen', 'Bij signalen', 'Waarom', 'Grondslagen'],
    rijen: verboden.map((r) => [
      `${r.id}: ${r.titel}`,
      r.bronnen.join(', '),
      aan(r),
      r.doelen?.join(', ') ?? 'elk doel',
      wanneer(r.wanneer),
      r.uitleg,
      grondslagLinks(beleid, r.grondslagen),
    ]),
  });
  return blokken;
}

/** The rules whose entries a betrokkene does not see, with the grondslagen and the reason. */
export function inzagebeperkingBlokken(beleid: Beleid): Blok[] {
  const beperkingen = [...(beleid.inzagebeperkingen ?? new Map()).entries()];
  const blokken: Blok[] = [
    { soort: 'kop', niveau: 2, tekst: 'Inzagebeperkingen', anker: 'inzagebeperkingen' },
    {
      soort: 'alinea',
      tekst:
        'Logboekregels van deze regels blijven buiten het inzageoverzicht voor de betrokkene (AVG artikel 23, UAVG artikel 41); de FG van de poort ziet ze apart, met de reden.',
    },
  ];
  if (beperkingen.length === 0) {
    blokken.push({ soort: 'alinea', tekst: 'Dit beleid beperkt het inzagerecht niet.' });
    return blokken;
  }
  blokken.push({
    soort: 'tabel',
    kop: ['Regel', 'Signalen van', 'Aan', 'Doelen', 'Waarom', 'Grondslagen'],
    rijen: beperkingen.map(([id, b]) => {
      const r = beleid.regels.find((x) => x.id === id);
      return [
        r ? `${id}: ${r.titel}` : id,
        r?.bronnen.join(', ') ?? '',
        r ? aan(r) : '',
        r?.doelen?.join(', ') ?? 'elk doel',
        b.uitleg,
        grondslagLinks(beleid, b.grondslagen),
      ];
    }),
  });
  return blokken;
}

/** The catalogue of grondslagen, each with its vindplaats as a link. */
export function grondslagenBlokken(beleid: Beleid): Blok[] {
  return [
    { soort: 'kop', niveau: 2, tekst: 'Grondslagen', anker: 'grondslagen' },
    {
      soort: 'tabel',
      kop: ['Id', 'Titel', 'Wet en artikel', 'Vindplaats', 'Toelichting'],
      rijen: [...beleid.grondslagen.values()].map((g) => [
        g.id,
        g.titel,
        `${g.wet}, ${g.artikel}`,
        [{ tekst: g.link, link: g.link }],
        g.toelichting,
      ]),
    },
  ];
}

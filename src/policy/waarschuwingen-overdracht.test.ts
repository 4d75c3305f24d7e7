/**
 * The warnings of `ketenpoort beleid check` about the after-the-match rules (issue 16):
 * dead `overdragen` rules, `terugkoppeling` that never reaches a recipient for a doel, and
 * `statussen` that do nothing. Each is asserted with its file, line and message.
 */
import { describe, expect, it } from 'vitest';
import type { BeleidBestand } from './bestanden.js';
import { controleerBeleid } from './controle.js';

const SCHEMA = '# yaml-language-server: $schema=../schemas/x.schema.json\n';
const PARTNERS = `${SCHEMA}partners:
  - { id: a, naam: Partner A, soort: gemeente, contact: { email: a@a.example }, gemeenten: [GM0402] }
  - { id: b, naam: Partner B, soort: zorgcoordinatie, contact: { email: b@b.example }, gemeenten: [GM0406] }
`;
const DOELEN = `${SCHEMA}doelen:
  - { id: zorg, titel: Zorg, omschrijving: Zorg regelen. }
  - { id: opsporing, titel: Opsporing, omschrijving: Strafrechtelijk onderzoek. }
`;
const GRONDSLAGEN = `${SCHEMA}grondslagen:
  - { id: g1, titel: Taak, wet: Wet, artikel: artikel 1, link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: Test. }
  - { id: g2, titel: Overdracht, wet: Wet, artikel: artikel 2, link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: Test. }
`;
const OVERDRAGEN = `overdragen:
  - id: a-overdracht-b
    titel: A draagt over aan B
    uitleg: Volgens de meldroute.
    aan: [b]
    doelen: [zorg]
    gegevens: [uitbuitingsvorm, referentie]
    grondslagen: [g2]
`;
const REGELS_A = `${SCHEMA}partner: a
bewaartermijnen: { zacht: 12 }
ontvangen:
  - { doel: zorg, grondslagen: [g1] }
${OVERDRAGEN}`;
const REGELS_B = `${SCHEMA}partner: b
bewaartermijnen: { zacht: 6 }
ontvangen:
  - { doel: zorg, grondslagen: [g1] }
verstrekken:
  - id: b-terugkoppeling-a
    titel: Terugkoppeling aan A
    uitleg: A hoort hoe het gaat.
    aan: [a]
    doelen: [zorg]
    gegevens: [bestaan, partner, terugkoppeling]
    statussen: [hulp_gestart, afgesloten]
    grondslagen: [g1]
`;
const QUOTA = `${SCHEMA}standaard:
  registraties: { uur: 10, dag: 20 }
  pseudoniemen: { uur: 50, dag: 100 }
  overlapvragen: { uur: 10, dag: 20 }
  batch: 10
waarschuwingen:
  intrekkingen: { minuten: 60, aantal: 3 }
  bewaartermijn: 12
`;

function set(wijzig: Record<string, string> = {}): BeleidBestand[] {
  const basis: Record<string, string> = {
    'partners.yaml': PARTNERS,
    'doelen.yaml': DOELEN,
    'grondslagen.yaml': GRONDSLAGEN,
    'regels/a.yaml': REGELS_A,
    'regels/b.yaml': REGELS_B,
    'quota.yaml': QUOTA,
  };
  return Object.entries({ ...basis, ...wijzig }).map(([pad, tekst]) => ({ pad, tekst }));
}

function waarschuwingen(wijzig: Record<string, string> = {}) {
  const c = controleerBeleid(set(wijzig));
  expect(c.fouten).toEqual([]);
  return c.waarschuwingen;
}

/** The 1-based line of the first line of `tekst` that contains `stuk`. */
function regelVan(tekst: string, stuk: string): number {
  const i = tekst.split('\n').findIndex((r) => r.includes(stuk));
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

const a = (van: string, naar: string) => {
  const tekst = REGELS_A.replace(van, naar);
  expect(tekst).not.toBe(REGELS_A);
  return { 'regels/a.yaml': tekst };
};
const b = (van: string, naar: string) => {
  const tekst = REGELS_B.replace(van, naar);
  expect(tekst).not.toBe(REGELS_B);
  return { 'regels/b.yaml': tekst };
};

describe('waarschuwingen bij overdracht en terugkoppeling', () => {
  it('none for a clean set: a grondslag only an overdrachtsregel uses counts as used', () => {
    expect(waarschuwingen()).toEqual([]);
  });

  it('an overdrachtsregel toward a partner that may not receive for its doel is dead', () => {
    const w = a('    doelen: [zorg]', '    doelen: [opsporing]');
    const tekst = w['regels/a.yaml'];
    expect(waarschuwingen(w)).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: regelVan(tekst, 'doelen: [opsporing]'),
        kolom: 13,
        melding:
          "Deze overdrachtsregel geldt nooit: geen ontvanger mag ontvangen voor 'opsporing' (tweede sleutel), dus elke overdracht wordt geweigerd. 'b' mag ontvangen voor: zorg. Kies een doel waarvoor de ontvanger mag ontvangen, of voeg het doel toe onder 'ontvangen' in het bestand van de ontvanger.",
      },
    ]);
  });

  it('one recipient of a group that may not receive for the doel', () => {
    const partners = PARTNERS.concat(
      '  - { id: c, naam: Partner C, soort: zorgcoordinatie, contact: { email: c@c.example }, gemeenten: [GM0406] }\n',
    );
    const c = `${SCHEMA}partner: c\nbewaartermijnen: { zacht: 6 }\nontvangen:\n  - { doel: opsporing, grondslagen: [g1] }\n`;
    const w = {
      'partners.yaml': partners,
      'regels/c.yaml': c,
      ...a('aan: [b]', "aan: ['soort:zorgcoordinatie']"),
    };
    const [m, ...rest] = waarschuwingen(w);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      bestand: 'regels/a.yaml',
      regel: regelVan(w['regels/a.yaml'], 'soort:zorg'),
    });
    expect(m?.melding).toBe(
      "'c' (via 'soort:zorgcoordinatie') mag voor geen van de doelen van deze overdrachtsregel ontvangen (zorg), dus een overdracht aan 'c' wordt altijd geweigerd. 'c' mag ontvangen voor: opsporing. Haal 'c' weg of voeg het doel toe onder 'ontvangen' van 'c'.",
    );
  });

  it('a verbod that wins for every overdracht the rule allows makes it dead', () => {
    const tekst = `${REGELS_A}verboden:
  - id: a-nooit-b
    titel: Nooit naar B
    uitleg: Lopend onderzoek.
    aan: [b]
    grondslagen: [g1]
`;
    expect(waarschuwingen({ 'regels/a.yaml': tekst })).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: regelVan(tekst, 'id: a-overdracht-b'),
        kolom: 9,
        melding: `Deze overdrachtsregel geldt nooit: het verbod 'a-nooit-b' (regels/a.yaml:${regelVan(tekst, 'id: a-nooit-b')}) gaat bij elke overdracht waarvoor de regel zou gelden voor. Pas de regel of het verbod aan, of verwijder de regel.`,
      },
    ]);
  });

  it('no warning when the verbod covers only part of what the rule allows', () => {
    const tekst = `${REGELS_A}verboden:
  - id: a-niet-bij-daders
    titel: Niet bij daders
    uitleg: Lopend onderzoek.
    aan: [b]
    wanneer: { rol: [vermoedelijke_dader] }
    grondslagen: [g1]
`;
    expect(waarschuwingen({ 'regels/a.yaml': tekst })).toEqual([]);
  });

  it('an overdrachtsregel to the hander itself, and a value twice', () => {
    const eigen = waarschuwingen(a('aan: [b]', 'aan: [a]'));
    expect(eigen.map((w) => w.melding)).toEqual([
      "Deze overdrachtsregel geldt nooit: 'aan' wijst geen andere partner aan dan de overdrager zelf. Noem de ontvangers of een groep die partners heeft.",
    ]);
    const twee = a('gegevens: [uitbuitingsvorm, referentie]', 'gegevens: [referentie, referentie]');
    expect(waarschuwingen(twee)).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: regelVan(twee['regels/a.yaml'], 'gegevens: [referentie, referentie]'),
        kolom: 28,
        melding: "'referentie' staat twee keer in deze lijst; verwijder er een.",
      },
    ]);
  });

  it('terugkoppeling granted for a doel the recipient may not receive for', () => {
    const w = b('    doelen: [zorg]', '    doelen: [zorg, opsporing]');
    expect(waarschuwingen(w)).toEqual([
      {
        bestand: 'regels/b.yaml',
        regel: regelVan(w['regels/b.yaml'], 'gegevens: [bestaan, partner, terugkoppeling]'),
        kolom: 34,
        melding:
          "'terugkoppeling' bereikt 'a' nooit voor 'opsporing': 'a' mag voor dat doel niet ontvangen (tweede sleutel), dus krijgt daar geen status en kan er geen terugkoppeling vragen. 'a' mag ontvangen voor: zorg. Haal het doel weg of voeg het toe onder 'ontvangen' van 'a'.",
      },
    ]);
  });

  it('statussen without terugkoppeling do nothing; a status twice is flagged', () => {
    const zonder = b(
      'gegevens: [bestaan, partner, terugkoppeling]',
      'gegevens: [bestaan, partner]',
    );
    expect(waarschuwingen(zonder)).toEqual([
      {
        bestand: 'regels/b.yaml',
        regel: regelVan(zonder['regels/b.yaml'], 'statussen:'),
        kolom: 16,
        melding:
          "'statussen' zonder 'terugkoppeling' in 'gegevens' doet niets: de ontvanger ziet geen enkele status. Voeg 'terugkoppeling' toe aan 'gegevens', of haal 'statussen' weg.",
      },
    ]);
    const twee = b('statussen: [hulp_gestart, afgesloten]', 'statussen: [afgesloten, afgesloten]');
    expect(waarschuwingen(twee).map((w) => w.melding)).toEqual([
      "'afgesloten' staat twee keer in deze lijst; verwijder er een.",
    ]);
  });

  it('a ketenrol nobody fills, or that no overdrachtsregel reaches', () => {
    const partners = `${PARTNERS}ketenrollen:\n  meldpunt: null\n  zorgcoordinator: b\n  eerste-lijn: a\n`;
    expect(waarschuwingen({ 'partners.yaml': partners })).toEqual([
      {
        bestand: 'partners.yaml',
        regel: regelVan(partners, 'meldpunt: null'),
        kolom: 13,
        melding:
          "Niemand vervult de ketenrol 'meldpunt': een overdracht aan deze rol wordt geweigerd. Vul de partner in die de rol vervult, of haal de rol weg.",
      },
      {
        bestand: 'partners.yaml',
        regel: regelVan(partners, 'eerste-lijn: a'),
        kolom: 16,
        melding:
          "Geen overdrachtsregel noemt 'a', die de ketenrol 'eerste-lijn' vervult: een overdracht aan deze rol wordt altijd geweigerd. Voeg bij de partners die aan de rol overdragen een regel onder 'overdragen:' toe met 'a' in 'aan'.",
      },
    ]);
  });

  it('an unknown status is an error at its line, not a warning', () => {
    const w = b('statussen: [hulp_gestart, afgesloten]', 'statussen: [hulp_gestart, opgelost]');
    const c = controleerBeleid(set(w));
    expect(c.beleid).toBeUndefined();
    expect(c.fouten).toHaveLength(1);
    expect(c.fouten[0]).toMatchObject({
      bestand: 'regels/b.yaml',
      regel: regelVan(w['regels/b.yaml'], 'opgelost'),
    });
    expect(c.fouten[0]?.melding).toContain('opgelost');
  });

  it('an unknown overdracht gegeven is an error at its line', () => {
    const w = a('gegevens: [uitbuitingsvorm, referentie]', 'gegevens: [uitbuitingsvorm, naam]');
    const c = controleerBeleid(set(w));
    expect(c.beleid).toBeUndefined();
    expect(c.fouten[0]).toMatchObject({
      bestand: 'regels/a.yaml',
      regel: regelVan(w['regels/a.yaml'], 'naam]'),
    });
  });
});

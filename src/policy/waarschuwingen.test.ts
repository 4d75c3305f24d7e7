/**
 * Every warning of `ketenpoort beleid check`, each asserted with its file, line and message,
 * on a small set that loads. The example set in policies/ must give none (test/beleid-*.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { BeleidBestand } from './bestanden.js';
import { controleerBeleid } from './controle.js';

const SCHEMA = '# yaml-language-server: $schema=../schemas/x.schema.json\n';
const PARTNERS = `${SCHEMA}partners:
  - id: a
    naam: Partner A
    soort: veilig-thuis
    contact: { email: meldpunt@a.example }
    gemeenten: [GM0402]
  - id: b
    naam: Partner B
    soort: gemeente
    contact: { email: meldpunt@b.example }
    gemeenten: [GM0406]
`;
const DOELEN = `${SCHEMA}doelen:
  - id: signalering
    titel: Signalering
    omschrijving: Signalen stapelen.
  - id: opsporing
    titel: Opsporing
    omschrijving: Strafrechtelijk onderzoek.
`;
const GRONDSLAGEN = `${SCHEMA}grondslagen:
  - id: g1
    titel: Taak
    wet: Wet
    artikel: artikel 1
    link: https://wetten.overheid.nl/BWBR0035362/
    toelichting: Voor de test.
`;
const REGELS_A = `${SCHEMA}partner: a
bewaartermijnen:
  zacht: 12
ontvangen:
  - doel: signalering
    grondslagen: [g1]
verstrekken:
  - id: a-naar-b
    titel: A naar B
    uitleg: Omdat het mag.
    aan: [b]
    doelen: [signalering]
    gegevens: [bestaan, partner]
    grondslagen: [g1]
`;
const REGELS_B = `${SCHEMA}partner: b
bewaartermijnen:
  zacht: 6
ontvangen:
  - doel: signalering
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

function set(wijzig: Record<string, string | undefined> = {}): BeleidBestand[] {
  const basis: Record<string, string> = {
    'partners.yaml': PARTNERS,
    'doelen.yaml': DOELEN,
    'grondslagen.yaml': GRONDSLAGEN,
    'regels/a.yaml': REGELS_A,
    'regels/b.yaml': REGELS_B,
    'quota.yaml': QUOTA,
  };
  return Object.entries({ ...basis, ...wijzig })
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([pad, tekst]) => ({ pad, tekst }));
}

function waarschuwingen(wijzig: Record<string, string | undefined> = {}) {
  const c = controleerBeleid(set(wijzig));
  expect(c.fouten).toEqual([]);
  return c.waarschuwingen;
}

const a = (van: string | RegExp, naar: string) => ({
  'regels/a.yaml': REGELS_A.replace(van, naar),
});

/** Appends rules to regels/a.yaml under a new key. */
const metVerbod = (verbod: string) => ({ 'regels/a.yaml': `${REGELS_A}verboden:\n${verbod}` });

describe('waarschuwingen', () => {
  it('none for a clean set', () => {
    expect(waarschuwingen()).toEqual([]);
  });

  it("'contact' without 'partner'", () => {
    expect(waarschuwingen(a('[bestaan, partner]', '[bestaan, contact]'))).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 14,
        kolom: 15,
        melding:
          "'contact' zonder 'partner': het functionele contact verraadt welke partner het signaal heeft. Voeg 'partner' toe aan 'gegevens', of laat 'contact' weg.",
      },
    ]);
  });

  it('a grondslag in the catalogue that no rule uses', () => {
    const extra = `${GRONDSLAGEN}  - id: g2
    titel: Ongebruikt
    wet: Wet
    artikel: artikel 2
    link: https://eur-lex.europa.eu/eli/reg/2016/679/oj
    toelichting: Niemand steunt hierop.
`;
    expect(waarschuwingen({ 'grondslagen.yaml': extra })).toEqual([
      {
        bestand: 'grondslagen.yaml',
        regel: 9,
        kolom: 9,
        melding:
          "Grondslag 'g2' wordt door geen enkele regel gebruikt. Verwijder hem uit de catalogus, of noem hem bij de regel die erop steunt.",
      },
    ]);
  });

  it('a partner without a regels/ file', () => {
    const [w, ...rest] = waarschuwingen({ 'regels/b.yaml': undefined });
    expect(w).toMatchObject({ bestand: 'partners.yaml', regel: 8, kolom: 9 });
    expect(w?.melding).toMatch(/^Partner 'b' staat in geen enkel bestand in regels\//);
    // a-naar-b now has no recipient that may receive: that warning comes too.
    expect(rest.map((m) => m.bestand)).toEqual(['regels/a.yaml']);
  });

  it('a partner with a regels/ file but no rule and no ontvangen', () => {
    const [w, ...rest] = waarschuwingen({ 'regels/b.yaml': `${SCHEMA}partner: b\n` });
    expect(w).toMatchObject({ bestand: 'partners.yaml', regel: 8, kolom: 9 });
    expect(w?.melding).toBe(
      "Partner 'b' heeft geen regels: geen 'verstrekken', geen 'verboden' en geen 'ontvangen'. Zonder 'ontvangen' kan hij ook geen signalen registreren.",
    );
    expect(rest).toHaveLength(1);
  });

  it('a partner without bewaartermijnen', () => {
    const zonder = REGELS_B.replace('bewaartermijnen:\n  zacht: 6\n', '');
    expect(waarschuwingen({ 'regels/b.yaml': zonder })).toEqual([
      {
        bestand: 'partners.yaml',
        regel: 8,
        kolom: 9,
        melding:
          "Partner 'b' heeft geen bewaartermijnen: de gateway weigert elk signaal van hem. Voeg 'bewaartermijnen' toe in het bestand in regels/.",
      },
    ]);
  });

  it('a rule that can never apply: its recipient may never receive for that doel', () => {
    const [w] = waarschuwingen(a('doelen: [signalering]', 'doelen: [opsporing]'));
    expect(w).toMatchObject({ bestand: 'regels/a.yaml', regel: 13, kolom: 13 });
    expect(w?.melding).toBe(
      "Deze regel geldt nooit: geen ontvanger mag ontvangen voor 'opsporing' (tweede sleutel). 'b' mag ontvangen voor: signalering. Kies een doel waarvoor de ontvanger mag ontvangen, of voeg het doel toe onder 'ontvangen' in het bestand van de ontvanger.",
    );
  });

  it('one recipient in aan that may never receive for the doelen', () => {
    const drie = PARTNERS.concat(`  - id: c
    naam: Partner C
    soort: politie
    contact: { email: meldpunt@c.example }
    gemeenten: [GM0406]
`);
    const c = `${SCHEMA}partner: c\nbewaartermijnen:\n  hard: 6\nontvangen:\n  - doel: opsporing\n    grondslagen: [g1]\n`;
    const w = waarschuwingen({
      'partners.yaml': drie,
      'regels/c.yaml': c,
      ...a('aan: [b]', 'aan: [b, c]'),
    });
    expect(w).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 12,
        kolom: 14,
        melding:
          "'c' mag voor geen van de doelen van deze regel ontvangen (signalering), dus voor 'c' geldt de regel nooit. 'c' mag ontvangen voor: opsporing. Haal 'c' weg of voeg het doel toe onder 'ontvangen' van 'c'.",
      },
    ]);
  });

  it('a rule that can never apply: its conditions ask for a sterkte the source never registers', () => {
    const w = waarschuwingen(
      a(
        '    gegevens: [bestaan, partner]',
        '    wanneer:\n      sterkte: [hard]\n    gegevens: [bestaan, partner]',
      ),
    );
    expect(w).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 15,
        kolom: 16,
        melding:
          "Deze regel geldt nooit: 'a' registreert geen signalen met sterkte hard (er is geen bewaartermijn voor). Voeg de bewaartermijn toe of pas de voorwaarde aan.",
      },
    ]);
  });

  it('a rule whose only recipient is the source itself', () => {
    const [w] = waarschuwingen(a('aan: [b]', 'aan: [a]'));
    expect(w).toMatchObject({ bestand: 'regels/a.yaml', regel: 12, kolom: 10 });
    expect(w?.melding).toMatch(/^Deze regel geldt nooit: 'aan' wijst geen andere partner aan/);
  });

  it('a rule fully shadowed by a verbod', () => {
    const w = waarschuwingen(
      metVerbod(`  - id: a-nooit-b
    titel: Nooit naar B
    uitleg: Lopend onderzoek.
    aan: ['*']
    grondslagen: [g1]
`),
    );
    expect(w).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 9,
        kolom: 9,
        melding:
          "Deze regel geldt nooit: het verbod 'a-nooit-b' (regels/a.yaml:17) gaat bij elk signaal waarvoor de regel zou gelden voor. Pas de regel of het verbod aan, of verwijder de regel.",
      },
    ]);
  });

  it('no shadow warning when the verbod covers only part of the signals', () => {
    const w = waarschuwingen(
      metVerbod(`  - id: a-niet-bij-daders
    titel: Niet bij daders
    uitleg: Lopend onderzoek.
    aan: [b]
    wanneer:
      rol: [vermoedelijke_dader]
    grondslagen: [g1]
`),
    );
    expect(w).toEqual([]);
  });

  it('a value twice in one list', () => {
    expect(waarschuwingen(a('aan: [b]', 'aan: [b, b]'))).toEqual([
      {
        bestand: 'regels/a.yaml',
        regel: 12,
        kolom: 14,
        melding: "'b' staat twee keer in deze lijst; verwijder er een.",
      },
    ]);
  });

  it('a wetten.overheid.nl link without a BWB id', () => {
    const link = GRONDSLAGEN.replace(
      'https://wetten.overheid.nl/BWBR0035362/',
      'https://wetten.overheid.nl/zoeken',
    );
    expect(waarschuwingen({ 'grondslagen.yaml': link })).toEqual([
      {
        bestand: 'grondslagen.yaml',
        regel: 7,
        kolom: 11,
        melding:
          "De link van 'g1' noemt geen BWB-id. Gebruik de vaste vorm https://wetten.overheid.nl/BWBR<zeven cijfers>/, te vinden op de pagina van de regeling.",
      },
    ]);
  });

  it('a policy file without the schema line for the editor', () => {
    expect(waarschuwingen({ 'doelen.yaml': DOELEN.replace(SCHEMA, '') })).toEqual([
      {
        bestand: 'doelen.yaml',
        regel: 1,
        kolom: 1,
        melding:
          "De verwijzing naar het schema ontbreekt. Zet bovenaan '# yaml-language-server: $schema=../schemas/doelen.schema.json', dan vult uw editor (VS Code met de YAML-extensie) sleutels aan en wijst fouten aan tijdens het typen.",
      },
    ]);
  });

  it('a set without quota.yaml: nothing bounds the tries', () => {
    expect(waarschuwingen({ 'quota.yaml': undefined })).toEqual([
      {
        bestand: 'quota.yaml',
        regel: 1,
        kolom: 1,
        melding:
          "Er is geen quota.yaml: niets begrenst hoe vaak een partner registreert, pseudoniemen aanbiedt of overlap opvraagt, en de FG krijgt geen waarschuwingen. Maak quota.yaml aan met 'standaard:' en 'waarschuwingen:'.",
      },
    ]);
  });

  it('never loads a set with errors, and then gives no warnings', () => {
    const c = controleerBeleid(set(a('aan: [b]', 'aan: [bb]')));
    expect(c.beleid).toBeUndefined();
    expect(c.fouten).toHaveLength(1);
    expect(c.waarschuwingen).toEqual([]);
  });
});

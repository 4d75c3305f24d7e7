/**
 * quota.yaml: loaded into a quota per partner (the default with its afwijking), refused with a
 * Dutch message at the right place when it contradicts itself, and the window arithmetic of
 * the counters a request adds to.
 */
import { describe, expect, it } from 'vitest';
import type { BeleidMelding } from './beleid-fout.js';
import type { BeleidBestand } from './bestanden.js';
import { controleerBeleid } from './controle.js';
import { opnieuwNa, tellingen, vensterVan } from './quota.js';

const BASIS: Record<string, string> = {
  'partners.yaml': `partners:
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
`,
  'doelen.yaml': `doelen:
  - id: signalering
    titel: Signalering
    omschrijving: Signalen stapelen.
`,
  'grondslagen.yaml': `grondslagen:
  - id: g1
    titel: Taak
    wet: Wet
    artikel: artikel 1
    link: https://wetten.overheid.nl/BWBR0035362/
    toelichting: Voor de test.
`,
};

const STANDAARD = `standaard:
  registraties: { uur: 10, dag: 20 }
  pseudoniemen: { uur: 50, dag: 100 }
  overlapvragen: { uur: 5, dag: 30 }
  batch: 10
`;
const WAARSCHUWINGEN = `waarschuwingen:
  intrekkingen: { minuten: 60, aantal: 3 }
  bewaartermijn: 12
`;

function laad(quota: string) {
  const bestanden: BeleidBestand[] = Object.entries({ ...BASIS, 'quota.yaml': quota }).map(
    ([pad, tekst]) => ({ pad, tekst }),
  );
  return controleerBeleid(bestanden);
}

function fouten(quota: string): Array<Pick<BeleidMelding, 'regel' | 'melding'>> {
  return laad(quota).fouten.map(({ regel, melding }) => ({ regel, melding }));
}

describe('quota.yaml', () => {
  it('gives every partner the default, and a partner with an afwijking the default with its changes', () => {
    const { beleid, fouten } = laad(`${STANDAARD}afwijkingen:
  - partner: a
    uitleg: Meldpunt.
    registraties: { dag: 40 }
    batch: 5
${WAARSCHUWINGEN}`);
    expect(fouten).toEqual([]);
    expect(beleid?.quota('b')).toEqual({
      registraties: { uur: 10, dag: 20 },
      pseudoniemen: { uur: 50, dag: 100 },
      overlapvragen: { uur: 5, dag: 30 },
      batch: 10,
    });
    expect(beleid?.quota('a')).toMatchObject({ registraties: { uur: 10, dag: 40 }, batch: 5 });
    expect(beleid?.quota('onbekend')).toEqual(beleid?.quota('b'));
    expect(Object.isFrozen(beleid?.quota('a')?.registraties)).toBe(true);
    expect(beleid?.waarschuwingDrempels).toEqual({
      intrekkingen: { minuten: 60, aantal: 3 },
      bewaartermijn: 12,
    });
  });

  it('without quota.yaml a partner has no quota', () => {
    const bestanden = Object.entries(BASIS).map(([pad, tekst]) => ({ pad, tekst }));
    const { beleid } = controleerBeleid(bestanden);
    expect(beleid?.quota('a')).toBeUndefined();
    expect(beleid?.waarschuwingDrempels).toBeUndefined();
  });

  it('refuses an hour above its day and a batch that never fits in an hour', () => {
    expect(
      fouten(`standaard:
  registraties: { uur: 10, dag: 20 }
  pseudoniemen: { uur: 500, dag: 100 }
  overlapvragen: { uur: 5, dag: 30 }
  batch: 11
${WAARSCHUWINGEN}`),
    ).toEqual([
      {
        regel: 3,
        melding:
          "pseudoniemen per uur (500) is hoger dan per dag (100); per uur kan dan nooit worden gehaald. Maak 'uur' hoogstens 100.",
      },
      {
        regel: 5,
        melding:
          "Een batch van 11 signalen past nooit binnen 10 registraties per uur. Maak 'batch' hoogstens 10.",
      },
    ]);
  });

  it('refuses an afwijking for an unknown partner, a partner named twice, and one without partner', () => {
    expect(
      fouten(`${STANDAARD}afwijkingen:
  - partners: [a, c]
    uitleg: Eerste.
  - partner: a
    uitleg: Tweede.
  - uitleg: Voor niemand.
    batch: 2
${WAARSCHUWINGEN}`),
    ).toEqual([
      {
        regel: 7,
        melding: "Onbekende partner 'c'. Bedoelt u 'a'? Partners staan in partners.yaml.",
      },
      {
        regel: 9,
        melding:
          "Partner 'a' heeft al een afwijking op regel 7; noem een partner in één afwijking.",
      },
      {
        regel: 11,
        melding:
          "Noem met 'partner:' voor welke partner deze afwijking geldt, of met 'partners:' voor een groep.",
      },
    ]);
  });

  it('says in Dutch what is wrong with a value', () => {
    const f = fouten(
      `${STANDAARD.replace('batch: 10', 'batch: 2.5')}${WAARSCHUWINGEN.replace('aantal: 3', 'aantal: veel')}`,
    );
    expect(f.map((x) => x.melding)).toEqual([
      "Verwacht een heel getal, maar hier staat '2.5'.",
      "Verwacht een getal, maar hier staat 'veel'.",
    ]);
  });

  it('refuses an unknown key with a suggestion', () => {
    const f = fouten(`${STANDAARD.replace('batch:', 'bach:')}${WAARSCHUWINGEN}`);
    expect(f.map((x) => x.melding)).toContainEqual(
      expect.stringMatching(/^Onbekende sleutel 'bach'\. Bedoelt u 'batch'\?/),
    );
  });
});

describe('counters and windows', () => {
  const NU = Date.parse('2026-03-02T09:20:00.000Z');
  const QUOTA = {
    registraties: { uur: 10, dag: 20 },
    pseudoniemen: { uur: 50, dag: 100 },
    overlapvragen: { uur: 5, dag: 30 },
    batch: 10,
  };

  it('a window is a clock hour or a UTC day', () => {
    expect(vensterVan('uur', NU)).toEqual({
      vanaf: Date.parse('2026-03-02T09:00:00.000Z'),
      tot: Date.parse('2026-03-02T10:00:00.000Z'),
    });
    expect(vensterVan('dag', NU)).toEqual({
      vanaf: Date.parse('2026-03-02T00:00:00.000Z'),
      tot: Date.parse('2026-03-03T00:00:00.000Z'),
    });
  });

  it('a registration adds to four counters, each with its own limit', () => {
    const t = tellingen('a', QUOTA, { registraties: 1, pseudoniemen: 3 }, NU);
    expect(t.map((x) => [x.teller, x.venster, x.aantal, x.limiet])).toEqual([
      ['registraties', 'uur', 1, 10],
      ['registraties', 'dag', 1, 20],
      ['pseudoniemen', 'uur', 3, 50],
      ['pseudoniemen', 'dag', 3, 100],
    ]);
    expect(t.every((x) => x.partner === 'a')).toBe(true);
  });

  it('Retry-After waits for the latest full window, in whole seconds, at least one', () => {
    const [, , uur, dag] = tellingen('a', QUOTA, { registraties: 1, pseudoniemen: 1 }, NU);
    expect(opnieuwNa([uur!], NU)).toBe(40 * 60);
    expect(opnieuwNa([uur!, dag!], NU)).toBe((24 - 9) * 3600 - 20 * 60);
    expect(opnieuwNa([uur!], NU + 40 * 60_000 - 1)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { laadBeleid } from '../policy/index.js';
import type { Entry } from './entry.js';
import { beoordeelInzage, type InzageSignaal } from './inzage.js';

const beleid = laadBeleid(
  Object.entries({
    'partners.yaml': `partners:
  - { id: politie, naam: P, soort: politie, contact: { email: p@p.example }, gemeenten: [GM0402] }
  - { id: inspectie, naam: I, soort: arbeidsinspectie, contact: { email: i@i.example }, gemeenten: [GM0402] }
  - { id: gemeente, naam: G, soort: gemeente, contact: { email: g@g.example }, gemeenten: [GM0402] }
`,
    'doelen.yaml': 'doelen:\n  - { id: opsporing, titel: Opsporing, omschrijving: Onderzoek. }\n',
    'grondslagen.yaml': `grondslagen:
  - { id: g1, titel: Taak, wet: Wet, artikel: art. 1, link: 'https://wetten.overheid.nl/x', toelichting: Test. }
  - { id: uavg-41, titel: Beperking, wet: UAVG, artikel: art. 41, link: 'https://wetten.overheid.nl/y', toelichting: Test. }
`,
    'regels/politie.yaml': `partner: politie
bewaartermijnen: { hard: 60 }
verstrekken:
  - id: politie-inspectie
    titel: Afstemming
    uitleg: Onderzoeken afstemmen.
    aan: [inspectie]
    doelen: [opsporing]
    gegevens: [bestaan]
    grondslagen: [g1]
    inzagebeperking: { grondslagen: [uavg-41], uitleg: Lopend onderzoek. }
  - id: politie-gemeente
    titel: Gemeente
    uitleg: Mag.
    aan: [gemeente]
    doelen: [opsporing]
    gegevens: [bestaan]
    grondslagen: [g1]
`,
  }).map(([pad, tekst]) => ({ pad, tekst })),
);

let volgnummer = 0;
function entry(velden: Partial<Entry>): Entry {
  volgnummer += 1;
  return {
    volgnummer,
    tijdstip: '2026-03-02T09:00:00.000Z',
    actie: 'verstrekking',
    partner: 'politie',
    gebruiker: 'medewerker-1',
    bron: 'politie',
    ontvanger: null,
    signaal: 's-politie',
    gegevens: ['bestaan'],
    doel: 'opsporing',
    grondslagen: ['g1'],
    regels: [],
    beleid: beleid.hash,
    verzoek: null,
    betrokkene: [],
    ...velden,
  };
}

const signalen = (extra: InzageSignaal[] = []) =>
  new Map(
    [{ id: 's-politie', partner: 'politie', nietInformeren: false }, ...extra].map((s) => [
      s.id,
      s,
    ]),
  );

describe('beoordeelInzage', () => {
  it('houdt regels onder een regel met inzagebeperking achter, met de grondslagen en uitleg', () => {
    const beperkt = entry({ ontvanger: 'inspectie', regels: ['politie-inspectie'] });
    const open = entry({ ontvanger: 'gemeente', regels: ['politie-gemeente'] });
    const uit = beoordeelInzage([open, beperkt], signalen(), beleid);
    expect(uit.rapport).toEqual([open]);
    expect(uit.achtergehouden).toEqual([
      {
        entry: beperkt,
        gronden: [
          {
            soort: 'inzagebeperking',
            regel: 'politie-inspectie',
            grondslagen: ['uavg-41'],
            uitleg: 'Lopend onderzoek.',
          },
        ],
      },
    ]);
  });

  it('houdt verstrekkingen aan een partner met een niet-informeren-signaal achter', () => {
    const aanGemeente = entry({ ontvanger: 'gemeente', regels: ['politie-gemeente'] });
    const uit = beoordeelInzage(
      [aanGemeente],
      signalen([{ id: 's-gemeente', partner: 'gemeente', nietInformeren: true }]),
      beleid,
    );
    expect(uit.rapport).toEqual([]);
    expect(uit.achtergehouden[0]?.gronden).toMatchObject([
      { soort: 'niet-informeren', partner: 'gemeente' },
    ]);
  });

  it('houdt een regel over een onbekend signaal achter (faalt dicht) en zet weigeringen en inzages apart', () => {
    const onbekend = entry({ actie: 'registratie', signaal: 's-weg', regels: [] });
    const weigering = entry({ actie: 'weigering', ontvanger: 'gemeente', gegevens: [] });
    const inzage = entry({ actie: 'inzage', signaal: null, bron: null });
    const uit = beoordeelInzage([inzage, weigering, onbekend], signalen(), beleid);
    expect(uit.achtergehouden.map((a) => a.gronden[0]?.soort)).toEqual(['signaal-onbekend']);
    expect(uit.overig).toEqual([weigering, inzage]);
    expect(uit.rapport).toEqual([]);
  });
});

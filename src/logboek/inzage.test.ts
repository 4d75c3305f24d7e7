import { describe, expect, it } from 'vitest';
import { laadBeleid } from '../policy/index.js';
import type { Entry } from './entry.js';
import { beoordeelInzage, type InzageSignaal, inzageVoorPartner } from './inzage.js';

const beleid = laadBeleid(
  Object.entries({
    'partners.yaml': `partners:
  - { id: politie, naam: P, soort: politie, contact: { email: p@p.example }, gemeenten: [GM0402] }
  - { id: inspectie, naam: I, soort: arbeidsinspectie, contact: { email: i@i.example }, gemeenten: [GM0402] }
  - { id: gemeente, naam: G, soort: gemeente, contact: { email: g@g.example }, gemeenten: [GM0402] }
`,
    'doelen.yaml': `doelen:
  - { id: opsporing, titel: Opsporing, omschrijving: Onderzoek. }
  - { id: zorg, titel: Zorg, omschrijving: Zorg. }
`,
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

const MAART = Date.parse('2026-03-01T00:00:00.000Z');
const signaal = (id: string, partner: string, doel: string, extra: Partial<InzageSignaal> = {}) =>
  ({ id, partner, doel, nietInformeren: false, geregistreerdOp: MAART, ...extra }) as InzageSignaal;
const signalen = (...lijst: InzageSignaal[]) => new Map(lijst.map((s) => [s.id, s]));

describe('beoordeelInzage', () => {
  it('houdt alles van een partner voor een doel met inzagebeperking achter, ook zonder nietInformeren, en wat het verraadt', () => {
    const politie = signaal('s-politie', 'politie', 'opsporing');
    const gemeente = signaal('s-gemeente', 'gemeente', 'zorg');
    const gemeenteReg = entry({
      actie: 'registratie',
      partner: 'gemeente',
      bron: 'gemeente',
      signaal: 's-gemeente',
      doel: 'zorg',
      gegevens: [],
    });
    const politieReg = entry({ actie: 'registratie', gegevens: [] });
    // Decided by a rule without a restriction: still held back, its bron is restricted.
    const heen = entry({ ontvanger: 'gemeente', doel: 'zorg', regels: ['politie-gemeente'] });
    // The reverse verstrekking names the police as recipient for its doel.
    const terug = entry({
      partner: 'gemeente',
      bron: 'gemeente',
      ontvanger: 'politie',
      signaal: 's-gemeente',
      doel: 'opsporing',
    });
    const intrekking = entry({ actie: 'intrekking', gegevens: [] });
    const uit = beoordeelInzage(
      [gemeenteReg, politieReg, heen, terug, intrekking],
      signalen(politie, gemeente),
      beleid,
    );
    expect(uit.rapport).toEqual([gemeenteReg]);
    expect(uit.achtergehouden.map((a) => a.entry)).toEqual([politieReg, heen, terug, intrekking]);
    for (const { gronden } of uit.achtergehouden) {
      expect(gronden).toContainEqual({
        soort: 'inzagebeperking',
        partner: 'politie',
        regel: 'politie-inspectie',
        grondslagen: ['uavg-41'],
        uitleg: expect.stringContaining('Lopend onderzoek.'),
      });
    }
  });

  it('houdt een signaal met nietInformeren achter, en verstrekkingen aan die partner voor dat doel sinds de registratie', () => {
    const eigen = signaal('s-inspectie', 'inspectie', 'zorg');
    const stil = signaal('s-gemeente', 'gemeente', 'zorg', {
      nietInformeren: true,
      geregistreerdOp: Date.parse('2026-03-02T08:00:00.000Z'),
    });
    const van = { partner: 'inspectie', bron: 'inspectie', signaal: 's-inspectie' };
    const eerder = entry({
      ...van,
      ontvanger: 'gemeente',
      doel: 'zorg',
      tijdstip: '2026-03-01T10:00:00.000Z',
    });
    const aanStil = entry({ ...van, ontvanger: 'gemeente', doel: 'zorg' });
    const anderDoel = entry({ ...van, ontvanger: 'gemeente', doel: 'opsporing2' });
    const uit = beoordeelInzage([eerder, aanStil, anderDoel], signalen(eigen, stil), beleid);
    expect(uit.rapport).toEqual([eerder, anderDoel]);
    expect(uit.achtergehouden.map((a) => a.entry)).toEqual([aanStil]);
    expect(uit.achtergehouden[0]?.gronden).toMatchObject([
      { soort: 'niet-informeren', partner: 'gemeente' },
    ]);
    expect(uit.achtergehouden[0]?.gronden[0]?.uitleg).toContain('De ontvanger (gemeente)');
  });

  it('houdt alles over een onbekend signaal achter (faalt dicht), ook de vernietiging, en zet weigeringen en inzages apart', () => {
    const ander = { partner: 'inspectie', bron: 'inspectie', doel: 'zorg', gegevens: [] };
    const onbekend = entry({ ...ander, actie: 'registratie', signaal: 's-weg' });
    const vernietiging = entry({
      ...ander,
      actie: 'vernietiging',
      partner: 'ketenpoort',
      signaal: 's-weg',
    });
    const weigering = entry({
      ...ander,
      actie: 'weigering',
      signaal: 's-inspectie',
      ontvanger: 'gemeente',
    });
    const inzage = entry({ actie: 'inzage', signaal: null, bron: null, doel: null });
    const uit = beoordeelInzage(
      [inzage, weigering, onbekend, vernietiging],
      signalen(signaal('s-inspectie', 'inspectie', 'zorg')),
      beleid,
    );
    expect(uit.achtergehouden.map((a) => [a.entry, a.gronden.map((g) => g.soort)])).toEqual([
      [onbekend, ['signaal-onbekend']],
      [vernietiging, ['signaal-onbekend']],
    ]);
    expect(uit.overig).toEqual([weigering, inzage]);
    expect(uit.rapport).toEqual([]);
  });

  it('laat de FG van een partner alleen achtergehouden regels op eigen grond zien', () => {
    const stil = signaal('s-gemeente', 'gemeente', 'zorg', { nietInformeren: true });
    const politie = signaal('s-politie', 'politie', 'opsporing');
    const gemeenteReg = entry({
      actie: 'registratie',
      partner: 'gemeente',
      bron: 'gemeente',
      signaal: 's-gemeente',
      doel: 'zorg',
    });
    const aanPolitie = entry({
      partner: 'gemeente',
      bron: 'gemeente',
      ontvanger: 'politie',
      signaal: 's-gemeente',
      doel: 'opsporing',
    });
    const alles = beoordeelInzage([gemeenteReg, aanPolitie], signalen(stil, politie), beleid);
    expect(alles.achtergehouden.map((a) => a.entry)).toEqual([gemeenteReg, aanPolitie]);
    const gemeente = inzageVoorPartner(alles, 'gemeente');
    expect(gemeente.achtergehouden.map((a) => a.entry)).toEqual([gemeenteReg]);
    expect(inzageVoorPartner(alles, undefined)).toEqual(alles);
  });
});

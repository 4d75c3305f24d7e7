/**
 * The planners alone: from candidates to the entries, notices and answer of one request,
 * with a small policy of three partners, no store and no server.
 */
import { describe, expect, it } from 'vitest';

import { laadBeleid } from '../policy/laad.js';
import { type KoppelContext, metLogboekIds, planHerberekening, planRegistratie } from './koppel.js';
import type { Kandidaat, Signaal } from './signaal.js';

const partner = (id: string, soort: string) =>
  `  - { id: ${id}, naam: Partner ${id}, soort: ${soort}, contact: { email: info@${id}.example }, gemeenten: [GM0402] }\n`;
const beleid = laadBeleid([
  {
    pad: 'partners.yaml',
    tekst: `partners:\n${partner('a', 'veilig-thuis')}${partner('b', 'zorgcoordinatie')}${partner('c', 'gemeente')}`,
  },
  {
    pad: 'doelen.yaml',
    tekst:
      'doelen:\n  - { id: zorg, titel: Zorg, omschrijving: x }\n  - { id: signalering, titel: S, omschrijving: x }\n',
  },
  {
    pad: 'grondslagen.yaml',
    tekst:
      "grondslagen:\n  - { id: g1, titel: g1, wet: Wet, artikel: '1', link: 'https://wetten.overheid.nl/BWBR0035362/', toelichting: test }\n",
  },
  {
    pad: 'regels/a.yaml',
    tekst: `partner: a
bewaartermijnen: { zacht: 6, hard: 24 }
ontvangen:
  - { doel: signalering, grondslagen: [g1] }
verstrekken:
  - { id: a-naar-b, titel: T, uitleg: x, aan: [b], doelen: [zorg], gegevens: [bestaan, partner], grondslagen: [g1], melden: true }
`,
  },
  {
    pad: 'regels/b.yaml',
    tekst: `partner: b
bewaartermijnen: { zacht: 6, hard: 24 }
ontvangen:
  - { doel: zorg, grondslagen: [g1] }
verstrekken:
  - { id: b-naar-a, titel: T, uitleg: x, aan: [a], doelen: [signalering], gegevens: [bestaan, partner, sterkte], grondslagen: [g1] }
`,
  },
  {
    pad: 'regels/c.yaml',
    tekst:
      'partner: c\nbewaartermijnen: { zacht: 6, hard: 24 }\nontvangen:\n  - { doel: zorg, grondslagen: [g1] }\n',
  },
]);

const NU = Date.parse('2026-03-02T09:00:00.000Z');
const signaal = (id: string, partner: string, doel: string): Signaal => ({
  id,
  partner,
  gebruiker: 'medewerker-1',
  rol: 'slachtoffer',
  uitbuitingsvormen: ['arbeidsuitbuiting'],
  sterkte: 'hard',
  gemeente: 'GM0402',
  doel,
  nietInformeren: false,
  referentie: null,
  geregistreerdOp: NU,
  vervaltOp: NU + 1000,
  ingetrokkenOp: null,
});
const eigen = signaal('s-a', 'a', 'signalering');
const gedeeld = [{ soort: 'telefoon' as const, waarde: 'opgeslagen-1' }];
const kandidaat = (s: Signaal): Kandidaat => ({ signaal: s, gedeeld });

function context(uitgesloten: string[] = []): KoppelContext {
  let n = 0;
  return {
    beleid,
    uitgesloten: new Set(uitgesloten),
    actor: { partner: 'a', gebruiker: 'medewerker-1' },
    verzoek: { id: 'urn:uuid:verzoek', traceparent: null },
    willekeurig: (lengte) => new Uint8Array(lengte).fill(++n),
    nieuwId: () => `id-${++n}`,
  };
}

/** No casus with regie or an open proposal. */
const LEEG = { belegd: new Set<string>() };

const acties = (p: { entries: Array<{ concept: { actie: string } }> }) =>
  p.entries.map((e) => e.concept.actie);

describe('planRegistratie', () => {
  it('zonder kandidaten: alleen de registratie, met een commitment per pseudoniem', () => {
    const { plan, antwoord } = planRegistratie(context(), eigen)([], gedeeld, LEEG);
    expect(acties(plan)).toEqual(['registratie']);
    expect(plan.entries[0]?.concept.betrokkene).toHaveLength(1);
    expect(plan.entries[0]?.opening).not.toBeNull();
    expect(plan.meldingen).toEqual([]);
    expect(antwoord).toEqual([]);
  });

  it('beide richtingen toegestaan: twee verstrekkingen, een melding voor de ander, een item voor de vrager', () => {
    const ander = signaal('s-b', 'b', 'zorg');
    const { plan, antwoord } = planRegistratie(context(), eigen)([kandidaat(ander)], gedeeld, LEEG);
    expect(acties(plan)).toEqual(['registratie', 'verstrekking', 'verstrekking']);
    // What a learns about b's signal, under b's rule, for a's doel.
    expect(plan.entries[1]?.concept).toMatchObject({
      bron: 'b',
      ontvanger: 'a',
      signaal: 's-b',
      doel: 'signalering',
      regels: ['b-naar-a'],
      gegevens: ['bestaan', 'partner', 'sterkte'],
    });
    expect(antwoord).toEqual([
      {
        item: { bestaan: true, partner: { id: 'b', naam: 'Partner b' }, sterkte: 'hard' },
        entry: 1,
      },
    ]);
    // b's inbox learns of a's signal, under a's rule (melden: true), pointing at its entry.
    expect(plan.entries[2]?.concept).toMatchObject({
      bron: 'a',
      ontvanger: 'b',
      regels: ['a-naar-b'],
    });
    expect(plan.meldingen).toEqual([
      {
        partner: 'b',
        signaalId: 's-b',
        inhoud: { bestaan: true, partner: { id: 'a', naam: 'Partner a' } },
        entry: 2,
      },
    ]);
  });

  it('geen regel in beide richtingen: twee weigeringen, geen item, geen melding', () => {
    const ander = signaal('s-c', 'c', 'zorg');
    const { plan, antwoord } = planRegistratie(context(), eigen)([kandidaat(ander)], gedeeld, LEEG);
    expect(acties(plan)).toEqual(['registratie', 'weigering', 'weigering']);
    expect(plan.entries.slice(1).map((e) => e.concept.gegevens)).toEqual([[], []]);
    expect(plan.meldingen).toEqual([]);
    expect(antwoord).toEqual([]);
  });

  it('een uitgesloten entiteit matcht nooit', () => {
    const ctx = context(['telefoon:opgeslagen-1']);
    const ander = signaal('s-b', 'b', 'zorg');
    const { plan, antwoord } = planRegistratie(ctx, eigen)([kandidaat(ander)], gedeeld, LEEG);
    expect(acties(plan)).toEqual(['registratie']);
    expect(antwoord).toEqual([]);
  });

  it('elke run geeft zijn eigen plan en antwoord; niets blijft achter tussen runs', () => {
    const planner = planRegistratie(context(), eigen);
    const ander = signaal('s-b', 'b', 'zorg');
    const eerste = planner([kandidaat(ander)], gedeeld, LEEG);
    const tweede = planner([], gedeeld, LEEG);
    expect(eerste.antwoord).toHaveLength(1);
    expect(tweede.antwoord).toEqual([]);
    expect(acties(tweede.plan)).toEqual(['registratie']);
  });
});

describe('planHerberekening', () => {
  it('plant alleen wat de vrager nu leert: geen registratie, geen melding', () => {
    const ander = signaal('s-b', 'b', 'zorg');
    const { plan, antwoord } = planHerberekening(context(), eigen)(
      [kandidaat(ander)],
      gedeeld,
      LEEG,
    );
    expect(acties(plan)).toEqual(['verstrekking']);
    expect(plan.meldingen).toEqual([]);
    expect(antwoord.map((a) => a.entry)).toEqual([0]);
  });
});

describe('metLogboekIds', () => {
  it('geeft elk item het nummer van het blad van het verzoek, nooit een volgnummer', () => {
    const item = { bestaan: true as const };
    expect(
      metLogboekIds(
        [
          { item, entry: 1 },
          { item, entry: 4 },
        ],
        42,
      ),
    ).toEqual([
      { bestaan: true, logboekId: 42 },
      { bestaan: true, logboekId: 42 },
    ]);
  });
});

/**
 * `uitleg` after the match (issue 16) on the example set: an overdracht (which rule, which key
 * is missing, the verbod that wins) and a status's visibility (terugkoppeling, statussen,
 * verbod), each agreeing with the runtime's own decision over the whole question space.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import type { Vraag } from '../src/policy/beleid.js';
import { laadBeleid } from '../src/policy/index.js';
import { beslisOverdracht } from '../src/policy/overdracht.js';
import { statusZicht } from '../src/policy/terugkoppeling.js';
import { STATUSSEN } from '../src/policy/terugkoppeling-woorden.js';
import { uitlegTekstGroepen } from '../src/policy/uitleg-groepen.js';
import { uitlegOverdracht, uitlegStatus } from '../src/policy/uitleg-na-overlap.js';
import { overdrachtUitlegTekst, statusUitlegTekst } from '../src/policy/uitleg-na-overlap-tekst.js';

const beleid = laadBeleid(leesBeleidBestanden('policies'));

const vraag = (
  bron: string,
  ontvanger: string,
  doel: string,
  signaal: Partial<Vraag['signaal']> = {},
): Vraag => ({
  bron,
  ontvanger,
  doel,
  signaal: { uitbuitingsvormen: [], sterkte: 'zacht', rol: 'slachtoffer', ...signaal },
});

describe('uitleg van een overdracht', () => {
  it('names the rule that allows it and both keys', () => {
    const u = uitlegOverdracht(
      beleid,
      vraag('gemeente-hilversum', 'zorgcoordinator-gv', 'zorgcoordinatie'),
    );
    expect(u.besluit.toegestaan).toBe(true);
    expect(u.reden).toBeUndefined();
    expect(u.toestemmingen[0]).toMatchObject({
      id: 'gemeente-overdracht-zorgcoordinator',
      past: true,
      positie: { bestand: 'regels/gemeenten.yaml' },
    });
    expect(u.ontvangst).toEqual({ mag: true, grondslagen: ['avg-6-1-e', 'college-opdracht'] });
    const tekst = overdrachtUitlegTekst(beleid, u);
    expect(tekst).toContain('Besluit: TOEGESTAAN.');
    expect(tekst).toMatch(
      /PAST {6}gemeente-overdracht-zorgcoordinator \(regels\/gemeenten\.yaml:\d+\)/,
    );
  });

  it('names the condition that fails (first key)', () => {
    const u = uitlegOverdracht(
      beleid,
      vraag('gemeente-hilversum', 'zorgcoordinator-gv', 'zorgcoordinatie', { rol: 'werkgever' }),
    );
    expect(u.reden).toBe('eerste-sleutel');
    expect(
      u.toestemmingen.find((t) => t.id === 'gemeente-overdracht-zorgcoordinator'),
    ).toMatchObject({
      past: false,
      waarom: ['rol werkgever, de regel vraagt slachtoffer of overig'],
    });
    expect(overdrachtUitlegTekst(beleid, u)).toContain(
      'Besluit: GEWEIGERD (eerste-sleutel: geen overdrachtsregel van de bron past)',
    );
  });

  it('says when the recipient lacks the second key, and no rule applies either', () => {
    const zonder = uitlegOverdracht(beleid, vraag('gemeente-laren', 'vtgv', 'zorgcoordinatie'));
    expect(zonder.reden).toBe('beide-sleutels');
    expect(overdrachtUitlegTekst(beleid, zonder)).toContain(
      "Tweede sleutel ontbreekt: vtgv mag niet ontvangen voor doel 'zorgcoordinatie'",
    );
  });

  it('says that a verbod wins', () => {
    const u = uitlegOverdracht(
      beleid,
      vraag('tmm', 'gemeente-hilversum', 'zorgcoordinatie', { sterkte: 'hard' }),
    );
    expect(u.reden).toBe('verbod');
    expect(u.besluit.regels).toEqual(['tmm-geen-melding-bij-opsporing']);
    expect(overdrachtUitlegTekst(beleid, u)).toMatch(/PAST {6}tmm-geen-melding-bij-opsporing/);
  });

  it('agrees with beslisOverdracht on every question of the example set', () => {
    let n = 0;
    for (const bron of beleid.partners.keys())
      for (const ontvanger of beleid.partners.keys())
        for (const doel of beleid.doelen.keys())
          for (const sterkte of ['zacht', 'hard'] as const) {
            const v = vraag(bron, ontvanger, doel, {
              sterkte,
              uitbuitingsvormen: ['arbeidsuitbuiting'],
            });
            const u = uitlegOverdracht(beleid, v);
            const b = beslisOverdracht(beleid, v);
            expect(u.besluit).toEqual(b);
            expect(u.reden === undefined).toBe(b.toegestaan);
            if (b.toegestaan) n++;
          }
    expect(n).toBeGreaterThan(0);
  });
});

describe('uitleg van een status', () => {
  const zc = (
    status: (typeof STATUSSEN)[number],
    ontvanger = 'gemeente-laren',
    doel = 'zorgcoordinatie',
  ) => uitlegStatus(beleid, vraag('zorgcoordinator-gv', ontvanger, doel), status);

  it('visible under the rule that grants terugkoppeling, naming the source', () => {
    const u = zc('hulp_gestart');
    expect(u).toMatchObject({
      zichtbaar: true,
      genoemd: true,
      reden: undefined,
      regels: ['zc-gemeenten'],
    });
    expect(statusUitlegTekst(beleid, u)).toContain(
      'Besluit: ZICHTBAAR. gemeente-laren krijgt de status in de inbox, met de naam van zorgcoordinator-gv',
    );
  });

  it('hidden where statussen narrow it, and says which rule narrows', () => {
    const u = zc('ontvangen');
    expect(u).toMatchObject({ zichtbaar: false, reden: 'status-verborgen' });
    const tekst = statusUitlegTekst(beleid, u);
    expect(tekst).toContain('geen bericht en geen telling');
    expect(tekst).toMatch(
      /toont niet zc-gemeenten \(regels\/zorgcoordinator-gv\.yaml:\d+\): geeft terugkoppeling, alleen: in_behandeling/,
    );
  });

  it('hidden where no applying rule grants terugkoppeling', () => {
    expect(zc('hulp_gestart', 'vtgv', 'signalering').reden).toBe('geen-terugkoppeling');
  });

  it('hidden where a verbod wins, and the verbod is named', () => {
    const u = uitlegStatus(
      beleid,
      vraag('tmm', 'gemeente-hilversum', 'zorgcoordinatie', { sterkte: 'hard' }),
      'afgesloten',
    );
    expect(u).toMatchObject({
      zichtbaar: false,
      reden: 'verbod',
      regels: ['tmm-geen-melding-bij-opsporing'],
    });
  });

  it('agrees with statusZicht for every status and pair', () => {
    let zichtbaar = 0;
    for (const bron of beleid.partners.keys())
      for (const ontvanger of beleid.partners.keys())
        for (const status of STATUSSEN) {
          const v = vraag(bron, ontvanger, 'zorgcoordinatie');
          const z = statusZicht(beleid, v, status);
          const u = uitlegStatus(beleid, v, status);
          expect(u.zichtbaar).toBe(z !== undefined);
          expect(u.genoemd).toBe(z?.partner === true);
          if (z) zichtbaar++;
        }
    expect(zichtbaar).toBeGreaterThan(0);
  });

  it('groups the signals with the same outcome when sterkte and rol are open', () => {
    const groepen = uitlegTekstGroepen(
      beleid,
      {
        bron: 'zorgcoordinator-gv',
        ontvanger: 'gemeente-laren',
        doel: 'zorgcoordinatie',
        signaal: { uitbuitingsvormen: [] },
      },
      { soort: 'status', status: 'afgesloten' },
    );
    const zichtbaar = groepen.filter((g) => g.toegestaan);
    expect(zichtbaar).toHaveLength(1);
    expect(new Set(zichtbaar[0]?.signalen.map((s) => s.rol))).toEqual(new Set(['slachtoffer']));
    expect(groepen.some((g) => !g.toegestaan)).toBe(true);
  });
});

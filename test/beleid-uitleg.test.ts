/**
 * `uitleg` on the example set: the conditions that fail, the verbod that wins, the second key,
 * and, over the whole space of questions, agreement with `beslis`.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import type { Vraag } from '../src/policy/beleid.js';
import { ROLLEN, STERKTES, UITBUITINGSVORMEN } from '../src/policy/categorieen.js';
import { beslis, laadBeleid } from '../src/policy/index.js';
import { controleerVraag, uitleg } from '../src/policy/uitleg.js';
import { uitlegGroepen } from '../src/policy/uitleg-groepen.js';
import { uitlegTekst } from '../src/policy/uitleg-tekst.js';

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

describe('uitleg', () => {
  it('names the condition that fails (the example of issue 3)', () => {
    const u = uitleg(
      beleid,
      vraag('vtgv', 'tmm', 'opsporing', { uitbuitingsvormen: ['criminele_uitbuiting'] }),
    );
    expect(u.besluit.toegestaan).toBe(false);
    expect(u.reden).toBe('eerste-sleutel');
    expect(u.toestemmingen.find((t) => t.id === 'vtgv-politie')).toMatchObject({
      past: false,
      waarom: ['sterkte zacht, de regel vraagt hard'],
      positie: { bestand: 'regels/vtgv.yaml' },
    });
    expect(u.toestemmingen.find((t) => t.id === 'vtgv-signalentafel')?.waarom).toEqual([
      "'aan' (riec-mn) omvat tmm niet",
      "doel 'opsporing' staat niet in 'doelen' (casusoverleg)",
    ]);
    expect(u.ontvangst).toEqual({ mag: true, grondslagen: ['sr-273f', 'wpg-9'] });
    const tekst = uitlegTekst(beleid, u);
    expect(tekst).toContain('Besluit: GEWEIGERD (eerste-sleutel');
    expect(tekst).toMatch(
      /past niet vtgv-politie \(regels\/vtgv\.yaml:\d+\).*\n +want sterkte zacht, de regel vraagt hard/,
    );
  });

  it('shows the verbod that wins over a rule that applies, with its grondslagen in full', () => {
    const u = uitleg(
      beleid,
      vraag('tmm', 'gemeente-hilversum', 'casusoverleg', { sterkte: 'hard' }),
    );
    expect(u.reden).toBe('verbod');
    expect(u.toestemmingen[0]).toMatchObject({ id: 'tmm-casusoverleg', past: true, waarom: [] });
    expect(u.verboden).toMatchObject([{ id: 'tmm-geen-melding-bij-opsporing', past: true }]);
    expect(u.grondslagen.map((g) => [g.id, g.wet])).toEqual([
      ['uavg-41', 'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)'],
      ['wpg-20', 'Wet politiegegevens (Wpg)'],
    ]);
    expect(uitlegTekst(beleid, u)).toContain('Grondslagen van het verbod:\n  uavg-41: ');
  });

  it('tells a missing second key from a missing first key', () => {
    const u = uitleg(
      beleid,
      vraag('vtgv', 'nla-toezicht', 'opsporing', {
        uitbuitingsvormen: ['arbeidsuitbuiting'],
        sterkte: 'hard',
        rol: 'werkgever',
      }),
    );
    expect(u.reden).toBe('tweede-sleutel');
    expect(u.toestemmingen[0]).toMatchObject({ id: 'vtgv-arbeidsinspectie', past: true });
    expect(u.ontvangst.mag).toBe(false);
    expect(uitlegTekst(beleid, u)).toContain(
      "Tweede sleutel ontbreekt: nla-toezicht mag niet ontvangen voor doel 'opsporing'",
    );
  });

  it('agrees with beslis on every partner pair, doel, sterkte, rol and single vorm', () => {
    const vormen = [[], ...UITBUITINGSVORMEN.map((v) => [v])];
    let getoetst = 0;
    for (const bron of beleid.partners.keys())
      for (const ontvanger of beleid.partners.keys())
        for (const doel of beleid.doelen.keys())
          for (const sterkte of STERKTES)
            for (const rol of ROLLEN)
              for (const v of vormen) {
                const q = vraag(bron, ontvanger, doel, { uitbuitingsvormen: v, sterkte, rol });
                const u = uitleg(beleid, q);
                const b = beslis(beleid, q);
                const toe = u.toestemmingen.filter((t) => t.past).map((t) => t.id);
                const verb = u.verboden.filter((t) => t.past).map((t) => t.id);
                getoetst++;
                if (
                  u.besluit.toegestaan !== b.toegestaan ||
                  (u.reden === undefined) !== b.toegestaan
                )
                  throw new Error(`oneens: ${JSON.stringify(q)}`);
                if (b.toegestaan && b.regels.join() !== toe.join())
                  throw new Error(`regels oneens: ${JSON.stringify(q)}`);
                if (u.reden === 'verbod' && b.regels.join() !== verb.join())
                  throw new Error(`verbod oneens: ${JSON.stringify(q)}`);
                if (u.reden === 'tweede-sleutel' && (toe.length === 0 || u.ontvangst.mag))
                  throw new Error(`tweede sleutel oneens: ${JSON.stringify(q)}`);
              }
    expect(getoetst).toBe(beleid.partners.size ** 2 * beleid.doelen.size * 2 * 5 * 8);
  });
});

describe('controleerVraag', () => {
  it('suggests the nearest known name', () => {
    expect(
      controleerVraag(beleid, {
        ...vraag('vtgv', 'zorgcoordinator', 'zorgcoordinatie'),
        signaal: {
          uitbuitingsvormen: ['criminele'] as never,
          sterkte: 'zacht',
          rol: 'slachtoffer',
        },
      }),
    ).toEqual([
      expect.stringMatching(
        /^Onbekende ontvanger 'zorgcoordinator'\. Bedoelt u 'zorgcoordinator-gv'\? Kies uit: vtgv, /,
      ),
      expect.stringMatching(
        /^Onbekende uitbuitingsvorm 'criminele'\. Bedoelt u 'criminele_uitbuiting'\?/,
      ),
    ]);
  });
});

describe('uitlegGroepen', () => {
  it('groups the values of an open sterkte and rol by outcome', () => {
    const groepen = uitlegGroepen(beleid, {
      bron: 'vtgv',
      ontvanger: 'tmm',
      doel: 'opsporing',
      signaal: { uitbuitingsvormen: ['criminele_uitbuiting'] },
    });
    expect(groepen.map((g) => [g.uitleg.besluit.toegestaan, g.signalen.length])).toEqual([
      [false, 5],
      [true, 5],
    ]);
    expect(groepen[1]?.signalen.every((s) => s.sterkte === 'hard')).toBe(true);
  });
});

/**
 * The matrix and the verwerkingsregister after the match (issue 16): the overdrachten and the
 * terugkoppeling they list are exactly what the gateway's own decisions allow, and the
 * register tells who learns which status of whose signal, for which doel, on which grondslag.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { laadBeleid } from '../src/policy/index.js';
import { beleidMatrix } from '../src/policy/matrix.js';
import { overdrachtMatrix, terugkoppelingMatrix } from '../src/policy/matrix-na-overlap.js';
import { matrixRapport } from '../src/policy/matrix-rapport.js';
import { beslisOverdracht } from '../src/policy/overdracht.js';
import { alsMarkdown } from '../src/policy/rapport.js';
import { verwerkingsregister } from '../src/policy/register.js';
import { registerRapport } from '../src/policy/register-rapport.js';
import { signaalklassen } from '../src/policy/signaalruimte.js';
import { statusZicht } from '../src/policy/terugkoppeling.js';
import { STATUSSEN } from '../src/policy/terugkoppeling-woorden.js';

const beleid = laadBeleid(leesBeleidBestanden('policies'));
const matrix = beleidMatrix(beleid);
const register = verwerkingsregister(beleid, matrix);
// Every class with at most one vorm: each rule's condition is met or missed by one of them.
const klassen = signaalklassen().filter((k) => k.signaal.uitbuitingsvormen.length <= 1);

describe('overdrachten in de matrix', () => {
  it('lists exactly the allowed overdrachten, with their gegevens, rules and grondslagen', () => {
    const stromen = overdrachtMatrix(beleid);
    let toegestaan = 0;
    for (const bron of beleid.partners.keys())
      for (const ontvanger of beleid.partners.keys())
        for (const doel of beleid.doelen.keys())
          for (const k of klassen) {
            const b = beslisOverdracht(beleid, { bron, ontvanger, doel, signaal: k.signaal });
            const rij = stromen.filter(
              (s) =>
                s.bron === bron &&
                s.ontvanger === ontvanger &&
                s.doel === doel &&
                s.klassen.includes(k.index),
            );
            if (!b.toegestaan) {
              if (rij.length > 0)
                throw new Error(`noemt een weigering: ${bron} ${ontvanger} ${doel}`);
              continue;
            }
            toegestaan++;
            expect(rij).toHaveLength(1);
            expect(rij[0]).toMatchObject({
              gegevens: b.gegevens,
              regels: b.regels,
              grondslagen: b.grondslagen,
            });
          }
    expect(toegestaan).toBeGreaterThan(0);
  });

  it('lists the terugkoppeling of every rule that grants it, with the statuses the gateway shows', () => {
    const stromen = terugkoppelingMatrix(beleid, matrix);
    expect(stromen.length).toBeGreaterThan(0);
    for (const s of stromen)
      for (const k of s.klassen) {
        const vraag = {
          bron: s.bron,
          ontvanger: s.ontvanger,
          doel: s.doel,
          signaal: signaalklassen()[k]!.signaal,
        };
        expect(STATUSSEN.filter((x) => statusZicht(beleid, vraag, x))).toEqual(s.statussen);
      }
    const metTerugkoppeling = matrix.filter((m) => m.gegevens.includes('terugkoppeling'));
    expect(stromen.map((s) => `${s.bron}|${s.ontvanger}|${s.doel}`)).toEqual(
      metTerugkoppeling.map((m) => `${m.bron}|${m.ontvanger}|${m.doel}`),
    );
  });

  it('shows both flows in the report', () => {
    const md = alsMarkdown(matrixRapport(beleid, matrix));
    expect(md).toContain('## Na de overlap: overdrachten');
    expect(md).toContain(
      '| gemeente-hilversum | zorgcoordinator-gv | zorgcoordinatie | rol slachtoffer of overig | overdrager en contact, uitbuitingsvorm, sterkte, rol, referentie | avg-6-1-e, college-opdracht | gemeente-overdracht-zorgcoordinator |',
    );
    expect(md).toContain(
      'Ketenrollen (een overdracht aan een rol gaat naar de partner die hem vervult, onder dezelfde regels): meldpunt: vtgv; zorgcoordinator: zorgcoordinator-gv.',
    );
    expect(md).toContain('## Na de overlap: terugkoppeling');
    expect(md).toContain(
      '| zorgcoordinator-gv | gemeente-laren | zorgcoordinatie | rol slachtoffer | in_behandeling, hulp_gestart, geen_handelingsperspectief, afgesloten | ja |',
    );
  });
});

describe('het verwerkingsregister over terugkoppeling en overdracht', () => {
  it('tells which statuses reach whom, for which doel, on which grondslag', () => {
    const zc = register.find(
      (v) => v.soort === 'terugkoppeling' && v.verantwoordelijke.id === 'zorgcoordinator-gv',
    );
    expect(zc).toMatchObject({
      doelen: [{ id: 'zorgcoordinatie' }],
      statussen: ['in_behandeling', 'hulp_gestart', 'geen_handelingsperspectief', 'afgesloten'],
      genoemd: true,
      betrokkenen: ['slachtoffer'],
    });
    expect(zc?.ontvangers).toEqual(
      [...beleid.partners.values()].filter((p) => p.soort === 'gemeente').map((p) => p.id),
    );
    expect(zc?.grondslagen.map((g) => g.id)).toContain('college-opdracht');
    // Only partners with terugkoppeling in a rule give it; Veilig Thuis gives all statuses.
    const gevers = register
      .filter((v) => v.soort === 'terugkoppeling')
      .map((v) => v.verantwoordelijke.id);
    expect(gevers.sort()).toEqual(['vtgv', 'zorgcoordinator-gv']);
    expect(
      register.find((v) => v.soort === 'terugkoppeling' && v.verantwoordelijke.id === 'vtgv')
        ?.statussen,
    ).toEqual([...STATUSSEN]);
  });

  it('lists each overdracht a partner may do, and says so in the report', () => {
    const hilversum = register.filter(
      (v) => v.soort === 'overdracht' && v.verantwoordelijke.id === 'gemeente-hilversum',
    );
    expect(hilversum.map((v) => [v.doelen[0]?.id, v.ontvangers])).toEqual([
      ['signalering', ['vtgv', 'vtu']],
      ['zorgcoordinatie', ['zorgcoordinator-gv']],
      ['veiligheidsbeoordeling', ['vtgv', 'vtu']],
      ['toezicht', ['nla-toezicht']],
    ]);
    const md = alsMarkdown(
      registerRapport(beleid, register, { opgesteldOp: 0, ondertekenaars: [] }),
    );
    expect(md).toMatch(
      /## \d+\. Gemeente Hilversum: signalen overdragen voor doel Zorgcoördinatie/,
    );
    expect(md).toMatch(
      /## \d+\. Zorgcoördinatie mensenhandel Gooi en Vechtstreek \(HVO-Querido\): terugkoppeling voor doel Zorgcoördinatie/,
    );
    expect(md).toContain(
      'de status van het signaal, alleen: in_behandeling, hulp_gestart, geen_handelingsperspectief, afgesloten',
    );
    expect(md).toContain('alleen als die partner bij het signaal betrokken is');
  });
});

/**
 * The verstrekkingsmatrix and the verwerkingsregister agree with the decision function on
 * every combination of source, recipient, doel and signal class: what they list is allowed,
 * and everything that is allowed is listed.
 */
import { describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../src/node/beleid-lezen.js';
import { beslis, laadBeleid } from '../src/policy/index.js';
import { beleidMatrix, type MatrixRegel } from '../src/policy/matrix.js';
import { matrixRapport } from '../src/policy/matrix-rapport.js';
import { alsHtml, alsMarkdown } from '../src/policy/rapport.js';
import { verwerkingsregister } from '../src/policy/register.js';
import { registerRapport } from '../src/policy/register-rapport.js';
import { signaalklassen } from '../src/policy/signaalruimte.js';

const beleid = laadBeleid(leesBeleidBestanden('policies'));
const matrix = beleidMatrix(beleid);
const register = verwerkingsregister(beleid, matrix);
const klassen = signaalklassen();

/** Calls `per` for every question of the finite space with its decision. */
function elkeVraag(
  per: (
    bron: string,
    ontvanger: string,
    doel: string,
    k: number,
    b: ReturnType<typeof beslis>,
  ) => void,
) {
  let n = 0;
  for (const bron of beleid.partners.keys())
    for (const ontvanger of beleid.partners.keys())
      for (const doel of beleid.doelen.keys())
        for (const k of klassen) {
          per(
            bron,
            ontvanger,
            doel,
            k.index,
            beslis(beleid, { bron, ontvanger, doel, signaal: k.signaal }),
          );
          n++;
        }
  return n;
}

describe('verstrekkingsmatrix', () => {
  it('lists exactly the allowed disclosures, with their fields, melden, rules and grondslagen', () => {
    const index = new Map<string, Array<{ m: MatrixRegel; klassen: Set<number> }>>();
    for (const m of matrix) {
      const sleutel = `${m.bron}|${m.ontvanger}|${m.doel}`;
      index.set(sleutel, [...(index.get(sleutel) ?? []), { m, klassen: new Set(m.klassen) }]);
    }
    let toegestaan = 0;
    const n = elkeVraag((bron, ontvanger, doel, k, b) => {
      const regels = (index.get(`${bron}|${ontvanger}|${doel}`) ?? []).filter((e) =>
        e.klassen.has(k),
      );
      if (!b.toegestaan) {
        if (regels.length !== 0)
          throw new Error(`matrix noemt een weigering: ${bron} ${ontvanger} ${doel} ${k}`);
        return;
      }
      toegestaan++;
      const [e, ...rest] = regels;
      if (!e || rest.length > 0)
        throw new Error(`matrix mist of verdubbelt: ${bron} ${ontvanger} ${doel} ${k}`);
      const m = e.m;
      if (
        m.gegevens.join() !== b.gegevens.join() ||
        m.melden !== b.melden ||
        m.regels.join() !== b.regels.join() ||
        m.grondslagen.join() !== b.grondslagen.join()
      )
        throw new Error(`matrix wijkt af: ${bron} ${ontvanger} ${doel} ${k}`);
    });
    expect(n).toBe(beleid.partners.size ** 2 * beleid.doelen.size * klassen.length);
    expect(toegestaan).toBe(matrix.reduce((s, m) => s + m.klassen.length, 0));
    expect(toegestaan).toBeGreaterThan(0);
  });

  it('renders the same cells as Markdown and as escaped HTML', () => {
    const blokken = matrixRapport(beleid, matrix);
    const md = alsMarkdown(blokken);
    const html = alsHtml(blokken);
    expect(md).toContain(
      '| tmm | opsporing | sterkte hard | bestaan, partner, contact, uitbuitingsvorm | nee | avg-6-1-e, sr-273f, wmo-4.1.1, wpg-9 | vtgv-politie |',
    );
    expect(html).toContain(
      '<tr><td>tmm</td><td>opsporing</td><td>sterkte hard</td><td>bestaan, partner, contact, uitbuitingsvorm</td><td>nee</td>',
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(alsHtml([{ soort: 'alinea', tekst: '<script>&' }])).toContain(
      '<p>&lt;script&gt;&amp;</p>',
    );
  });
});

describe('verwerkingsregister', () => {
  it('agrees with the decision function in both directions', () => {
    const verstrekkingen = new Map(
      register
        .filter((v) => v.soort === 'verstrekking')
        .map((v) => [`${v.verantwoordelijke.id}|${v.doelen[0]?.id}`, v]),
    );
    const gezien = new Map<
      string,
      {
        ontvangers: Set<string>;
        rollen: Set<string>;
        velden: Set<string>;
        grondslagen: Set<string>;
      }
    >();
    elkeVraag((bron, ontvanger, doel, k, b) => {
      if (!b.toegestaan) return;
      const v = verstrekkingen.get(`${bron}|${doel}`);
      const rol = klassen[k]!.signaal.rol;
      if (!v) throw new Error(`register mist de verwerking: ${bron} ${doel}`);
      if (
        !v.ontvangers.includes(ontvanger) ||
        !v.betrokkenen.includes(rol) ||
        !b.gegevens.every((g) => v.gegevens.includes(g)) ||
        !b.grondslagen.every((g) => v.grondslagen.some((x) => x.id === g))
      )
        throw new Error(`register mist: ${bron} ${ontvanger} ${doel} ${k}`);
      const g = gezien.get(`${bron}|${doel}`) ?? {
        ontvangers: new Set(),
        rollen: new Set(),
        velden: new Set(),
        grondslagen: new Set(),
      };
      g.ontvangers.add(ontvanger);
      g.rollen.add(rol);
      for (const x of b.gegevens) g.velden.add(x);
      for (const x of b.grondslagen) g.grondslagen.add(x);
      gezien.set(`${bron}|${doel}`, g);
    });
    // Nothing listed that no decision supports.
    expect([...verstrekkingen.keys()].sort()).toEqual([...gezien.keys()].sort());
    for (const [sleutel, v] of verstrekkingen) {
      const g = gezien.get(sleutel)!;
      expect(new Set(v.ontvangers)).toEqual(g.ontvangers);
      expect(new Set(v.betrokkenen)).toEqual(g.rollen);
      expect(new Set(v.gegevens)).toEqual(g.velden);
      expect(new Set(v.grondslagen.map((x) => x.id))).toEqual(g.grondslagen);
    }
  });

  it('names controller, purposes, categories, recipients and retention for each processing', () => {
    const md = alsMarkdown(
      registerRapport(beleid, register, { opgesteldOp: 0, ondertekenaars: [] }),
    );
    expect(md).toContain('# Verwerkingsregister (AVG artikel 30)');
    const tmm = register.find(
      (v) =>
        v.soort === 'verstrekking' &&
        v.verantwoordelijke.id === 'tmm' &&
        v.doelen[0]?.id === 'veiligheidsbeoordeling',
    );
    expect(tmm).toMatchObject({
      ontvangers: ['vtgv', 'vtu'],
      betrokkenen: ['slachtoffer'],
      gegevens: ['bestaan', 'partner', 'contact'],
    });
    expect(tmm?.bewaartermijn).toEqual({
      zacht: 12,
      hard: 60,
      logboek: beleid.logboekBewaartermijnMaanden,
    });
    for (const kop of [
      'Verwerkingsverantwoordelijke (a)',
      'Doeleinden (b)',
      'Categorieën betrokkenen (c)',
      'Ontvangers (d)',
      'Bewaartermijnen (f)',
    ])
      expect(md).toContain(`| ${kop} |`);
  });
});

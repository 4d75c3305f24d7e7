/**
 * @module
 * The figures as SVG made on the server (issue 19) with Observable Plot on a server DOM
 * (linkedom). Each cell is one mark with its own <title>; a suppressed cell is a marker without
 * height, labelled like every suppressed cell, so two grids that differ only in suppressed
 * cells draw the same bytes. Plot's <style> element moves into the werkplek's stylesheet
 * (CIJFERS_CSS in cijfers-stijl.ts), so the page's Content-Security-Policy needs no inline styles.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Cijfers, GetoondeCel } from '../cijfers/tabellen.js';

import { CIJFERS_KLASSE as KLASSE } from './cijfers-stijl.js';

/** What one chart shows: its cells, which dimension is the x axis and which the colour. */
export interface Grafiek {
  titel: string;
  beschrijving: string;
  cellen: readonly GetoondeCel[];
  x: 'periode' | 'a';
  kleur: 'a' | 'b';
}

/** The SVG text of `g`: a bar per shown cell, a cross on the axis per suppressed cell. */
export function grafiekSvg(g: Grafiek): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rijen = g.cellen.map((c) => ({
    x: g.x === 'periode' ? c.periode : c.a,
    kleur: g.kleur === 'a' ? c.a : c.b,
    waarde: c.waarde ?? 0,
    label: `${c.periode} ${c.a === '*' ? 'regio' : c.a} ${c.b}: ${c.label}`,
  }));
  const getoond = rijen.filter((_, i) => g.cellen[i]?.waarde !== null);
  const afgeschermd = rijen.filter((_, i) => g.cellen[i]?.waarde === null);
  const svg = Plot.plot({
    document: document as unknown as Document,
    className: KLASSE,
    width: 720,
    height: 320,
    marginBottom: 60,
    x: { label: null, tickRotate: -30, type: 'band' },
    fx: { label: null },
    y: { label: 'aantal', grid: true },
    color: { legend: false },
    marks: [
      Plot.barY(getoond, { fx: 'x', x: 'kleur', y: 'waarde', fill: 'kleur', title: 'label' }),
      Plot.dot(afgeschermd, {
        fx: 'x',
        x: 'kleur',
        y: 0,
        symbol: 'times',
        r: 4,
        className: 'afgeschermd',
        title: 'label',
      }),
    ],
  }) as unknown as Element;
  svg.querySelector('style')?.remove();
  const titel = document.createElement('title');
  titel.textContent = g.titel;
  const desc = document.createElement('desc');
  desc.textContent = g.beschrijving;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(titel, svg.firstChild);
  svg.setAttribute('role', 'img');
  return svg.outerHTML;
}

/**
 * The charts of one viewer's figures, as the werkplek draws them: the monthly trend per aard
 * (not in the half-year report), registrations per gemeente and aard per half-year, and the
 * forms of exploitation per half-year. Drawn from `c` alone, the same data `GET /v1/cijfers`
 * answers, so what the JSON does not depend on, the pictures do not either.
 */
export function cijferGrafieken(c: Cijfers, rapport: boolean): string[] {
  const t1 = c.tabellen.find((t) => t.tabel === 't1')?.cellen ?? [];
  const t2 = c.tabellen.find((t) => t.tabel === 't2')?.cellen ?? [];
  const maanden = t1.filter((x) => /^\d{4}-\d{2}$/.test(x.periode) && x.a === '*');
  const halfjaar = t1.filter((x) => x.periode.includes('H') && x.a !== '*');
  const vormen = t2.filter((x) => x.a !== '*' && x.b === '*');
  const lijst = [
    ...(rapport ? [] : [['Maandelijkse trend per aard (regio)', maanden, 'periode'] as const]),
    ['Registraties per gemeente en aard, per halfjaar', halfjaar, 'a'] as const,
    ['Uitbuitingsvormen per halfjaar', vormen, 'a'] as const,
  ];
  return lijst.map(([titel, cellen, x]) =>
    grafiekSvg({ titel, beschrijving: beschrijf(cellen, c.drempel), cellen, x, kleur: 'b' }),
  );
}

function beschrijf(cellen: readonly GetoondeCel[], drempel: number): string {
  const weg = cellen.filter((c) => c.waarde === null).length;
  return cellen.length === 0
    ? 'Nog geen afgesloten periode in dit jaar.'
    : `${cellen.length} aantallen, waarvan ${weg} afgeschermd (getekend als kruisje op de as, < ${drempel}).`;
}

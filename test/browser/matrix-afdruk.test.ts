/**
 * The printed verstrekkingsmatrix (issue 14): in Chromium's print emulation, on the paper
 * the page itself asks for (its @page size and margins; A4 portrait with Chromium's default
 * margin when it names none), every column header of every table lies inside the printable
 * width, so no recipient falls off the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leesBeleidBestanden } from '../../src/node/beleid-lezen.js';
import { laadBeleid } from '../../src/policy/index.js';
import { beleidMatrix } from '../../src/policy/matrix.js';
import { matrixRapport } from '../../src/policy/matrix-rapport.js';
import { alsHtml } from '../../src/policy/rapport.js';
import { startChromium } from '../helpers/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await startChromium();
});
afterAll(async () => {
  await browser?.close();
});

const MM = 96 / 25.4;
const A4 = { breed: 210, hoog: 297 };

describe('de verstrekkingsmatrix op papier', () => {
  it('prints every column header inside the printable width', async () => {
    const beleid = laadBeleid(leesBeleidBestanden('policies'));
    const html = alsHtml(matrixRapport(beleid, beleidMatrix(beleid)));
    const pagina = await browser.newPage();
    await pagina.setContent(html);
    // The paper the page asks for: the size and margin of its @page rule.
    const papier = await pagina.evaluate(() => {
      for (const blad of Array.from(document.styleSheets))
        for (const r of Array.from(blad.cssRules))
          if (r instanceof CSSPageRule)
            return {
              size: r.style.getPropertyValue('size'),
              marge: r.style.getPropertyValue('margin-left'),
            };
      return { size: '', marge: '' };
    });
    const liggend = /landscape/.test(papier.size);
    const marge = papier.marge.endsWith('mm') ? Number.parseFloat(papier.marge) : 10;
    const breedte = Math.floor(((liggend ? A4.hoog : A4.breed) - 2 * marge) * MM);
    await pagina.setViewportSize({ width: breedte, height: 800 });
    await pagina.emulateMedia({ media: 'print' });
    const koppen = await pagina.$$eval('th', (ths) =>
      ths.map((th) => {
        const r = th.getBoundingClientRect();
        return { tekst: th.textContent ?? '', links: r.left, rechts: r.right };
      }),
    );
    // The overview has a column per partner, and every partner heads one.
    for (const p of beleid.partners.keys()) expect(koppen.map((k) => k.tekst)).toContain(p);
    const buiten = koppen.filter((k) => k.links < 0 || k.rechts > breedte + 0.5);
    expect(buiten.map((k) => `${k.tekst}: ${Math.round(k.rechts)} > ${breedte}`)).toEqual([]);
    await pagina.close();
  });
});

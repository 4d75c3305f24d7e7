/**
 * The figures page in the werkplek (issue 19): the GET page only shows a form; the figures
 * come with a POST that carries the session's CSRF token, are logged first, and show the
 * charts (SVG with title and description, no inline style) and the tables with the partner's
 * own counts beside the region's. The printable half-year report states the method.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog, naarProvider } from '../helpers/demo-inloggen.js';
import { registreer, signaal } from '../helpers/signalen.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';
import { POORT } from '../helpers/werkplek-sessie.js';

const GEMEENTE = 'gemeente-hilversum';
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts([GEMEENTE], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

describe('cijferpagina', () => {
  it('vraagt met een formulier, legt vast en toont grafieken en tabellen', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    o.zetKlok(Date.parse('2026-02-10T10:00:00Z'));
    for (let i = 0; i < 6; i++) {
      const p = [o.pseudoniem('telefoon', `06-555004${10 + i}`)];
      await registreer(o, GEMEENTE, signaal(o, { pseudoniemen: p }));
    }
    o.zetKlok(Date.parse('2026-07-02T10:00:00Z'));
    const { poortkoekjes, terug } = await naarProvider(o.app, GEMEENTE, 'medewerker', POORT);
    poortkoekjes.neem(await o.app.request(terug, { headers: { cookie: poortkoekjes.kop() } }));
    const kop = () => ({ cookie: poortkoekjes.kop() });
    const formulier = await (await o.app.request(`${POORT}/cijfers`, { headers: kop() })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(formulier)?.[1] ?? '';
    expect(csrf).not.toBe('');
    const voor = (await o.store.logboek(1, 10_000)).length;
    const vraag = (velden: Record<string, string>) =>
      o.app.request(`${POORT}/cijfers`, {
        method: 'POST',
        headers: { ...kop(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(velden).toString(),
      });
    expect((await vraag({ jaar: '2026', soort: 'pagina' })).status).toBe(403);
    expect((await o.store.logboek(1, 10_000)).length).toBe(voor);
    const r = await vraag({ csrf, jaar: '2026', soort: 'pagina' });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect((await o.store.logboek(1, 10_000)).at(-1)).toMatchObject({
      actie: 'cijfers',
      partner: GEMEENTE,
    });
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html).toContain('<title>Maandelijkse trend per aard (regio)</title><desc>');
    expect(html).not.toMatch(/<style|style=/);
    expect(html).toContain('<th class="utrecht-table__header-cell" scope="col">Eigen</th>');
    const rapport = await (await vraag({ csrf, jaar: '2026', soort: 'rapport' })).text();
    expect(rapport).toContain('Halfjaarrapport 2026');
    expect(rapport).toContain('Aantallen onder de drempel, nul inbegrepen, zijn afgeschermd');
  });
});

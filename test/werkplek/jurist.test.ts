/**
 * The jurist's pages: the loaded policy, the matrix and the register as the policy renderers
 * make them (embedded), the explain form for one decision and for "for which doelen".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import { beleidMatrix } from '../../src/policy/matrix.js';
import { matrixRapport } from '../../src/policy/matrix-rapport.js';
import { alsHtml } from '../../src/policy/rapport.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { alsIngelogd, POORT, werkplekMet } from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts(['vtgv'], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

describe('de pagina’s van de jurist', () => {
  it('tonen het geladen beleid en de matrix zoals de renderer hem maakt', async () => {
    const o = await werkplekMet(inloggen);
    const pagina = await alsIngelogd(o, 'ketenpoort', 'jurist');
    const start = await (await pagina('/jurist')).text();
    expect(start).toContain(o.beleid.hash);
    expect(start).toContain('partners.yaml');
    const matrix = await pagina('/jurist/matrix');
    expect(matrix.status).toBe(200);
    const html = await matrix.text();
    // Every table cell of the renderer's own page is in the embedded one.
    const rapport = alsHtml(matrixRapport(o.beleid, beleidMatrix(o.beleid)));
    const cellen = [...rapport.matchAll(/<td>([^<]+)<\/td>/g)].map((m) => m[1]!);
    expect(cellen.length).toBeGreaterThan(10);
    for (const cel of cellen) expect(html).toContain(`<td>${cel}</td>`);
    expect(html).not.toMatch(/<style|<body>.*<body>/s);
    expect((await pagina('/jurist/register')).status).toBe(200);
  });

  it('legt één besluit uit, en zegt voor welke doelen een partner mag ontvangen', async () => {
    const o = await werkplekMet(inloggen);
    const pagina = await alsIngelogd(o, 'ketenpoort', 'jurist');
    const een = await pagina('/jurist/uitleg?bron=vtgv&ontvanger=tmm&doel=opsporing&sterkte=hard');
    expect(een.status).toBe(200);
    expect(await een.text()).toMatch(/Toegestaan|Geweigerd/);
    const alle = await (
      await pagina('/jurist/uitleg?bron=vtgv&ontvanger=gemeente-hilversum&doel=')
    ).text();
    expect(alle).toMatch(/mag aan Gemeente Hilversum\s+verstrekken voor: /);
    const fout = await pagina('/jurist/uitleg?bron=onbekend&ontvanger=tmm&doel=opsporing');
    expect(fout.status).toBe(400);
    expect(await fout.text()).toContain('Onbekende bron');
  });

  it('legt een overdracht en de zichtbaarheid van een status uit (issue 16)', async () => {
    const o = await werkplekMet(inloggen);
    const pagina = await alsIngelogd(o, 'ketenpoort', 'jurist');
    const overdracht = await pagina(
      '/jurist/uitleg?vraag=overdracht&bron=gemeente-hilversum&ontvanger=zorgcoordinator-gv&doel=zorgcoordinatie&sterkte=zacht&rol=slachtoffer',
    );
    expect(overdracht.status).toBe(200);
    const html = await overdracht.text();
    expect(html).toContain('overdrachtsregels van gemeente-hilversum');
    expect(html).toContain('gemeente-overdracht-zorgcoordinator');
    const status = await (
      await pagina(
        '/jurist/uitleg?vraag=status%3Aontvangen&bron=zorgcoordinator-gv&ontvanger=gemeente-laren&doel=zorgcoordinatie&sterkte=zacht&rol=slachtoffer',
      )
    ).text();
    expect(status).toContain('NIET ZICHTBAAR (status-verborgen');
    const doelen = await (
      await pagina(
        '/jurist/uitleg?vraag=overdracht&bron=gemeente-hilversum&ontvanger=zorgcoordinator-gv&doel=',
      )
    ).text();
    expect(doelen).toMatch(/overdragen voor:\s+Zorgco/);
  });

  it('zonder de rol jurist geen jurist-pagina', async () => {
    const o = await werkplekMet(inloggen);
    const fg = await alsIngelogd(o, 'ketenpoort', 'fg');
    expect((await fg('/jurist')).status).toBe(403);
    expect((await fg('/jurist/matrix')).status).toBe(403);
  });
});

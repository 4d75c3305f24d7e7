/**
 * The regie buttons of the werkplek without a browser (issues 17 and 20), through the same use
 * cases as the API: a proposal declined, regie taken, handed over and accepted on the regie
 * page; the 409 of a second claim names nobody; a wrong answer changes nothing. The browser
 * test (test/browser/werkplek-regie.test.ts) does the keyboard, axe and the third partner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { casussen, GEMEENTE, meld, ZC } from '../helpers/regie.js';
import { alsIngelogd, POORT, postFormulier, werkplekMet } from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts([GEMEENTE, ZC], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

/** The newest regie proposal answerable on a page (the inbox lists the oldest first). */
const voorstelIn = (html: string) =>
  [...html.matchAll(/action="\/partner\/regievoorstellen\/([^/]+)\/antwoord"/g)].at(
    -1,
  )?.[1] as string;

describe('regie op de werkplek', () => {
  it('afwijzen, zelf nemen, overdragen en aannemen', async () => {
    const o = await werkplekMet(inloggen);
    const g = await meld(o, GEMEENTE);
    const z = await meld(o, ZC);
    const casus = (await casussen(o, GEMEENTE, g)).casussen[0]?.id as string;
    const gem = await alsIngelogd(o, GEMEENTE, 'medewerker');
    const zc = await alsIngelogd(o, ZC, 'medewerker');
    const stel = (pagina: typeof gem, signaal: string, naar: string) =>
      postFormulier(pagina, `/partner/signalen/${signaal}/casussen/${casus}/regie`, {
        naar,
        doel: 'zorgcoordinatie',
      });
    const regiePagina = async (pagina: typeof gem, signaal: string) => {
      const r = await postFormulier(pagina, `/partner/signalen/${signaal}/regie`, {});
      expect(r.status).toBe(200);
      return r.text();
    };

    // The gemeente proposes the zorgcoördinator, which declines in its inbox.
    expect((await stel(gem, g, ZC)).status).toBe(201);
    const inbox = await (await zc('/partner/inbox')).text();
    const eerste = voorstelIn(inbox);
    const fout = await postFormulier(zc, `/partner/regievoorstellen/${eerste}/antwoord`, {
      antwoord: 'misschien',
    });
    expect(fout.status).toBe(400);
    const nee = await postFormulier(zc, `/partner/regievoorstellen/${eerste}/antwoord`, {
      antwoord: 'afgewezen',
    });
    expect(await nee.text()).toContain('Regie afgewezen');
    expect(await (await gem('/partner/inbox')).text()).toContain('Uw regievoorstel is afgewezen.');
    expect(await regiePagina(gem, g)).not.toContain('Uw voorstel:');

    // The zorgcoördinator takes regie itself; a claim of the gemeente then gets 409, naming nobody.
    const neemt = await stel(zc, z, ZC);
    expect(neemt.status).toBe(201);
    expect(await neemt.text()).toContain('Regie genomen');
    const tweede = await stel(gem, g, GEMEENTE);
    expect(tweede.status).toBe(409);
    const tekst = await tweede.text();
    expect(tekst).toContain('Deze casus heeft al een regisseur');
    expect(tekst).not.toContain('Zorgcoördinatie mensenhandel');

    // It hands over to the gemeente, which accepts on its regie page.
    const over = await stel(zc, z, GEMEENTE);
    expect(await over.text()).toContain('Het voorstel aan Gemeente Hilversum staat open');
    const bijG = await regiePagina(gem, g);
    expect(bijG).toContain('Voorstel aan uw organisatie: neem de regie, voor Zorgcoördinatie.');
    const ja = await postFormulier(gem, `/partner/regievoorstellen/${voorstelIn(bijG)}/antwoord`, {
      antwoord: 'aangenomen',
    });
    expect(await ja.text()).toContain('Regie aangenomen');
    expect(await regiePagina(gem, g)).toContain('Uw organisatie heeft de regie.');
    expect(await regiePagina(zc, z)).toContain('Gemeente Hilversum heeft de regie.');
    expect((await o.store.regie(casus))?.regisseur).toBe(GEMEENTE);
  });
});

/**
 * The warnings on the FG's control page (issue 15 item 4): a try above a quota and
 * withdrawals soon after registering, shown readably (partner name, what led to it, counter,
 * limit, count, times) to the gateway's FG and to the partner's own FG, never to another
 * partner's FG.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { quotaYaml, START } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';
import { alsIngelogd, POORT } from '../helpers/werkplek-sessie.js';

const GEMEENTE = 'gemeente-hilversum';
const MINUUT = 60_000;
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(
    demoAccounts(['vtgv', GEMEENTE], 'ketenpoort'),
    POORT,
  ));
});
afterAll(() => idp?.stop());

const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('waarschuwingen op de controlepagina', () => {
  it('tonen een poging boven het quotum en snelle intrekkingen, alleen aan wie ze mag zien', async () => {
    const o = await maakWerkplekOmgeving(
      { inloggen },
      { quota: quotaYaml({ registraties: { uur: 4, dag: 50 } }, { minuten: 60, aantal: 2 }) },
    );
    // Three registrations withdrawn within minutes, then a fourth and one above the quotum.
    for (let i = 0; i < 3; i++) {
      o.zetKlok(START + i * MINUUT);
      const s = await registreer(o, GEMEENTE, signaal(o));
      expect((await o.vraag(GEMEENTE, 'DELETE', `/v1/signalen/${s.id}`)).status).toBe(204);
    }
    await registreer(o, GEMEENTE, signaal(o));
    expect((await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o))).status).toBe(429);

    for (const [organisatie, ziet] of [
      ['ketenpoort', true],
      [GEMEENTE, true],
      ['vtgv', false],
    ] as const) {
      const pagina = await alsIngelogd(o, organisatie);
      const html = await (await pagina('/fg/controle')).text();
      if (!ziet) {
        expect(html).toContain('Er zijn geen waarschuwingen.');
        continue;
      }
      const zin = tekst(html);
      expect(zin).toContain('2 waarschuwingen');
      expect(zin).toMatch(
        /Gemeente Hilversum Poging boven het quotum registraties per uur 4 1 \d{1,2} \w+ 2026/,
      );
      expect(zin).toContain('Gemeente Hilversum Intrekkingen kort na registreren intrekkingen');
    }
  });
});

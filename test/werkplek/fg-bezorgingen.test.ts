/**
 * Issue 18's delivery attempts on the control page: the gateway's FG sees them readably
 * (partner name, kanaal, try, outcome, reason); a partner's FG gets no such section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { START } from '../helpers/omgeving.js';
import { maakWerkplekOmgeving } from '../helpers/werkplek.js';
import { alsIngelogd, POORT } from '../helpers/werkplek-sessie.js';

const GEMEENTE = 'gemeente-hilversum';
let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(demoAccounts([GEMEENTE], 'ketenpoort'), POORT));
});
afterAll(() => idp?.stop());

const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('bezorgpogingen op de controlepagina', () => {
  it('ziet alleen de FG van de poort, leesbaar', async () => {
    const o = await maakWerkplekOmgeving({ inloggen });
    const stand = { partner: GEMEENTE, kanaal: 'webhook' as const, gemeld: 0, mislukt: 1 };
    await o.store.bezorgingen.claim(GEMEENTE, 'webhook', START, START);
    await o.store.bezorgingen.legVast(
      {
        partner: GEMEENTE,
        kanaal: 'webhook',
        tot: 3,
        keer: 1,
        tijdstip: START,
        uitkomst: 'mislukt',
        reden: 'status',
        status: 503,
      },
      { ...stand, volgendeOp: START + 5_000 },
    );
    const poort = tekst(await (await (await alsIngelogd(o, 'ketenpoort'))('/fg/controle')).text());
    expect(poort).toContain('1 bezorgpogingen');
    expect(poort).toMatch(/Gemeente Hilversum webhook 3 1 .+ mislukt ontvanger weigerde \(503\)/);
    const partner = await (await (await alsIngelogd(o, GEMEENTE))('/fg/controle')).text();
    // The partner FG's own control page, with its warnings section, without deliveries.
    expect(partner).toContain('Waarschuwingen');
    expect(partner).not.toContain('Bezorgingen');
    expect(partner).not.toContain('bezorgpoging');
  });
});

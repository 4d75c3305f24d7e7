/**
 * The werkplek's overdracht forms without a browser (issue 20): a ketenrol the policy does not
 * know is refused with what to fix and reaches nobody; an answer doorgezet needs a partner and
 * both keys, else the overdracht stays open; and what Veilig Thuis's inbox offers to pass an
 * overdracht on does not depend on what the gemeente's rule withholds (the signal's rol).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import { zonderToeval } from '../helpers/eenrichting.js';
import {
  alsIngelogd,
  POORT,
  postFormulier,
  type Werkplek,
  werkplekMet,
} from '../helpers/werkplek-sessie.js';

const GEMEENTE = 'gemeente-hilversum';
const VT = 'vtgv';
const ZC = 'zorgcoordinator-gv';
const EEMNES = 'gemeente-eemnes';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(
    demoAccounts([GEMEENTE, EEMNES, VT, ZC], 'ketenpoort'),
    POORT,
  ));
});
afterAll(() => idp?.stop());

/** A gateway where gemeente `wie` (Hilversum) registered one signal with `rol`. */
async function metSignaal(rol = 'slachtoffer', wie = GEMEENTE) {
  const o = await werkplekMet(inloggen);
  const gemeente = await alsIngelogd(o, wie, 'medewerker');
  await postFormulier(gemeente, '/partner/registreren', {
    rol,
    uitbuitingsvormen: ['seksuele_uitbuiting'],
    sterkte: 'zacht',
    gemeente: wie === EEMNES ? 'GM0317' : 'GM0402',
    doel: 'zorgcoordinatie',
    pseudoniemen: JSON.stringify([o.pseudoniem('bsn', '111222333')]),
  });
  const [s] = await o.store.signalenVan(wie, 1);
  return { o, gemeente, pad: `/partner/signalen/${s?.id}` };
}

/** Hands the gemeente's signal to the meldpunt for signalering; VT's session and the overdracht. */
async function aanHetMeldpunt(
  o: Werkplek,
  gemeente: Awaited<ReturnType<typeof alsIngelogd>>,
  pad: string,
) {
  const r = await postFormulier(gemeente, `${pad}/overdracht`, {
    naar: 'rol:meldpunt',
    doel: 'signalering',
  });
  expect(r.status).toBe(201);
  const vt = await alsIngelogd(o, VT, 'medewerker');
  const inbox = await (await vt('/partner/inbox')).text();
  const id = /action="\/partner\/overdrachten\/([^/]+)\/antwoord"/.exec(inbox)?.[1] as string;
  expect(id).toBeDefined();
  return { vt, inbox, id };
}

describe('overdracht aan een ketenrol op de werkplek', () => {
  it('een onbekende rol wordt geweigerd met wat de jurist moet doen, en bereikt niemand', async () => {
    const { o, gemeente, pad } = await metSignaal();
    const r = await postFormulier(gemeente, `${pad}/overdracht`, {
      naar: 'rol:wijkteam',
      doel: 'zorgcoordinatie',
    });
    expect(r.status).toBe(422);
    expect(await r.text()).toContain('Het beleid kent geen ketenrol');
    const zc = await alsIngelogd(o, ZC, 'medewerker');
    expect(await (await zc('/partner/inbox')).text()).toContain('Er zijn geen berichten.');
  });
});

describe('doorzetten vanuit de inbox', () => {
  it('vraagt een partner, en laat de overdracht open als de twee sleutels het niet toestaan', async () => {
    const { o, gemeente, pad } = await metSignaal();
    const { vt, id } = await aanHetMeldpunt(o, gemeente, pad);
    const actie = `/partner/overdrachten/${id}/antwoord`;
    const zonder = await postFormulier(vt, actie, { antwoord: 'doorgezet' });
    expect(await zonder.text()).toContain('Kies een reden of een partner uit de lijst.');
    // The zorgcoördinator may not receive for signalering: refused, logged, still open.
    const geweigerd = await postFormulier(vt, actie, { antwoord: 'doorgezet', naar: ZC });
    expect(geweigerd.status).toBe(422);
    expect((await o.store.overdracht(id))?.status).toBe('open');
    const door = await postFormulier(vt, actie, { antwoord: 'doorgezet', naar: 'vtu' });
    expect(door.status).toBe(200);
    expect(await door.text()).toContain('Doorgezet aan Veilig Thuis Utrecht');
    expect((await o.store.overdracht(id))?.status).toBe('doorgezet');
    // Veilig Thuis Utrecht has no rule toward Hilversum: Hilversum hears doorgezet, not to whom.
    expect(await (await gemeente('/partner/inbox')).text()).toContain(
      'Antwoord op uw overdracht: doorgezet.',
    );
  });

  it('noemt de volgende partner waar diens regel de overdrager dat laat weten', async () => {
    const { o, gemeente, pad } = await metSignaal('slachtoffer', EEMNES);
    const { vt, id } = await aanHetMeldpunt(o, gemeente, pad);
    await postFormulier(vt, `/partner/overdrachten/${id}/antwoord`, {
      antwoord: 'doorgezet',
      naar: 'vtu',
    });
    expect(await (await gemeente('/partner/inbox')).text()).toContain(
      'Antwoord op uw overdracht: doorgezet aan Veilig Thuis Utrecht.',
    );
  });

  it('de keuzes om door te zetten hangen niet af van wat de regel van de gemeente niet geeft', async () => {
    const inbox = async (rol: string) => {
      const { o, gemeente, pad } = await metSignaal(rol);
      return zonderToeval((await aanHetMeldpunt(o, gemeente, pad)).inbox).replace(
        /<strong>[^<]*<\/strong>/g,
        'TIJD',
      );
    };
    const slachtoffer = await inbox('slachtoffer');
    expect(slachtoffer).toContain('Doorzetten aan');
    expect(await inbox('werkgever')).toEqual(slachtoffer);
  });
});

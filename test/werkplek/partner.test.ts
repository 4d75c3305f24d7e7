/**
 * The partner employee's pages without a browser (issue 20): the page's post registers for
 * the session's organisation, with the session's opaque person as gebruiker and only with the
 * session's CSRF token; other roles are refused; the buttons act through the same use cases
 * as the API; and in the one-way case of issue 11 everything Veilig Thuis's employee can read
 * or press on the werkplek is the same whether the gemeente holds the person or not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../src/node/demo-inlogdienst.js';
import type { Inlogdienst } from '../../src/werkplek/oidc.js';
import { type DemoInlogdienst, demoInlog } from '../helpers/demo-inloggen.js';
import {
  eenrichtingsWereld,
  GEMEENTE,
  VOLGORDES,
  VT,
  zonderToeval,
} from '../helpers/eenrichting.js';
import {
  alsIngelogd,
  POORT,
  postFormulier,
  type Werkplek,
  werkplekMet,
} from '../helpers/werkplek-sessie.js';

let idp: DemoInlogdienst;
let inloggen: Inlogdienst;
beforeAll(async () => {
  ({ dienst: idp, inloggen } = await demoInlog(
    demoAccounts([VT, GEMEENTE, 'zorgcoordinator-gv'], 'ketenpoort'),
    POORT,
  ));
});
afterAll(() => idp?.stop());

const SIGNAAL = {
  rol: 'slachtoffer',
  uitbuitingsvormen: ['seksuele_uitbuiting'],
  sterkte: 'zacht',
  gemeente: 'GM0402',
  doel: 'zorgcoordinatie',
};

async function aantal(o: Werkplek, tabel: string) {
  return Number((await o.store.sql(`SELECT count(*) AS n FROM "${tabel}"`))[0]?.n);
}

describe('een signaal registreren op de werkplek', () => {
  it('registreert voor de organisatie van de sessie, met de onherleidbare persoon als gebruiker', async () => {
    const o = await werkplekMet(inloggen);
    const pagina = await alsIngelogd(o, GEMEENTE, 'medewerker');
    const r = await postFormulier(pagina, '/partner/registreren', {
      ...SIGNAAL,
      pseudoniemen: JSON.stringify([o.pseudoniem('bsn', '111222333')]),
    });
    expect(r.status).toBe(201);
    const html = await r.text();
    expect(html).toContain('Signaal geregistreerd');
    expect(html).toContain('Er is geen overlap die u volgens het beleid mag zien.');
    const [s] = await o.store.signalenVan(GEMEENTE, 10);
    expect(s?.partner).toBe(GEMEENTE);
    expect(s?.gebruiker).not.toBe('medewerker');
    expect(s?.gebruiker).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The list and the signal's page show it; reading them logs nothing.
    const voor = await aantal(o, 'logboek');
    expect(await (await pagina('/partner')).text()).toContain(`/partner/signalen/${s?.id}`);
    expect(await (await pagina(`/partner/signalen/${s?.id}`)).text()).toContain('Overlap bekijken');
    expect(await aantal(o, 'logboek')).toBe(voor);
  });

  it('weigert een post zonder het CSRF-token van de sessie, en andere rollen dan medewerker', async () => {
    const o = await werkplekMet(inloggen);
    const pagina = await alsIngelogd(o, GEMEENTE, 'medewerker');
    const velden = { ...SIGNAAL, pseudoniemen: JSON.stringify([o.pseudoniem('bsn', '111222333')]) };
    expect((await postFormulier(pagina, '/partner/registreren', velden, 'verkeerd')).status).toBe(
      403,
    );
    const fg = await alsIngelogd(o, GEMEENTE, 'fg');
    expect((await fg('/partner')).status).toBe(403);
    expect((await fg('/partner/registreren')).status).toBe(403);
    expect(await o.store.signalenVan(GEMEENTE, 10)).toEqual([]);
    // Nothing but pseudonyms is accepted: a typed BSN is no pseudonym.
    const kaal = await postFormulier(pagina, '/partner/registreren', {
      ...SIGNAAL,
      pseudoniemen: JSON.stringify([
        { soort: 'bsn', versie: 'v2', sleutel: 'demo-v2', waarde: '111222333' },
      ]),
    });
    expect(kaal.status).toBe(400);
    expect(await o.store.signalenVan(GEMEENTE, 10)).toEqual([]);
  });

  it('overlap, stand en intrekken werken via dezelfde use cases als de API', async () => {
    const o = await werkplekMet(inloggen);
    const vt = await alsIngelogd(o, VT, 'medewerker');
    const gemeente = await alsIngelogd(o, GEMEENTE, 'medewerker');
    const bsn = JSON.stringify([o.pseudoniem('bsn', '111222333')]);
    await postFormulier(gemeente, '/partner/registreren', { ...SIGNAAL, pseudoniemen: bsn });
    const r = await postFormulier(vt, '/partner/registreren', {
      ...SIGNAAL,
      sterkte: 'hard',
      doel: 'casusoverleg',
      pseudoniemen: bsn,
    });
    expect(r.status).toBe(201);
    const [eigen] = await o.store.signalenVan(GEMEENTE, 10);
    const inbox = await (await gemeente('/partner/inbox')).text();
    expect(inbox).toContain(
      'Nieuwe overlap op uw signaal: Veilig Thuis Gooi en Vechtstreek heeft ook een signaal',
    );
    const nu = await postFormulier(gemeente, `/partner/signalen/${eigen?.id}/overlap`, {});
    expect(await nu.text()).toContain('Veilig Thuis Gooi en Vechtstreek heeft ook een signaal');
    const stand = await postFormulier(gemeente, `/partner/signalen/${eigen?.id}/status`, {
      status: 'in_behandeling',
    });
    expect(stand.status).toBe(200);
    expect((await o.store.status(eigen!.id))?.status).toBe('in_behandeling');
    // Two statuses need their closed reason or outcome.
    const zonderReden = { status: 'geen_handelingsperspectief' };
    const pad = `/partner/signalen/${eigen?.id}/status`;
    expect((await postFormulier(gemeente, pad, zonderReden)).status).toBe(400);
    const metReden = { ...zonderReden, reden: 'niet_bevestigd' };
    expect((await postFormulier(gemeente, pad, metReden)).status).toBe(200);
    expect(await o.store.status(eigen!.id)).toMatchObject({ toelichting: 'niet_bevestigd' });
    expect(
      (await postFormulier(gemeente, `/partner/signalen/${eigen?.id}/intrekken`, {})).status,
    ).toBe(200);
    const nogmaals = await postFormulier(gemeente, `/partner/signalen/${eigen?.id}/intrekken`, {});
    expect(nogmaals.status).toBe(409);
    expect(await nogmaals.text()).toContain('Dit signaal was al ingetrokken.');
  });
});

describe('terugkoppeling vragen vanuit de inbox', () => {
  it('vraagt de zorgcoördinator naar haar signaal over het blad van de verstrekking', async () => {
    const o = await werkplekMet(inloggen);
    const gemeente = await alsIngelogd(o, GEMEENTE, 'medewerker');
    const zc = await alsIngelogd(o, 'zorgcoordinator-gv', 'medewerker');
    const bsn = JSON.stringify([o.pseudoniem('bsn', '111222333')]);
    await postFormulier(gemeente, '/partner/registreren', { ...SIGNAAL, pseudoniemen: bsn });
    await postFormulier(zc, '/partner/registreren', { ...SIGNAAL, pseudoniemen: bsn });
    const inbox = await (await gemeente('/partner/inbox')).text();
    const blad = /name="verstrekking" value="(\d+)"/.exec(inbox)?.[1];
    expect(blad).toBeDefined();
    const vraag = await postFormulier(gemeente, '/partner/terugkoppeling-vragen', {
      verstrekking: blad!,
      gevraagdVoor: '2026-03-20',
    });
    expect(vraag.status).toBe(201);
    expect(await (await zc('/partner/inbox')).text()).toContain(
      'Een partner vraagt om terugkoppeling over uw signaal.',
    );
  });
});

describe.each(VOLGORDES)(
  'eenrichtingsregel op de pagina’s van de medewerker: %s',
  (_, volgorde) => {
    /** Everything VT's employee can read or press about its own signal. */
    async function waarneming(zelfdePersoon: boolean) {
      const o = await eenrichtingsWereld(inloggen, volgorde, zelfdePersoon);
      const vt = await alsIngelogd(o, VT, 'medewerker');
      const [eigen] = await o.store.signalenVan(VT, 10);
      const lees = async (r: Response) => `${r.status}\n${zonderToeval(await r.text())}`;
      return [
        await lees(await vt('/partner')),
        await lees(await vt(`/partner/signalen/${eigen?.id}`)),
        await lees(await vt('/partner/inbox')),
        await lees(await postFormulier(vt, `/partner/signalen/${eigen?.id}/overlap`, {})),
        await lees(await vt('/partner/inbox')),
      ];
    }

    it('VT ziet hetzelfde als bij een onbekende persoon', async () => {
      const gematcht = await waarneming(true);
      expect(gematcht).toEqual(await waarneming(false));
      // Not vacuous: the overlap page was made, and says there is nothing VT may see.
      expect(gematcht[3]).toContain('Er is geen overlap die u volgens het beleid mag zien.');
    });
  },
);

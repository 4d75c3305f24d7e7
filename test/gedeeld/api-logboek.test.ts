/**
 * GET /v1/logboek: the FG searches the logboek with filters and a cursor; a partner's FG
 * sees only entries in which its organisation acts, is bron or ontvanger, and never another
 * organisation's employee id.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/logboek/entry.js';
import { maakOmgeving, type Omgeving } from '../helpers/omgeving.js';
import { registreer, signaal } from '../helpers/signalen.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** Gemeente Hilversum and Veilig Thuis register on the same person; TMM on someone else. */
async function opzet() {
  const o = await maakOmgeving();
  const gemeente = await registreer(o, 'gemeente-hilversum', signaal(o));
  const r = await o.app.request('/v1/signalen', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await o.token('vtgv')}`,
      'content-type': 'application/json',
      traceparent: TRACEPARENT,
    },
    body: JSON.stringify(signaal(o, { sterkte: 'hard', doel: 'veiligheidsbeoordeling' })),
  });
  expect(r.status).toBe(201);
  const vt = (await r.json()) as { id: string };
  const tmm = await registreer(
    o,
    'tmm',
    signaal(o, {
      pseudoniemen: [o.pseudoniem('kenteken', 'XX-999-X')],
      doel: 'opsporing',
      rol: 'vermoedelijke_dader',
    }),
  );
  return { o, gemeente, vt, tmm };
}

async function zoek(o: Omgeving, wie: string, query = '') {
  const r = await o.vraag(wie, 'GET', `/v1/logboek${query}`);
  const body = await r.json();
  expect(r.status, JSON.stringify(body)).toBe(200);
  return body as { regels: Entry[]; volgende: number | null };
}

describe('GET /v1/logboek', () => {
  it('de FG van de poort ziet alles, oudste eerst, gelijk aan het opgeslagen logboek', async () => {
    const { o } = await opzet();
    const { regels, volgende } = await zoek(o, 'ketenpoort-fg');
    expect(regels).toEqual(await o.store.logboek(1, 1000));
    expect(regels.map((e) => e.volgnummer)).toEqual(regels.map((_, i) => i + 1));
    expect(volgende).toBeNull();
  });

  it('bewaart de W3C traceparent van de aanroeper', async () => {
    const { o, vt } = await opzet();
    const { regels } = await zoek(o, 'ketenpoort-fg', `?signaal=${vt.id}&actie=registratie`);
    expect(regels).toHaveLength(1);
    expect(regels[0]!.verzoek).toMatchObject({ traceparent: TRACEPARENT });
  });

  it('filtert op actie, bron, ontvanger, doel, signaal, grondslag, regel, beleid en periode', async () => {
    const { o, gemeente, vt } = await opzet();
    const alle = await o.store.logboek(1, 1000);
    const verstrekking = alle.find((e) => e.actie === 'verstrekking' && e.bron === 'vtgv');
    expect(verstrekking).toBeDefined();
    const v = verstrekking!;
    const gevallen: Array<[string, (e: Entry) => boolean]> = [
      ['?actie=registratie', (e) => e.actie === 'registratie'],
      ['?bron=vtgv', (e) => e.bron === 'vtgv'],
      ['?partner=tmm', (e) => e.partner === 'tmm'],
      [`?ontvanger=${v.ontvanger}`, (e) => e.ontvanger === v.ontvanger],
      ['?doel=opsporing', (e) => e.doel === 'opsporing'],
      [`?signaal=${gemeente.id}`, (e) => e.signaal === gemeente.id],
      [`?grondslag=${v.grondslagen[0]}`, (e) => e.grondslagen.includes(v.grondslagen[0]!)],
      [`?regel=${v.regels[0]}`, (e) => e.regels.includes(v.regels[0]!)],
      [`?beleid=${o.beleid.hash}`, () => true],
      [`?beleid=${'0'.repeat(64)}`, () => false],
      [`?actie=verstrekking&bron=vtgv&signaal=${vt.id}`, (e) => e === v],
    ];
    for (const [query, verwacht] of gevallen) {
      const { regels } = await zoek(o, 'ketenpoort-fg', query);
      expect(regels, query).toEqual(alle.filter(verwacht));
    }
    const tijd = Date.parse(alle[0]!.tijdstip);
    const van = new Date(tijd).toISOString();
    const tot = new Date(tijd + 1).toISOString();
    expect((await zoek(o, 'ketenpoort-fg', `?van=${van}&tot=${tot}`)).regels).toEqual(alle);
    expect((await zoek(o, 'ketenpoort-fg', `?tot=${van}`)).regels).toEqual([]);
  });

  it('pagineert met een cursor zonder regels over te slaan of dubbel te geven', async () => {
    const { o } = await opzet();
    const alle = await o.store.logboek(1, 1000);
    expect(alle.length).toBeGreaterThan(3);
    const gezien: Entry[] = [];
    let na = 0;
    for (let i = 0; i < 20; i++) {
      const { regels, volgende } = await zoek(o, 'ketenpoort-fg', `?limiet=2&na=${na}`);
      gezien.push(...regels);
      if (volgende === null) break;
      na = volgende;
    }
    expect(gezien).toEqual(alle);
  });

  it('de FG van een partner ziet alleen regels waarin de eigen organisatie handelt, bron of ontvanger is', async () => {
    const { o, tmm } = await opzet();
    const alle = await o.store.logboek(1, 1000);
    for (const partner of ['gemeente-hilversum', 'vtgv', 'tmm']) {
      const { regels } = await zoek(o, `${partner}-fg`);
      // In this region every verstrekking here is one the other side's rule lets the bron
      // know of; another organisation's employee id and trace are left out.
      const eigen = alle
        .filter((e) => e.partner === partner || e.bron === partner || e.ontvanger === partner)
        .map((e) =>
          e.partner === partner
            ? e
            : { ...e, gebruiker: null, verzoek: e.verzoek && { ...e.verzoek, traceparent: null } },
        );
      expect(regels, partner).toEqual(eigen);
      expect(regels.length).toBeGreaterThan(0);
    }
    // A filter cannot widen the scope: asking for another partner's signal gives nothing.
    const { regels } = await zoek(o, 'vtgv-fg', `?signaal=${tmm.id}`);
    expect(regels).toEqual([]);
    expect((await zoek(o, 'tmm-fg')).regels.every((e) => e.signaal === tmm.id)).toBe(true);
  });

  it('weigert een partnersleutel zonder de rol fg (403) en ongeldige filters (400)', async () => {
    const { o } = await opzet();
    expect((await o.vraag('vtgv', 'GET', '/v1/logboek')).status).toBe(403);
    expect((await o.vraag('ketenpoort-jurist', 'GET', '/v1/logboek')).status).toBe(403);
    for (const q of ['?actie=iets', '?van=gisteren', '?beleid=abc', '?limiet=0', '?signaal=x']) {
      expect((await o.vraag('ketenpoort-fg', 'GET', `/v1/logboek${q}`)).status, q).toBe(400);
    }
  });
});

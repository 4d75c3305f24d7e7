/**
 * GET /v1/logboek: the FG searches the logboek with filters and a cursor; a partner's FG
 * sees only entries in which its organisation acts, is bron or ontvanger, never another
 * organisation's employee id, and no volgnummers. Every entry names its leaf (`blad`, one per
 * request); the cursor is a leaf number and a page never splits a leaf.
 */
import { describe, expect, it } from 'vitest';
import { vanBase64url } from '../../src/encoding/base64url.js';
import { deelHash } from '../../src/logboek/blad.js';
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

/** Every stored entry in volgnummer order, with the leaf its row says it is in. */
async function opgeslagen(o: Omgeving): Promise<Entry[]> {
  return (await o.store.boom.rijen(1, 1000)).map((r) => ({
    ...(JSON.parse(r.inhoud) as Entry),
    blad: r.blad,
  }));
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
    expect(regels).toEqual(await opgeslagen(o));
    expect(regels.map(({ blad: _, ...e }) => e)).toEqual(await o.store.logboek(1, 1000));
    expect(regels.map((e) => e.volgnummer)).toEqual(regels.map((_, i) => i + 1));
    // One leaf per request: three registrations, three leaves; VT's holds its verstrekkingen.
    expect(regels.map((e) => [e.blad, e.actie])).toEqual([
      [1, 'registratie'],
      [2, 'registratie'],
      [2, 'verstrekking'],
      [2, 'verstrekking'],
      [3, 'registratie'],
    ]);
    expect(await o.store.boom.grootte()).toBe(3);
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
    const alle = await opgeslagen(o);
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

  it('pagineert met een cursor zonder regels over te slaan of dubbel te geven, en nooit een blad half', async () => {
    const { o } = await opzet();
    const alle = await opgeslagen(o);
    expect(alle.length).toBeGreaterThan(3);
    for (const fg of ['ketenpoort-fg', 'vtgv-fg']) {
      const verwacht = (await zoek(o, fg)).regels;
      const gezien: Entry[] = [];
      const paginas: Entry[][] = [];
      let na = 0;
      for (let i = 0; i < 20; i++) {
        const { regels, volgende } = await zoek(o, fg, `?limiet=2&na=${na}`);
        gezien.push(...regels);
        paginas.push(regels);
        if (volgende === null) break;
        // The cursor is the last leaf of the page.
        expect(volgende, fg).toBe(regels.at(-1)!.blad);
        na = volgende;
      }
      expect(gezien, fg).toEqual(verwacht);
      expect(paginas.length, fg).toBeGreaterThan(1);
      // Each leaf lies on exactly one page, so VT's leaf (three entries) fills a page past 2.
      const bladen = paginas.flatMap((p) => [...new Set(p.map((e) => e.blad))]);
      expect(bladen, fg).toEqual([...new Set(bladen)]);
    }
    expect((await zoek(o, 'ketenpoort-fg', '?limiet=2')).regels).toHaveLength(4);
  });

  it('de FG van een partner ziet alleen regels waarin de eigen organisatie handelt, bron of ontvanger is', async () => {
    const { o, tmm } = await opzet();
    const alle = await opgeslagen(o);
    for (const partner of ['gemeente-hilversum', 'vtgv', 'tmm']) {
      const { regels } = await zoek(o, `${partner}-fg`);
      // In this region every verstrekking here is one the other side's rule lets the bron
      // know of; another organisation's employee id and trace are left out, and so is the
      // global volgnummer (its gaps would count what others were told); the leaf stays.
      const eigen = alle
        .filter((e) => e.partner === partner || e.bron === partner || e.ontvanger === partner)
        .map(({ volgnummer: _, ...e }) =>
          e.partner === partner
            ? e
            : { ...e, gebruiker: null, verzoek: e.verzoek && { ...e.verzoek, traceparent: null } },
        );
      expect(regels, partner).toEqual(eigen);
      expect(regels.length).toBeGreaterThan(0);
      for (const e of regels) {
        expect('volgnummer' in e, partner).toBe(false);
        expect(e.blad, partner).toEqual(expect.any(Number));
      }
    }
    // A filter cannot widen the scope: asking for another partner's signal gives nothing.
    const { regels } = await zoek(o, 'vtgv-fg', `?signaal=${tmm.id}`);
    expect(regels).toEqual([]);
    expect((await zoek(o, 'tmm-fg')).regels.every((e) => e.signaal === tmm.id)).toBe(true);
  });

  it('het inclusiebewijs van een blad geeft elke FG precies de regels die zij bij dat blad vindt', async () => {
    const { o } = await opzet();
    const grootte = await o.store.boom.grootte();
    for (const [fg, partij] of [
      ['ketenpoort-fg', 'ketenpoort'],
      ['gemeente-hilversum-fg', 'gemeente-hilversum'],
      ['vtgv-fg', 'vtgv'],
      ['tmm-fg', 'tmm'],
    ] as const) {
      const { regels } = await zoek(o, fg);
      for (let blad = 1; blad <= grootte; blad++) {
        const r = await o.vraag(fg, 'GET', `/v1/logboek/inclusiebewijs/${blad}`);
        expect(r.status).toBe(200);
        const bewijs = await r.json();
        expect(bewijs.regel).toBeUndefined();
        expect(bewijs.deel.partij).toBe(partij);
        const inBlad = regels.filter((e) => e.blad === blad).map(({ blad: _, ...e }) => e);
        expect(JSON.parse(bewijs.deel.regels), `${fg} blad ${blad}`).toEqual(inBlad);
        if (partij === 'ketenpoort') {
          // The gateway's part is every entry of the leaf exactly as it is stored and hashed.
          const rijen = (await o.store.boom.rijen(1, 1000)).filter((x) => x.blad === blad);
          expect(bewijs.deel.regels).toBe(`[${rijen.map((x) => x.inhoud).join(',')}]`);
        }
        const { verzoek, delen } = JSON.parse(bewijs.inhoud);
        expect(verzoek).toBe(blad);
        expect(delen[partij]).toBe(deelHash(vanBase64url(bewijs.deel.zout), bewijs.deel.regels));
      }
    }
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

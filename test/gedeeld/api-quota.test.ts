/**
 * Quotas on every try (issue 11): above a partner's quota from quota.yaml a registration, a
 * batch or an overlap read gets 429 problem+json with Retry-After, and nothing is registered,
 * disclosed or logged. Counting holds under concurrency in both stores.
 */
import { describe, expect, it } from 'vitest';
import { beleidGeladenEntry } from '../../src/logboek/geplande-entry.js';
import { tellingen } from '../../src/policy/quota.js';
import type { QuotumVol } from '../../src/store/store.js';
import { verwijderVerlopen } from '../../src/use-cases/bewaartermijn.js';
import { maakOmgeving, type Omgeving, quotaYaml, START } from '../helpers/omgeving.js';
import { alsBlad, testSignaal } from '../helpers/signaal.js';
import { registreer, signaal } from '../helpers/signalen.js';

const UUR = 3_600_000;
const GEMEENTE = 'gemeente-hilversum';

async function aantal(o: Omgeving, tabel: string): Promise<number> {
  const [rij] = await o.store.sql(`SELECT count(*) AS n FROM ${tabel}`);
  return Number(rij?.n);
}

/** What a refused try may not change: signals, logboek, inboxes. */
async function stand(o: Omgeving) {
  return {
    signalen: await aantal(o, 'signalen'),
    logboek: await aantal(o, 'logboek'),
    meldingen: await aantal(o, 'meldingen'),
  };
}

async function verwachtTeVeel(r: Response, retryAfter: number) {
  expect(r.status).toBe(429);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.headers.get('retry-after')).toBe(String(retryAfter));
  expect(r.headers.get('location')).toBeNull();
  const body = await r.json();
  expect(body).toMatchObject({ type: 'urn:ketenpoort:probleem:te-veel-verzoeken', status: 429 });
  expect(body.overlap).toBeUndefined();
  return body as { detail: string };
}

describe('quota op registraties', () => {
  it('de 201e registratie van een partner met 200 per dag krijgt 429 met Retry-After tot het eind van de dag', async () => {
    const o = await maakOmgeving({
      quota: quotaYaml({ registraties: { uur: 50, dag: 200 } }),
    });
    // 200 registrations over four clock hours, 50 each: the hourly quota is never exceeded.
    for (let i = 0; i < 200; i++) {
      o.zetKlok(START + Math.floor(i / 50) * UUR + (i % 50) * 1000);
      await registreer(o, GEMEENTE, signaal(o));
    }
    const voor = await stand(o);
    expect(voor.signalen).toBe(200);
    o.zetKlok(START + 4 * UUR); // 13:00 UTC: eleven hours left of the day
    const body = await verwachtTeVeel(
      await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o)),
      11 * 3600,
    );
    expect(body.detail).toContain('200 registraties per dag');
    expect(await stand(o)).toEqual(voor);
    // The next day there is room again; another partner was never limited by this one.
    await registreer(o, 'vtgv', signaal(o, { doel: 'signalering' }));
    o.zetKlok(START + 15 * UUR);
    await registreer(o, GEMEENTE, signaal(o));
  }, 120_000); // 200 registrations: several D1 round trips each inside workerd

  it('per uur: de 4e registratie in een uur met quotum 3 wacht tot het volgende klokuur', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 3, dag: 100 } }) });
    for (let i = 0; i < 3; i++) await registreer(o, GEMEENTE, signaal(o));
    o.zetKlok(START + 20 * 60_000);
    await verwachtTeVeel(await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o)), 40 * 60);
    o.zetKlok(START + UUR);
    await registreer(o, GEMEENTE, signaal(o));
  });

  it('telt pseudoniemen over losse registraties en batches samen, en weigert een batch dan in zijn geheel', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ pseudoniemen: { uur: 10, dag: 10 } }) });
    const twee = signaal(o); // two pseudonyms
    for (let i = 0; i < 4; i++) await registreer(o, GEMEENTE, twee);
    const voor = await stand(o);
    const r = await o.vraag(GEMEENTE, 'POST', '/v1/signalen/batch', { signalen: [twee, twee] });
    await verwachtTeVeel(r, 15 * 3600);
    expect(await stand(o)).toEqual(voor);
    // One more fits exactly.
    const past = await o.vraag(GEMEENTE, 'POST', '/v1/signalen/batch', { signalen: [twee] });
    expect(past.status).toBe(200);
  });

  it('een batch boven het quotum registraties wordt in zijn geheel geweigerd: geen signaal, geen logboekregel', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 5, dag: 5 } }) });
    await registreer(o, 'vtgv', signaal(o, { doel: 'signalering' }));
    const voor = await stand(o);
    const items = Array.from({ length: 3 }, () => signaal(o));
    const eerste = await o.vraag(GEMEENTE, 'POST', '/v1/signalen/batch', { signalen: items });
    expect(eerste.status).toBe(200);
    const na = await stand(o);
    expect(na.signalen).toBe(voor.signalen + 3);
    const r = await o.vraag(GEMEENTE, 'POST', '/v1/signalen/batch', { signalen: items });
    // Hour and day are both full: Retry-After waits for the end of the day.
    await verwachtTeVeel(r, 15 * 3600);
    expect(await stand(o)).toEqual(na);
  });

  it('een batch met meer signalen dan het quotum per batch krijgt 422 en registreert niets, ook niet geteld', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ batch: 2 }) });
    const items = Array.from({ length: 3 }, () => signaal(o));
    const r = await o.vraag(GEMEENTE, 'POST', '/v1/signalen/batch', { signalen: items });
    expect(r.status).toBe(422);
    expect((await r.json()).detail).toContain('hoogstens 2 signalen in één batch');
    expect(await stand(o)).toEqual({ signalen: 0, logboek: 0, meldingen: 0 });
    expect(await aantal(o, 'quota_tellers')).toBe(0);
  });

  it('de voorbeeldregio: een batch groter dan 50 van een gemeente wordt geweigerd, van Veilig Thuis niet', async () => {
    const o = await maakOmgeving();
    const items = Array.from({ length: 51 }, () => signaal(o, { doel: 'signalering' }));
    const gemeente = await o.vraag(GEMEENTE, 'POST', '/v1/signalen/batch', { signalen: items });
    expect(gemeente.status).toBe(422);
    const vtgv = await o.vraag('vtgv', 'POST', '/v1/signalen/batch', { signalen: items });
    expect(vtgv.status).toBe(200);
  });
});

describe('quota op overlapvragen', () => {
  it('de 3e overlapvraag in een uur met quotum 2 krijgt 429 en legt niets vast', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ overlapvragen: { uur: 2, dag: 10 } }) });
    await registreer(o, 'vtgv', signaal(o, { doel: 'signalering' }));
    const { id } = await registreer(o, GEMEENTE, signaal(o));
    for (let i = 0; i < 2; i++) {
      expect((await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${id}/overlap`)).status).toBe(200);
    }
    const voor = await stand(o);
    await verwachtTeVeel(await o.vraag(GEMEENTE, 'GET', `/v1/signalen/${id}/overlap`), 3600);
    expect(await stand(o)).toEqual(voor);
  });

  it('ook een vraag naar een onbekend id telt als poging', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ overlapvragen: { uur: 1, dag: 10 } }) });
    const onbekend = '/v1/signalen/00000000-0000-4000-8000-000000000000/overlap';
    expect((await o.vraag(GEMEENTE, 'GET', onbekend)).status).toBe(404);
    expect((await o.vraag(GEMEENTE, 'GET', onbekend)).status).toBe(429);
  });
});

describe('tellen onder gelijktijdigheid', () => {
  it('N gelijktijdige registraties met nog 1 plaats vrij: precies een slaagt', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 5, dag: 5 } }) });
    for (let i = 0; i < 4; i++) await registreer(o, GEMEENTE, signaal(o));
    const statussen = await Promise.all(
      Array.from({ length: 8 }, () => o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o))),
    ).then((rs) => rs.map((r) => r.status));
    expect(statussen.filter((s) => s === 201)).toHaveLength(1);
    expect(statussen.filter((s) => s === 429)).toHaveLength(7);
    expect(await aantal(o, 'signalen')).toBe(5);
    expect(await aantal(o, "logboek WHERE actie = 'registratie'")).toBe(5);
  });

  it('in de store: van gelijktijdige pogingen op de laatste plaats krijgt er precies een hem, en een poging telt alles of niets', async () => {
    const o = await maakOmgeving();
    const quota = { ...o.beleid.quota(GEMEENTE)!, registraties: { uur: 3, dag: 3 } };
    const poging = () => tellingen(GEMEENTE, quota, { registraties: 1, pseudoniemen: 1 }, START);
    expect(await o.store.reserveer(tellingen(GEMEENTE, quota, { registraties: 2 }, START))).toEqual(
      [],
    );
    const uitkomsten = await Promise.all(
      Array.from({ length: 6 }, () => o.store.reserveer(poging())),
    );
    expect(uitkomsten.filter((vol) => vol.length === 0)).toHaveLength(1);
    for (const vol of uitkomsten.filter((v) => v.length > 0)) {
      expect(vol.map((t) => t.teller)).toEqual(['registraties', 'registraties']);
    }
    // Refused tries added nothing to the pseudonym counters either.
    const rijen = await o.store.sql(
      "SELECT venster, aantal FROM quota_tellers WHERE teller = 'pseudoniemen' ORDER BY venster",
    );
    expect(rijen.map((r) => [r.venster, Number(r.aantal)])).toEqual([
      ['dag', 1],
      ['uur', 1],
    ]);
  });
});

describe('de telling gaat mee met de registratie (issue 13)', () => {
  /** The registration counters of the gemeente: [teller, venster, aantal], sorted. */
  async function tellers(o: Omgeving) {
    const rijen = await o.store.sql(
      `SELECT teller, venster, aantal FROM quota_tellers WHERE partner = '${GEMEENTE}' ORDER BY teller, venster`,
    );
    return rijen.map((r) => [r.teller, r.venster, Number(r.aantal)]);
  }

  it('in de store: registreer telt de poging mee; boven het quotum QuotumVol, niets opgeslagen en niets geteld', async () => {
    const o = await maakOmgeving();
    const quota = { ...o.beleid.quota(GEMEENTE)!, registraties: { uur: 1, dag: 5 } };
    const poging = tellingen(GEMEENTE, quota, { registraties: 1, pseudoniemen: 1 }, START);
    const stap = (id: string) => ({
      nieuw: {
        signaal: testSignaal(id, GEMEENTE),
        pseudoniemen: [{ soort: 'telefoon' as const, waarde: `p-${id}` }],
      },
      planner: () => ({ plan: alsBlad([beleidGeladenEntry('test')]), antwoord: id }),
    });
    const een = stap('quotum-1');
    await o.store.registreer(een.nieuw, START, een.planner, undefined, poging);
    const na = await tellers(o);
    expect(na).toEqual([
      ['pseudoniemen', 'dag', 1],
      ['pseudoniemen', 'uur', 1],
      ['registraties', 'dag', 1],
      ['registraties', 'uur', 1],
    ]);
    const twee = stap('quotum-2');
    const fout = await o.store.registreer(twee.nieuw, START, twee.planner, undefined, poging).then(
      () => undefined,
      (f: unknown) => f,
    );
    expect(fout).toMatchObject({ name: 'QuotumVol' });
    expect((fout as QuotumVol).vol.map((t) => [t.teller, t.venster])).toEqual([
      ['registraties', 'uur'],
    ]);
    expect(await o.store.signaal('quotum-2')).toBeUndefined();
    expect(await tellers(o)).toEqual(na);
  });

  it('een opnieuw gestuurd token krijgt 401 en telt als precies één poging', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 3, dag: 100 } }) });
    const token = await o.token(GEMEENTE);
    const post = () =>
      o.app.request('/v1/signalen', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(signaal(o)),
      });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(401);
    // Counted once: a third try still fits the quota of 3, a fourth does not.
    await registreer(o, GEMEENTE, signaal(o));
    await verwachtTeVeel(await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o)), 3600);
  });

  it('een registratie die het beleid weigert (422) telt ook als poging', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 2, dag: 100 } }) });
    const geweigerd = await o.vraag(
      GEMEENTE,
      'POST',
      '/v1/signalen',
      signaal(o, { doel: 'opsporing' }),
    );
    expect(geweigerd.status).toBe(422);
    await registreer(o, GEMEENTE, signaal(o));
    await verwachtTeVeel(await o.vraag(GEMEENTE, 'POST', '/v1/signalen', signaal(o)), 3600);
  });
});

describe('opruimen van tellers', () => {
  it('het uurlijkse opruimen verwijdert de tellers van voorbije vensters, en houdt die van lopende', async () => {
    const o = await maakOmgeving({ quota: quotaYaml({ registraties: { uur: 1, dag: 10 } }) });
    await registreer(o, GEMEENTE, signaal(o));
    const vensters = async () =>
      (await o.store.sql('SELECT venster FROM quota_tellers ORDER BY teller, venster')).map(
        (r) => r.venster,
      );
    expect(await vensters()).toEqual(['dag', 'uur', 'dag', 'uur']);
    o.zetKlok(START + UUR);
    await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(await vensters()).toEqual(['dag', 'dag']);
    o.zetKlok(START + 15 * UUR);
    await verwijderVerlopen(o.store, o.beleid, o.diensten.klok());
    expect(await vensters()).toEqual([]);
  });
});
